#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace vigia::app {

// Asks for the password of an encrypted document with a PasswordDialog shown window-modally with
// open() (no nested event loop); the answer arrives through a callback, std::nullopt when the
// user cancels. Tests queue answers with setNextAnswer() (one per call, used in order) and the
// dialog is then not shown; lastText() tells what it would have said.
class PasswordPrompt {
public:
    using Callback = std::function<void(const std::optional<QString> &password)>;

    static void ask(QWidget *parent, const QString &filePath, bool previousWasWrong, Callback callback);

    // std::nullopt stands for "cancelled".
    static void setNextAnswer(const std::optional<QString> &password);
    static QString lastText();
    static int shownCount();

private:
    static QList<std::optional<QString>> s_nextAnswers;
    static QString s_lastText;
    static int s_shownCount;
};

} // namespace vigia::app
