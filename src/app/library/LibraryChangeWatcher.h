#pragma once

#include <QObject>
#include <QTimer>

#include <optional>

namespace vigia {
class PlanLibrary;
}

namespace vigia::app {

// Notices when another connection (vigia-cli, another window, another copy of the app) commits
// to the library the app has open, by polling SQLite's data_version on the app's connection:
// one cheap read of the shared WAL index a second, no file opened.
class LibraryChangeWatcher : public QObject {
    Q_OBJECT

public:
    static constexpr int defaultIntervalMilliseconds = 1000;

    explicit LibraryChangeWatcher(QObject *parent = nullptr);

    // Starts watching `library` (null stops); what it holds now counts as seen.
    void setLibrary(PlanLibrary *library);
    void setInterval(int milliseconds);
    // Looks now instead of at the next tick (also what the timer calls).
    void check();

Q_SIGNALS:
    // Something was committed from outside since the last look.
    void libraryChanged();

private:
    PlanLibrary *m_library = nullptr;
    std::optional<qint64> m_seenVersion;
    QTimer m_timer;
};

} // namespace vigia::app
