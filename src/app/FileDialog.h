#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace vigia::app {

// File dialogs shown window-modally with open() (no nested event loop); the chosen paths arrive
// through a callback, which is not called when the user cancels. Tests queue the next choice
// with setNextFileNames() and the dialog is not shown.
class FileDialog {
public:
    using Callback = std::function<void(const QStringList &)>;

    static void getOpenFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                 const QString &filter, Callback callback);
    static void getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                const QString &filter, Callback callback);
    static void getSaveFileName(QWidget *parent, const QString &caption, const QString &directory,
                                const QString &filter, Callback callback);

    // An empty list stands for "cancelled".
    static void setNextFileNames(const QStringList &paths);

private:
    enum class Mode { OpenMany, OpenOne, Save };
    static void run(Mode mode, QWidget *parent, const QString &caption, const QString &directory,
                    const QString &filter, Callback callback);
    static std::optional<QStringList> s_nextFileNames;
};

} // namespace vigia::app
