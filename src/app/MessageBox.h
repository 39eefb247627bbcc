#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace vigia::app {

// Message boxes shown window-modally with open() (never exec(): no nested event loop); the
// answer arrives through a callback. Tests queue the next answer with setNextAnswer(), and the
// box is then not shown at all; lastText() tells what would have been shown.
class MessageBox {
public:
    using Callback = std::function<void(QMessageBox::StandardButton)>;

    static void show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                     QMessageBox::StandardButtons buttons = QMessageBox::Ok, Callback callback = {},
                     const QString &details = {});
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text, const QString &details = {});
    static void question(QWidget *parent, const QString &title, const QString &text, Callback callback);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText();
    static QString lastDetails(); // the detailed text of the last message
    static int shownCount();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
    static QString s_lastDetails;
    static int s_shownCount;
};

} // namespace vigia::app
