#include "ImportService.h"

#include "ThinResult.h"

#include "review/RowReview.h"

#include "readers/PlanFileReader.h"
#include "store/OpenDatabaseFiles.h"
#include "store/SourceArchive.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <deque>

namespace vigia {
namespace {

// The hex SHA-256 of a regular, readable file the reader would take; nullopt otherwise (the
// reader then reports why).
std::optional<QByteArray> sourceSha256(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0 || info.size() > PlanFileReader::maximumFileSize
        || OpenDatabaseFiles::contains(path))
        return std::nullopt;
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return std::nullopt;
    return hash.result().toHex();
}

} // namespace

ImportService::ImportService(PlanLibrary &library, const PlanFileReader &reader)
    : m_library(library)
    , m_reader(reader)
    , m_readerThreads(QThread::idealThreadCount())
{
}

FileImportResult ImportService::importFile(const QString &path, const ReadOptions &options)
{
    const std::optional<QByteArray> sha256 = sourceSha256(path);
    if (std::optional<FileImportResult> duplicate = storedAlready(path, sha256))
        return *duplicate;
    return store(read(path, options));
}

std::optional<FileImportResult> ImportService::storedAlready(const QString &path, const std::optional<QByteArray> &sha256) const
{
    // A source already stored is not read again (reading a PDF takes a while).
    if (!sha256)
        return std::nullopt;
    const std::optional<qint64> existing = m_library.planIdForSource(*sha256);
    if (!existing)
        return std::nullopt;
    FileImportResult result;
    result.path = path;
    result.outcome.status = ImportOutcome::Status::Duplicate;
    result.outcome.planId = *existing;
    archiveSource(path, *sha256, &result);
    return result;
}

ImportService::ReadFile ImportService::read(const QString &path, const ReadOptions &options) const
{
    ReadFile file;
    file.result.path = path;
    ReadResult read = m_reader.readFile(path, options);
    file.result.warnings = read.warnings;
    if (!read.ok()) {
        file.result.outcome.status = ImportOutcome::Status::Failed;
        file.result.outcome.error = read.error;
        file.result.failure = read.failure;
        return file;
    }
    // What a person should check when the plan looks thinner than its document; kept with the plan.
    const QStringList thin = ThinResult::warnings(read.plan, read.layout ? read.layout->pageCount : 0);
    file.result.warnings += thin;
    file.result.layout = read.plan.layout;
    file.result.dimensionCount = static_cast<int>(read.plan.dimensions.size());
    file.result.rowCount = static_cast<int>(read.plan.rowCount());
    file.result.itemCount = static_cast<int>(read.plan.itemCount());
    file.result.reviewRowCount = static_cast<int>(RowReview::assess(read.plan).size());
    if (read.layout)
        file.result.unplaced = UnplacedText::find(*read.layout, read.plan);
    file.storedWarnings = read.warnings + thin;
    file.plan = std::move(read.plan);
    // A plan is kept with a copy of its source (the plan view shows each item in it): the copy is
    // made first, and a copy that fails (a full disk) fails the import whole.
    if (const std::optional<QString> error = keepSource(file)) {
        file.result.outcome.status = ImportOutcome::Status::Failed;
        file.result.outcome.error = *error;
        return file;
    }
    file.wasRead = true;
    return file;
}

FileImportResult ImportService::store(ReadFile &&file)
{
    FileImportResult &result = file.result;
    if (!file.wasRead)
        return std::move(result);
    // The copy is there unless another import of the same bytes took it away meanwhile (one that
    // failed); then it is made again here.
    if (const std::optional<QString> error = keepSource(file)) {
        result.outcome.status = ImportOutcome::Status::Failed;
        result.outcome.error = *error;
        return std::move(result);
    }
    result.outcome = m_library.importPlan(file.plan, file.storedWarnings);
    if (result.outcome.status == ImportOutcome::Status::Failed) {
        result.outcome.error = QStringLiteral("%1: %2").arg(result.path, result.outcome.error);
        discard(file);
    }
    return std::move(result);
}

std::optional<QString> ImportService::keepSource(ReadFile &file) const
{
    const SourceArchive archive(m_library.path());
    if (!file.sourceCopied)
        file.copyWasThere = !archive.find(file.plan.sourceSha256, QFileInfo(file.result.path).fileName()).isEmpty();
    QString archiveError;
    if (!archive.store(file.result.path, file.plan.sourceSha256, &archiveError))
        return QCoreApplication::translate("ImportService", "%1; nothing was imported: a plan is kept only with a copy of its document")
            .arg(archiveError);
    file.sourceCopied = true;
    return std::nullopt;
}

void ImportService::archiveSource(const QString &path, const QByteArray &sha256, FileImportResult *result) const
{
    QString error;
    if (!SourceArchive(m_library.path()).store(path, sha256, &error))
        result->warnings.append(error);
}

void ImportService::discard(const ReadFile &file) const
{
    if (file.sourceCopied && !file.copyWasThere)
        SourceArchive(m_library.path()).remove(file.plan.sourceSha256, QFileInfo(file.result.path).fileName());
}

QList<FileImportResult> ImportService::importFiles(const QStringList &paths, const ReadOptions &options,
                                                   const std::function<void(const FileImportResult &)> &fileDone)
{
    return importFiles(paths, FileHooks{[&options](qsizetype) { return options; }, {}, fileDone});
}

QList<FileImportResult> ImportService::importFiles(const QStringList &paths, const FileHooks &hooks)
{
    // Files are read on a pool of threads a few files ahead of the one being stored; this thread
    // is the library's only writer and stores them one transaction each, in the order given.
    QThreadPool readers;
    readers.setMaxThreadCount(std::max(1, m_readerThreads));
    const qsizetype readAhead = 2 * qsizetype(readers.maxThreadCount());

    struct Pending {
        std::optional<FileImportResult> done; // a duplicate, or cancelled: nothing to read
        QFuture<ReadFile> reading;
        const std::atomic_bool *cancel = nullptr;
        bool cancelled() const { return cancel && cancel->load(); }
    };
    std::deque<Pending> window;
    qsizetype next = 0;
    QList<FileImportResult> results;
    results.reserve(paths.size());
    while (next < paths.size() || !window.empty()) {
        while (next < paths.size() && qsizetype(window.size()) < readAhead) {
            const qsizetype index = next++;
            const QString &path = paths.at(index);
            ReadOptions options = hooks.options ? hooks.options(index) : ReadOptions{};
            Pending pending;
            pending.cancel = options.cancel;
            if (pending.cancelled()) {
                pending.done = cancelledResult(path);
            } else {
                pending.done = storedAlready(path, sourceSha256(path));
                if (!pending.done)
                    pending.reading = QtConcurrent::run(&readers, [this, path, index, options = std::move(options), &hooks] {
                        if (hooks.fileStarted)
                            hooks.fileStarted(index);
                        return read(path, options);
                    });
            }
            window.push_back(std::move(pending));
        }
        Pending pending = std::move(window.front());
        window.pop_front();
        FileImportResult result;
        if (pending.done) {
            result = std::move(*pending.done);
        } else {
            ReadFile file = pending.reading.takeResult();
            if (pending.cancelled()) {
                discard(file);
                result = cancelledResult(file.result.path);
            } else {
                result = store(std::move(file));
            }
        }
        if (hooks.fileDone)
            hooks.fileDone(result);
        results.append(std::move(result));
    }
    return results;
}

FileImportResult ImportService::cancelledResult(const QString &path)
{
    FileImportResult result;
    result.path = path;
    result.outcome.error = QCoreApplication::translate("ImportService", "%1: cancelled").arg(path);
    return result;
}

} // namespace vigia
