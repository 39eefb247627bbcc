#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace vigia {
class TopicStore;
}

namespace vigia::app {

// Edits a library's topic taxonomy in place: add, rename and remove topics, and change a topic's
// keywords (one per line). Every change is saved at once through the TopicStore (which must outlive
// the dialog) and announced with taxonomyChanged(); failures are shown, not thrown away.
class TopicTaxonomyDialog : public QDialog {
    Q_OBJECT

public:
    TopicTaxonomyDialog(TopicStore &store, QWidget *parent = nullptr);

    QListWidget *topicList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *keywordsEdit() const { return m_keywords; }

    // The actions behind the buttons; each returns whether the store accepted the change.
    bool addTopic(const QString &name, const QStringList &keywords);
    bool renameCurrentTopic(const QString &name);
    void removeCurrentTopic(); // asks first (MessageBox seam); the answer may come later
    bool saveCurrentKeywords(const QStringList &keywords);
    bool selectTopic(const QString &key);

Q_SIGNALS:
    void taxonomyChanged();

private:
    void reload(const QString &currentKey);
    void showCurrent();
    QString currentKey() const;
    bool report(bool ok, const QString &error);

    TopicStore &m_store;
    QListWidget *m_list;
    QLineEdit *m_name;
    QPlainTextEdit *m_keywords;
    QPushButton *m_renameButton;
    QPushButton *m_removeButton;
    QPushButton *m_saveKeywordsButton;
};

} // namespace vigia::app
