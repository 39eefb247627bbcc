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
{
}

FileImportResult ImportService::importFile(const QString &path, const ReadOptions &options)
{
    FileImportResult result;
    result.path = path;
    const std::optional<QByteArray> sha256 = sourceSha256(path);
    // A source already stored is not read again (reading a PDF takes a while).
    if (sha256) {
        if (const std::optional<qint64> existing = m_library.planIdForSource(*sha256)) {
            result.outcome.status = ImportOutcome::Status::Duplicate;
            result.outcome.planId = *existing;
            archiveSource(path, *sha256, &result);
            return result;
        }
    }
    const ReadResult read = m_reader.readFile(path, options);
    result.warnings = read.warnings;
    if (!read.ok()) {
        result.outcome.status = ImportOutcome::Status::Failed;
        result.outcome.error = read.error;
        result.failure = read.failure;
        return result;
    }
    // What a person should check when the plan looks thinner than its document; kept with the plan.
    const QStringList thin = ThinResult::warnings(read.plan, read.layout ? read.layout->pageCount : 0);
    result.warnings += thin;
    result.layout = read.plan.layout;
    result.dimensionCount = static_cast<int>(read.plan.dimensions.size());
    result.rowCount = static_cast<int>(read.plan.rowCount());
    result.itemCount = static_cast<int>(read.plan.itemCount());
    result.reviewRowCount = static_cast<int>(RowReview::assess(read.plan).size());
    if (read.layout)
        result.unplaced = UnplacedText::find(*read.layout, read.plan);
    // A plan is kept with a copy of its source (the plan view shows each item in it): the copy is
    // made first, and a copy that fails (a full disk) fails the import whole.
    const SourceArchive archive(m_library.path());
    const QString fileName = QFileInfo(path).fileName();
    const bool copyWasThere = !archive.find(read.plan.sourceSha256, fileName).isEmpty();
    QString archiveError;
    if (!archive.store(path, read.plan.sourceSha256, &archiveError)) {
        result.outcome.status = ImportOutcome::Status::Failed;
        result.outcome.error = QCoreApplication::translate("ImportService", "%1; nothing was imported: a plan is kept only with a copy of its document")
                                   .arg(archiveError);
        return result;
    }
    result.outcome = m_library.importPlan(read.plan, read.warnings + thin);
    if (result.outcome.status == ImportOutcome::Status::Failed) {
        result.outcome.error = QStringLiteral("%1: %2").arg(path, result.outcome.error);
        if (!copyWasThere)
            archive.remove(read.plan.sourceSha256, fileName);
    }
    return result;
}

void ImportService::archiveSource(const QString &path, const QByteArray &sha256, FileImportResult *result) const
{
    QString error;
    if (!SourceArchive(m_library.path()).store(path, sha256, &error))
        result->warnings.append(error);
}

QList<FileImportResult> ImportService::importFiles(const QStringList &paths, const ReadOptions &options,
                                                   const std::function<void(const FileImportResult &)> &fileDone)
{
    QList<FileImportResult> results;
    for (const QString &path : paths) {
        FileImportResult result;
        if (options.cancel && options.cancel->load()) {
            result.path = path;
            result.outcome.error = QCoreApplication::translate("ImportService", "%1: cancelled").arg(path);
        } else {
            result = importFile(path, options);
        }
        if (fileDone)
            fileDone(result);
        results.append(result);
    }
    return results;
}

} // namespace vigia
