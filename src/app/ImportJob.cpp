#include "ImportJob.h"

#include "readers/PlanFileReader.h"
#include "services/ImportService.h"
#include "store/PlanLibrary.h"

#include <optional>
#include <QtConcurrent/QtConcurrentRun>

namespace vigia::app {

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this, [this] {
        Q_EMIT finished(m_watcher.result());
    });
}

ImportJob::~ImportJob()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

bool ImportJob::start(const QString &libraryPath, const QStringList &files, const QHash<QString, QString> &passwords)
{
    if (isRunning())
        return false;
    m_cancel = false;
    m_watcher.setFuture(QtConcurrent::run([this, libraryPath, files, passwords] { return run(libraryPath, files, passwords); }));
    return true;
}

void ImportJob::cancel()
{
    m_cancel = true;
}

bool ImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

// Runs in a worker thread: touches no member but m_cancel, and reaches the GUI thread only
// through queued calls.
ImportReport ImportJob::run(const QString &libraryPath, const QStringList &files, const QHash<QString, QString> &passwords)
{
    ImportReport report;
    const int total = static_cast<int>(files.size());
    QString openError;
    std::unique_ptr<PlanLibrary> library = PlanLibrary::open(libraryPath, &openError);
    const PlanFileReader reader;
    std::optional<ImportService> service;
    if (library) {
        // Cancel stops a statement that is running, too (the file's plan is then not stored).
        library->setCancelFlag(&m_cancel);
        service.emplace(*library, reader);
    }
    for (int index = 0; index < total; ++index) {
        ImportReport::File file;
        file.path = files[index];
        if (m_cancel) {
            file.status = ImportReport::Status::Cancelled;
            report.cancelled = true;
            report.files.append(file);
            continue;
        }
        if (!library) {
            file.error = openError;
            report.files.append(file);
            continue;
        }
        QMetaObject::invokeMethod(this, [this, index, total, path = file.path] { Q_EMIT fileStarted(index, total, path); }, Qt::QueuedConnection);
        ReadOptions options;
        options.password = passwords.value(file.path);
        options.cancel = &m_cancel;
        options.progress = [this, index](int done, int pages) {
            QMetaObject::invokeMethod(this, [this, index, done, pages] { Q_EMIT fileProgress(index, done, pages); }, Qt::QueuedConnection);
        };
        options.ocrProgress = [this, index](int done, int pages) {
            QMetaObject::invokeMethod(this, [this, index, done, pages] { Q_EMIT fileOcrProgress(index, done, pages); }, Qt::QueuedConnection);
        };
        const FileImportResult result = service->importFile(file.path, options);
        file.warnings = result.warnings;
        file.planId = result.outcome.planId;
        file.layout = result.layout;
        file.dimensionCount = result.dimensionCount;
        file.rowCount = result.rowCount;
        file.itemCount = result.itemCount;
        file.reviewRowCount = result.reviewRowCount;
        file.unplaced = result.unplaced;
        file.error = result.outcome.error;
        switch (result.outcome.status) {
        case ImportOutcome::Status::Imported: file.status = ImportReport::Status::Imported; break;
        case ImportOutcome::Status::Duplicate: file.status = ImportReport::Status::Duplicate; break;
        case ImportOutcome::Status::Failed:
            file.status = m_cancel ? ImportReport::Status::Cancelled : ImportReport::Status::Failed;
            if (result.failure == ReadResult::Failure::PasswordRequired)
                file.lock = ImportReport::Lock::PasswordRequired;
            else if (result.failure == ReadResult::Failure::WrongPassword)
                file.lock = ImportReport::Lock::WrongPassword;
            report.cancelled = report.cancelled || file.status == ImportReport::Status::Cancelled;
            break;
        }
        report.files.append(file);
    }
    return report;
}

} // namespace vigia::app
