// Where the CPU time of reading a scanned page goes, stage by stage, on one thread: the page
// rendered by Poppler at the resolution the reader takes for it (PdfOcrReader::renderDpiFor its
// scan's), straightened, its rules and shading found, despeckled, read by Tesseract. For choosing
// what to make faster; bench/ocr_end_to_end.py times the whole command.
//
// Usage: bench_ocr_stages [--no-memory-scope] [--dpi N] SCAN.pdf
// (--no-memory-scope: without OcrMemoryScope, the C library's memory defaults, for comparison;
// --dpi: every page rendered at N dpi instead)
#include "readers/pdf/OcrMemoryScope.h"
#include "readers/pdf/PdfOcrReader.h"
#include "readers/pdf/PdfPageReader.h"
#include "readers/pdf/RasterRulings.h"
#include "readers/pdf/RasterShading.h"
#include "readers/pdf/ScanCleanup.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <map>
#include <memory>
#include <optional>

namespace {

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        out << "usage: bench_ocr_stages [--no-memory-scope] [--dpi N] SCAN.pdf\n";
        return 2;
    }
    std::optional<vigia::OcrMemoryScope> memoryScope;
    if (!arguments.contains(QStringLiteral("--no-memory-scope")))
        memoryScope.emplace();
    QFile file(arguments.last());
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray content = file.readAll();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(content);
    if (!document || document->isLocked())
        return 1;
    document->setRenderHint(Poppler::Document::Antialiasing);
    const vigia::PdfOcrReader reader;
    if (!reader.isReady()) {
        out << reader.error() << "\n";
        return 1;
    }
    const qsizetype dpiAt = arguments.indexOf(QStringLiteral("--dpi"));
    const double forcedDpi = dpiAt > 0 && dpiAt + 1 < arguments.size() ? arguments.at(dpiAt + 1).toDouble() : 0;
    const vigia::PdfPageReader pageReader(content, {});
    double dpiSum = 0;
    std::map<QString, double> seconds;
    const QStringList order{QStringLiteral("render"), QStringLiteral("straighten"), QStringLiteral("rules"), QStringLiteral("shading"),
                            QStringLiteral("despeckle"), QStringLiteral("tesseract")};
    double started = threadCpuSeconds();
    const auto lap = [&](const QString &stage) {
        const double now = threadCpuSeconds();
        seconds[stage] += now - started;
        started = now;
    };
    int words = 0;
    const int pages = document->numPages();
    for (int index = 0; index < pages; ++index) {
        started = threadCpuSeconds();
        const double dpi = forcedDpi > 0 ? forcedDpi : vigia::PdfOcrReader::renderDpiFor(pageReader.scanResolution(index));
        dpiSum += dpi;
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        // As the reader takes it: the scan's own image when the page is just that, else rendered.
        QImage image = forcedDpi > 0 ? QImage() : pageReader.scanImage(index, dpi);
        if (image.isNull())
            image = page->renderToImage(dpi, dpi);
        lap(QStringLiteral("render"));
        const vigia::ScanCleanup::Straightened straight = vigia::ScanCleanup::straighten(vigia::ScanCleanup::clearSpecks(image, dpi));
        lap(QStringLiteral("straighten"));
        const QList<vigia::Ruling> rulings = vigia::RasterRulings::find(straight.image, dpi);
        lap(QStringLiteral("rules"));
        const QList<QRectF> shading = vigia::RasterShading::find(straight.image, dpi);
        lap(QStringLiteral("shading"));
        const QImage clean = vigia::ScanCleanup::despeckle(straight.image, dpi);
        lap(QStringLiteral("despeckle"));
        words += static_cast<int>(reader.readWords(clean, dpi).size());
        lap(QStringLiteral("tesseract"));
    }
    double total = 0;
    for (const QString &stage : order)
        total += seconds[stage];
    out << "pages " << pages << ", words " << words << ", rendered at " << dpiSum / std::max(pages, 1) << " dpi, CPU per page on one thread:\n";
    for (const QString &stage : order)
        out << QStringLiteral("  %1 %2 s\n").arg(stage, -11).arg(seconds[stage] / pages, 0, 'f', 3);
    out << QStringLiteral("  %1 %2 s\n").arg(QStringLiteral("total"), -11).arg(total / pages, 0, 'f', 3);
    return 0;
}
