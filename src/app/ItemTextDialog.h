#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace vigia::app {

// Asks for the corrected text of an item, starting from its current text.
class ItemTextDialog : public QDialog {
    Q_OBJECT

public:
    ItemTextDialog(const QString &text, QWidget *parent = nullptr);

    QString text() const;
    QPlainTextEdit *editor() const { return m_editor; }

private:
    QPlainTextEdit *m_editor;
};

} // namespace vigia::app
