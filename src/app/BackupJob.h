#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace vigia::app {

// Backs up a library to another file off the GUI thread (QtConcurrent) with core's LibraryBackup
// (SQLite's online backup API, through its own connection: the app goes on reading and writing).
// The outcome is delivered as a signal in the thread this object lives in.
class BackupJob : public QObject {
    Q_OBJECT

public:
    struct Outcome {
        bool ok = false;
        QString targetPath;
        qint64 bytes = 0;   // the backup's size, when ok
        QString error;      // "PATH: reason", when not ok
    };

    explicit BackupJob(QObject *parent = nullptr);
    ~BackupJob() override; // waits for a running backup, so that it never stops half-way

    // Starts copying the library at `libraryPath` to `targetPath`; false when one is running.
    bool start(const QString &libraryPath, const QString &targetPath);
    bool isRunning() const;

Q_SIGNALS:
    void finished(const vigia::app::BackupJob::Outcome &outcome);

private:
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace vigia::app
