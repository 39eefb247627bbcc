#pragma once

#include "readers/PlanFileReader.h"
#include "services/ImportService.h"
#include "store/PlanLibrary.h"

#include <QDir>
#include <QFile>
#include <QStringList>

namespace vigia::app::test {

inline QStringList filesIn(const QString &directory, const QStringList &patterns)
{
    QStringList files;
    const QDir dir(directory);
    for (const QString &name : dir.entryList(patterns, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

// The expected plans of the shared samples, as plan JSON files.
inline QStringList goldFiles()
{
    return filesIn(QStringLiteral(VIGIA_SAMPLES_DIR "/gold"), {QStringLiteral("*.json")});
}

// The shared sample plans as text conversions.
inline QStringList seedFiles()
{
    return filesIn(QStringLiteral(VIGIA_SAMPLES_DIR "/seeds"), {QStringLiteral("*.txt")});
}

// Makes a library at `path` holding the plans of `files`, through the core import service.
inline bool makeLibrary(const QString &path, const QStringList &files)
{
    QString error;
    std::unique_ptr<PlanLibrary> library = PlanLibrary::open(path, &error);
    if (!library)
        return false;
    const PlanFileReader reader;
    ImportService service(*library, reader);
    for (const FileImportResult &result : service.importFiles(files)) {
        if (result.outcome.status != ImportOutcome::Status::Imported)
            return false;
    }
    return true;
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace vigia::app::test
