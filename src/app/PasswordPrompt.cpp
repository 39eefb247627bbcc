#include "PasswordPrompt.h"

#include "PasswordDialog.h"

namespace vigia::app {

QList<std::optional<QString>> PasswordPrompt::s_nextAnswers;
QString PasswordPrompt::s_lastText;
int PasswordPrompt::s_shownCount = 0;

void PasswordPrompt::ask(QWidget *parent, const QString &filePath, bool previousWasWrong, Callback callback)
{
    s_lastText = PasswordDialog::promptText(filePath, previousWasWrong);
    ++s_shownCount;
    if (!s_nextAnswers.isEmpty()) {
        const std::optional<QString> answer = s_nextAnswers.takeFirst();
        if (callback)
            callback(answer);
        return;
    }
    auto *dialog = new PasswordDialog(filePath, previousWasWrong, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog, callback](int result) {
        if (!callback)
            return;
        if (result == QDialog::Accepted)
            callback(dialog->password());
        else
            callback(std::nullopt);
    });
    dialog->open();
}

void PasswordPrompt::setNextAnswer(const std::optional<QString> &password)
{
    s_nextAnswers.append(password);
}

QString PasswordPrompt::lastText()
{
    return s_lastText;
}

int PasswordPrompt::shownCount()
{
    return s_shownCount;
}

} // namespace vigia::app
