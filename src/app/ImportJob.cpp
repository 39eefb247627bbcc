#include "ImportJob.h"

#include "readers/PlanFileReader.h"
#include "services/ImportService.h"
#include "store/PlanLibrary.h"

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

namespace {

ImportReport::File reportedFile(const FileImportResult &result, bool cancelled)
{
    ImportReport::File file;
    file.path = result.path;
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
        file.status = cancelled ? ImportReport::Status::Cancelled : ImportReport::Status::Failed;
        if (result.failure == ReadResult::Failure::PasswordRequired)
            file.lock = ImportReport::Lock::PasswordRequired;
        else if (result.failure == ReadResult::Failure::WrongPassword)
            file.lock = ImportReport::Lock::WrongPassword;
        break;
    }
    return file;
}

} // namespace

// Runs in a worker thread: touches no member but m_cancel, and reaches the GUI thread only
// through queued calls. The files are read a few at once on the service's reading threads (one
// per core) while this thread stores them in order, one transaction each.
ImportReport ImportJob::run(const QString &libraryPath, const QStringList &files, const QHash<QString, QString> &passwords)
{
    ImportReport report;
    const int total = static_cast<int>(files.size());
    QString openError;
    std::unique_ptr<PlanLibrary> library = PlanLibrary::open(libraryPath, &openError);
    if (!library) {
        for (const QString &path : files) {
            ImportReport::File file;
            file.path = path;
            file.error = openError;
            report.files.append(file);
        }
        return report;
    }
    // Cancel stops a statement that is running, too (the file's plan is then not stored).
    library->setCancelFlag(&m_cancel);
    const PlanFileReader reader;
    ImportService service(*library, reader);
    ImportService::FileHooks hooks;
    hooks.options = [this, &files, &passwords](qsizetype at) {
        const int index = static_cast<int>(at);
        ReadOptions options;
        options.password = passwords.value(files.at(index));
        options.cancel = &m_cancel;
        options.progress = [this, index](int done, int pages) {
            QMetaObject::invokeMethod(this, [this, index, done, pages] { Q_EMIT fileProgress(index, done, pages); }, Qt::QueuedConnection);
        };
        options.ocrProgress = [this, index](int done, int pages) {
            QMetaObject::invokeMethod(this, [this, index, done, pages] { Q_EMIT fileOcrProgress(index, done, pages); }, Qt::QueuedConnection);
        };
        return options;
    };
    hooks.fileStarted = [this, &files, total](qsizetype at) {
        const int index = static_cast<int>(at);
        QMetaObject::invokeMethod(this, [this, index, total, path = files.at(index)] { Q_EMIT fileStarted(index, total, path); },
                                  Qt::QueuedConnection);
    };
    hooks.fileDone = [this, &report, total](const FileImportResult &result) {
        const int index = static_cast<int>(report.files.size());
        report.files.append(reportedFile(result, m_cancel));
        report.cancelled = report.cancelled || report.files.constLast().status == ImportReport::Status::Cancelled;
        QMetaObject::invokeMethod(this, [this, index, total] { Q_EMIT fileFinished(index, total); }, Qt::QueuedConnection);
    };
    service.importFiles(files, hooks);
    return report;
}

} // namespace vigia::app
