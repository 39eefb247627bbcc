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

    // Where a save dialog starts: the folder of the last file saved (remembered per user), else the
    // user's Documents folder, never the process's working folder.
    static QString saveFolder();
    // A file name from words people know ("Independencia", "2026-S2" → "informe-independencia-2026-s2.pdf").
    static QString fileNameFrom(const QString &prefix, const QStringList &words, const QString &suffix);
    // The folder or path the last dialog started at (for tests).
    static QString lastSuggestion() { return s_lastSuggestion; }

private:
    enum class Mode { OpenMany, OpenOne, Save };
    static void run(Mode mode, QWidget *parent, const QString &caption, const QString &directory,
                    const QString &filter, Callback callback);
    static std::optional<QStringList> s_nextFileNames;
    static QString s_lastSuggestion;
};

} // namespace vigia::app
