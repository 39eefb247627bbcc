#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace vigia::app {

// A bar that says a file was written ("Informe guardado: informe-independencia-2026-s2.pdf") and
// offers to open it or to show the folder it is in; it stays until closed or until the next file.
class SavedFileBar : public QFrame {
    Q_OBJECT

public:
    explicit SavedFileBar(QWidget *parent = nullptr);

    // Shows the bar for `path`, saying `message` before the file's name.
    void showFile(const QString &message, const QString &path);
    QString path() const { return m_path; }
    QString text() const;

    // What the buttons do (DesktopOpener).
    bool openFile() const;
    bool showFolder() const;

    QPushButton *openButton() const { return m_openButton; }
    QPushButton *folderButton() const { return m_folderButton; }

private:
    QString m_path;
    QLabel *m_label;
    QPushButton *m_openButton;
    QPushButton *m_folderButton;
    QToolButton *m_closeButton;
};

} // namespace vigia::app
