#include "BackupJob.h"

#include "store/LibraryBackup.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace vigia::app {

BackupJob::BackupJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] { Q_EMIT finished(m_watcher.result()); });
}

BackupJob::~BackupJob()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

bool BackupJob::start(const QString &libraryPath, const QString &targetPath)
{
    if (isRunning())
        return false;
    m_watcher.setFuture(QtConcurrent::run([libraryPath, targetPath] {
        Outcome outcome;
        outcome.targetPath = targetPath;
        outcome.ok = LibraryBackup::backup(libraryPath, targetPath, &outcome.error);
        if (outcome.ok)
            outcome.bytes = QFileInfo(targetPath).size();
        return outcome;
    }));
    return true;
}

bool BackupJob::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace vigia::app
