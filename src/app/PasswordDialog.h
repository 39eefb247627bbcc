#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace vigia::app {

// Asks for the password of one encrypted document: the file's name in the text, the password
// typed in a hidden (Password echo mode) line edit. After a wrong password the text says so.
class PasswordDialog : public QDialog {
    Q_OBJECT

public:
    PasswordDialog(const QString &filePath, bool previousWasWrong, QWidget *parent = nullptr);

    static QString promptText(const QString &filePath, bool previousWasWrong);

    QString password() const;
    QLabel *textLabel() const { return m_text; }
    QLineEdit *passwordEdit() const { return m_password; }

private:
    QLabel *m_text;
    QLineEdit *m_password;
};

} // namespace vigia::app
