#include "ImportService.h"

#include "readers/PlanFileReader.h"

namespace vigia {

ImportService::ImportService(PlanLibrary &library, const PlanFileReader &reader)
    : m_library(library)
    , m_reader(reader)
{
}

FileImportResult ImportService::importFile(const QString &path, const ReadOptions &options)
{
    FileImportResult result;
    result.path = path;
    const ReadResult read = m_reader.readFile(path, options);
    result.warnings = read.warnings;
    if (!read.ok()) {
        result.outcome.status = ImportOutcome::Status::Failed;
        result.outcome.error = read.error;
        return result;
    }
    result.outcome = m_library.importPlan(read.plan, read.warnings);
    if (result.outcome.status == ImportOutcome::Status::Failed)
        result.outcome.error = QStringLiteral("%1: %2").arg(path, result.outcome.error);
    return result;
}

QList<FileImportResult> ImportService::importFiles(const QStringList &paths, const ReadOptions &options,
                                                   const std::function<void(const FileImportResult &)> &fileDone)
{
    QList<FileImportResult> results;
    for (const QString &path : paths) {
        FileImportResult result;
        if (options.cancel && options.cancel->load()) {
            result.path = path;
            result.outcome.error = QStringLiteral("%1: cancelled").arg(path);
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
