#include "PdfPlanReader.h"

#include "PdfLayoutBuilder.h"
#include "PdfOcrReader.h"
#include "OcrMemoryScope.h"
#include "RasterRulings.h"
#include "RasterShading.h"
#include "ScanCleanup.h"
#include "PdfPageReader.h"
#include "PdfPageScanner.h"
#include "readers/PdfReaderModule.h"
#include "readers/PlanBuilder.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <memory>
#include <vector>
#include <thread>
#include <atomic>
#include <numeric>

namespace vigia {

namespace {

Q_LOGGING_CATEGORY(lcPoppler, "vigia.pdf.poppler", QtWarningMsg)

// Poppler prints its own errors ("Error: Incorrect password") to stderr; the reader reports each
// failure once, in its own words, so Poppler's messages go to a debug category instead.
void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction([](const QString &message, const QVariant &) { qCDebug(lcPoppler) << message; }, QVariant());
    });
}

// Pages are read by up to this many threads: pages are independent. VIGIA_PDF_THREADS overrides it (1 = the calling thread only).
int readingThreads()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("VIGIA_PDF_THREADS", &ok);
    if (ok && fromEnvironment > 0)
        return fromEnvironment;
    return std::clamp(QThread::idealThreadCount(), 1, 4);
}

bool hasEndOfFileMarker(const QByteArray &content)
{
    return content.right(2048).contains("%%EOF");
}

// A page read by OCR whose words average below this confidence is probably not Spanish text (or
// a poor scan): its items are to be checked.
constexpr int lowConfidence = 60;

// What the import says of the pages read by OCR: how many and how sure ("3 pages read by OCR
// from their image (mean confidence 91 %)"), each page the OCR was unsure of, and the pages
// that were blank images.
QStringList ocrWarnings(const QList<PdfPageContent> &pages, const QList<int> &blankPages)
{
    QStringList warnings;
    int ocrPages = 0;
    qint64 confidenceSum = 0;
    qint64 words = 0;
    QStringList unsure;
    for (const PdfPageContent &page : pages) {
        if (!page.readByOcr)
            continue;
        ++ocrPages;
        qint64 pageSum = 0;
        for (const PdfWord &word : page.words)
            pageSum += std::max(word.confidence, 0);
        confidenceSum += pageSum;
        words += page.words.size();
        const int pageMean = page.words.isEmpty() ? 0 : static_cast<int>(pageSum / page.words.size());
        if (pageMean < lowConfidence)
            unsure.append(QCoreApplication::translate("PdfPlanReader", "%1 (%2 %)").arg(page.number).arg(pageMean));
    }
    if (ocrPages > 0) {
        const int mean = words == 0 ? 0 : static_cast<int>((confidenceSum + words / 2) / words);
        warnings << QCoreApplication::translate("PdfPlanReader", "%1 page(s) read by OCR from their image (mean confidence %2 %)")
                        .arg(ocrPages)
                        .arg(mean);
    }
    if (!unsure.isEmpty()) {
        warnings << QCoreApplication::translate("PdfPlanReader",
                                                "the OCR was unsure of page(s) %1: not Spanish text, or a poor scan; check their items")
                        .arg(unsure.join(QStringLiteral(", ")));
    }
    if (!blankPages.isEmpty()) {
        QStringList numbers;
        for (const int index : blankPages)
            numbers.append(QString::number(index + 1));
        warnings << QCoreApplication::translate("PdfPlanReader", "page(s) %1 without text are blank: nothing to read")
                        .arg(numbers.join(QStringLiteral(", ")));
    }
    return warnings;
}

// Whether an OCR word is a table's rule taken for a glyph: nothing but bars, dashes or
// underscores, lying on a rule of the page.
bool isRuleGlyph(const PdfWord &word, const QList<Ruling> &rulings)
{
    static const QString ruleGlyphs = QStringLiteral("|¦!lI_—–-");
    if (!std::all_of(word.text.cbegin(), word.text.cend(), [](QChar c) { return ruleGlyphs.contains(c); }))
        return false;
    const QPointF centre = word.box.center();
    for (const Ruling &ruling : rulings) {
        const double across = ruling.isHorizontal() ? centre.y() : centre.x();
        const double along = ruling.isHorizontal() ? centre.x() : centre.y();
        if (std::abs(across - ruling.position) <= 3 && along >= ruling.start && along <= ruling.end)
            return true;
    }
    return false;
}

// Whether a page shows nothing at all: drawn small, not one pixel is darker than light grey.
// A blank page costs a small render, not an OCR pass (a PDF of thousands of empty pages).
bool isBlank(Poppler::Page &page)
{
    constexpr double sketchDpi = 24;
    const QImage sketch = page.renderToImage(sketchDpi, sketchDpi).convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < sketch.height(); ++y) {
        const uchar *line = sketch.constScanLine(y);
        for (int x = 0; x < sketch.width(); ++x) {
            if (line[x] < 200)
                return false;
        }
    }
    return true;
}

// Reads by OCR the pages that need it (no words, or every page with Ocr::Always), in place, on up
// to `threads` threads: takes each page's scan as stored, or renders the page, at
// PdfOcrReader::renderDpiFor its scan's resolution, clears its lone specks and straightens it,
// finds its rules and its shading, and keeps the words read from it despeckled (ScanCleanup).
// Progress goes to ocrProgress (else progress). Returns how many pages were read (blank ones are
// passed over), or -1 when cancelled; `error` says why OCR could not run at all.
int readByOcr(Poppler::Document &document, const QByteArray &content, const QByteArray &password, QList<PdfPageContent> &pages,
              const ReadOptions &options, int threads, QList<int> *blankPages, QString *error)
{
    QList<int> indexes;
    for (int index = 0; index < pages.size(); ++index) {
        if (options.ocr == ReadOptions::Ocr::Always || pages.at(index).words.isEmpty())
            indexes.append(index);
    }
    if (indexes.isEmpty())
        return 0;
    // Each page's scan resolution, from Poppler's core API (a reader of its own, for this thread).
    QList<double> scanDpis(pages.size(), 0);
    {
        const PdfPageReader pageReader(content, password);
        for (const int index : std::as_const(indexes)) {
            if (options.cancel && options.cancel->load())
                return -1;
            scanDpis[index] = pageReader.scanResolution(index);
        }
    }
    const OcrMemoryScope keepPageMemory;
    const int total = static_cast<int>(indexes.size());
    const std::function<void(int, int)> &report = options.ocrProgress ? options.ocrProgress : options.progress;
    if (report)
        report(0, total);
    PdfPageContent *contents = pages.data(); // detached once here: each worker writes its own pages
    std::atomic<qsizetype> next = 0;
    std::atomic<int> done = 0;
    std::atomic<int> read = 0;
    std::atomic_bool cancelled = false;
    std::atomic_bool failed = false;
    std::mutex errorMutex;
    // One worker: its own document (Poppler's are not shared between threads) and its own
    // Tesseract; pages are handed out one at a time. Only the calling thread reports progress.
    const auto work = [&](Poppler::Document &source, bool reportsProgress) {
        const PdfOcrReader reader;
        if (!reader.isReady()) {
            const std::lock_guard lock(errorMutex);
            *error = reader.error();
            failed = true;
            return;
        }
        source.setRenderHint(Poppler::Document::Antialiasing);
        source.setRenderHint(Poppler::Document::TextAntialiasing);
        const PdfPageReader pageReader(content, password);
        for (qsizetype next_index = next++; next_index < indexes.size() && !failed && !cancelled; next_index = next++) {
            if (options.cancel && options.cancel->load()) {
                cancelled = true;
                return;
            }
            const int index = indexes.at(next_index);
            const std::unique_ptr<Poppler::Page> page = source.page(index);
            if (page && isBlank(*page)) {
                const std::lock_guard lock(errorMutex);
                blankPages->append(index);
            } else if (page) {
                const double dpi = PdfOcrReader::renderDpiFor(scanDpis.at(index));
                // A page that is just its scan, at the scan's own size, is read from the image as
                // stored (a fifth of a render's time, and not softened by a render's resampling).
                // Others are rendered.
                QImage image = pageReader.scanImage(index, dpi);
                if (image.isNull())
                    image = page->renderToImage(dpi, dpi);
                // Straightened first, so rules and lines run level; the OCR reads it despeckled.
                const ScanCleanup::Straightened straight = ScanCleanup::straighten(ScanCleanup::clearSpecks(image, dpi));
                PdfPageContent &pageContent = contents[index];
                pageContent.rulings = RasterRulings::find(straight.image, dpi);
                pageContent.words = reader.readWords(ScanCleanup::despeckle(straight.image, dpi), dpi);
                pageContent.filledAreas = RasterShading::find(straight.image, dpi);
                // A rule read as a letter ("|" on a cell's border) is not a word.
                pageContent.words.removeIf([&pageContent](const PdfWord &word) { return isRuleGlyph(word, pageContent.rulings); });
                pageContent.readByOcr = true;
                ++read;
            }
            const int finished = ++done;
            if (reportsProgress && report)
                report(finished, total);
        }
    };
    {
        std::vector<std::jthread> helpers;
        for (int helper = 1; helper < std::min(threads, total); ++helper) {
            helpers.emplace_back([&] {
                const std::unique_ptr<Poppler::Document> own = Poppler::Document::loadFromData(content, password, password);
                if (own && !own->isLocked())
                    work(*own, false);
            });
        }
        work(document, true);
    } // the helpers are joined here
    if (cancelled)
        return -1;
    if (failed)
        return 0;
    if (report)
        report(total, total);
    std::sort(blankPages->begin(), blankPages->end());
    return read;
}

} // namespace

QString PdfPlanReader::id() const
{
    return QStringLiteral("pdf");
}

bool PdfPlanReader::accepts(const QString &fileName, const QByteArray &head) const
{
    return PdfReaderModule::isPdf(fileName, head);
}

PdfPlanReader::LayoutResult PdfPlanReader::readLayout(const QByteArray &content, const QString &fileName, const ReadOptions &options) const
{
    LayoutResult result;
    auto fail = [&result](ReadResult::Failure failure, const QString &message) {
        result.failure = failure;
        result.error = message;
        return result;
    };
    if (!content.left(1024).contains("%PDF-"))
        return fail(ReadResult::Failure::Unreadable, QCoreApplication::translate("PdfPlanReader", "not a PDF file (no %PDF header)"));
    const bool truncated = !hasEndOfFileMarker(content);

    routePopplerMessages();
    const QByteArray password = options.password.toUtf8();
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(content, password, password);
    if (!document) {
        return fail(ReadResult::Failure::Unreadable, truncated ? QCoreApplication::translate("PdfPlanReader", "the PDF is truncated (the file is incomplete)")
                                                               : QCoreApplication::translate("PdfPlanReader", "the PDF is damaged and cannot be read"));
    }
    if (document->isLocked()) {
        if (options.password.isEmpty())
            return fail(ReadResult::Failure::PasswordRequired, QCoreApplication::translate("PdfPlanReader", "the PDF is encrypted: a password is needed to open it"));
        return fail(ReadResult::Failure::WrongPassword, QCoreApplication::translate("PdfPlanReader", "the PDF is encrypted and the password given is wrong"));
    }
    const int pageCount = document->numPages();
    if (pageCount <= 0) {
        return fail(ReadResult::Failure::Unreadable, truncated ? QCoreApplication::translate("PdfPlanReader", "the PDF is truncated (the file is incomplete)")
                                                               : QCoreApplication::translate("PdfPlanReader", "the PDF is damaged: it has no pages"));
    }
    PdfPageScanner::Options scanOptions;
    scanOptions.recordRulings = true;
    scanOptions.threads = readingThreads();
    scanOptions.cancel = options.cancel;
    scanOptions.progress = options.progress;
    PdfPageScanner::Result scan = PdfPageScanner(*document, content, password, scanOptions).scan();
    if (scan.cancelled)
        return fail(ReadResult::Failure::Cancelled, QCoreApplication::translate("PdfPlanReader", "reading was cancelled"));
    if (scan.unreadablePage > 0) {
        const int number = scan.unreadablePage;
        return fail(ReadResult::Failure::Unreadable, truncated ? QCoreApplication::translate("PdfPlanReader", "the PDF is truncated: page %1 of %2 is missing").arg(number).arg(pageCount)
                                                               : QCoreApplication::translate("PdfPlanReader", "the PDF is damaged: page %1 of %2 cannot be read").arg(number).arg(pageCount));
    }
    // Pages with no text layer (every page, when asked) are read from their image.
    QString ocrError;
    if (options.ocr != ReadOptions::Ocr::Never) {
        QList<int> blankPages;
        const int read = readByOcr(*document, content, password, scan.pages, options, scanOptions.threads, &blankPages, &ocrError);
        if (read < 0)
            return fail(ReadResult::Failure::Cancelled, QCoreApplication::translate("PdfPlanReader", "reading was cancelled"));
        // Blank pages are said only of a scan: a text PDF's empty pages need no word.
        if (read > 0) {
            PdfOcrReader::matchHeightsAcrossPages(scan.pages);
            result.warnings.append(ocrWarnings(scan.pages, blankPages));
        }
    }
    const qsizetype wordCount = std::accumulate(scan.pages.cbegin(), scan.pages.cend(), qsizetype(0),
                                                [](qsizetype sum, const PdfPageContent &page) { return sum + page.words.size(); });
    if (wordCount == 0) {
        if (options.ocr != ReadOptions::Ocr::Never && ocrError.isEmpty())
            return fail(ReadResult::Failure::NotAPlan, QCoreApplication::translate("PdfPlanReader", "no text layer, and OCR found no text on its pages (blank pages, or not text)"));
        if (!ocrError.isEmpty())
            return fail(ReadResult::Failure::NotAPlan, QCoreApplication::translate("PdfPlanReader", "no text layer: this PDF is a scanned image, and OCR cannot run: %1").arg(ocrError));
        return fail(ReadResult::Failure::NotAPlan, truncated ? QCoreApplication::translate("PdfPlanReader", "the PDF is truncated and no text could be read from it")
                                                             : QCoreApplication::translate("PdfPlanReader", "no text layer: this PDF is a scanned image"));
    }
    if (truncated)
        result.warnings.append(QCoreApplication::translate("PdfPlanReader", "the PDF looks truncated (no end-of-file marker); some text may be missing"));
    result.layout = PdfLayoutBuilder(scanOptions.threads).build(scan.pages, fileName);
    return result;
}

ReadResult PdfPlanReader::read(const QByteArray &content, const QString &fileName, const ReadOptions &options) const
{
    const LayoutResult layout = readLayout(content, fileName, options);
    if (!layout.error.isEmpty()) {
        ReadResult failed;
        failed.warnings = layout.warnings;
        failed.error = layout.error;
        failed.failure = layout.failure;
        return failed;
    }
    ReadResult result = PlanBuilder::build(layout.layout, LayoutSource::Pdf);
    result.warnings = layout.warnings + result.warnings;
    return result;
}

} // namespace vigia
