#include "SampleLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace vigia::app {

QString SampleLibrary::defaultLibraryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("biblioteca.vigia"));
}

QString SampleLibrary::samplesDirectory()
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("VIGIA_SAMPLES_DIR");
    if (!fromEnvironment.isEmpty())
        candidates.append(fromEnvironment);
    candidates.append(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/vigia/plans")));
#ifdef VIGIA_SOURCE_PLANS_DIR
    candidates.append(QStringLiteral(VIGIA_SOURCE_PLANS_DIR));
#endif
    for (const QString &candidate : candidates) {
        if (!sampleFiles(candidate).isEmpty())
            return QDir(candidate).absolutePath();
    }
    return {};
}

QStringList SampleLibrary::sampleFiles(const QString &directory)
{
    QStringList files;
    if (directory.isEmpty())
        return files;
    const QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.md"), QStringLiteral("*.markdown"),
                                             QStringLiteral("*.pdf"), QStringLiteral("*.json")},
                                            QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names)
        files.append(dir.filePath(name));
    return files;
}

} // namespace vigia::app
