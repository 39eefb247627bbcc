#include "PdfReaderModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <memory>
#include <mutex>

namespace vigia {
namespace {

using CreateReader = PlanReader *(*)();

struct LoadedReader {
    std::unique_ptr<PlanReader> reader;
    QString error;
};

QStringList candidatePaths()
{
    QStringList paths;
    if (const QString chosen = qEnvironmentVariable("VIGIA_PDF_MODULE"); !chosen.isEmpty())
        return {chosen};
    if (QCoreApplication::instance()) {
        const QDir programDir(QCoreApplication::applicationDirPath());
        paths.append(programDir.absoluteFilePath(QStringLiteral("../" VIGIA_PDF_MODULE_INSTALL_DIR "/libvigia-pdf.so")));
    }
    paths.append(QStringLiteral(VIGIA_PDF_MODULE_BUILD_PATH));
    return paths;
}

LoadedReader load()
{
    LoadedReader loaded;
    const QStringList paths = candidatePaths();
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        // Never unloaded: the plans and layouts it made may outlive any one reader.
        QLibrary library(path);
        const auto create = reinterpret_cast<CreateReader>(library.resolve("vigia_create_pdf_reader"));
        if (!create) {
            loaded.error = QCoreApplication::translate("PdfReaderModule", "the PDF reader (%1) could not be loaded: %2")
                               .arg(QDir::toNativeSeparators(path), library.errorString());
            return loaded;
        }
        loaded.reader.reset(create());
        return loaded;
    }
    loaded.error = QCoreApplication::translate("PdfReaderModule", "the PDF reader is not installed (looked for %1)")
                       .arg(QDir::toNativeSeparators(paths.join(QStringLiteral(", "))));
    return loaded;
}

} // namespace

const PlanReader *PdfReaderModule::reader(QString *error)
{
    static std::once_flag once;
    static LoadedReader loaded;
    std::call_once(once, [] { loaded = load(); });
    if (!loaded.reader && error)
        *error = loaded.error;
    return loaded.reader.get();
}

bool PdfReaderModule::isPdf(const QString &fileName, const QByteArray &head)
{
    return head.startsWith("%PDF-") || QFileInfo(fileName).suffix().compare(u"pdf", Qt::CaseInsensitive) == 0;
}

bool PdfReaderModule::accepts(const QString &fileName, const QByteArray &head) const
{
    return isPdf(fileName, head);
}

ReadResult PdfReaderModule::read(const QByteArray &content, const QString &fileName, const ReadOptions &options) const
{
    QString error;
    if (const PlanReader *pdf = reader(&error))
        return pdf->read(content, fileName, options);
    ReadResult result;
    result.failure = ReadResult::Failure::Unreadable;
    result.error = error;
    return result;
}

} // namespace vigia
