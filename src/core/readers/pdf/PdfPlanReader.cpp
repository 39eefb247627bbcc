#include "PdfPlanReader.h"

#include "PdfLayoutBuilder.h"
#include "PdfPageScanner.h"
#include "readers/PlanBuilder.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>
#include <mutex>
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

} // namespace

QString PdfPlanReader::id() const
{
    return QStringLiteral("pdf");
}

bool PdfPlanReader::accepts(const QString &fileName, const QByteArray &head) const
{
    return head.startsWith("%PDF-") || QFileInfo(fileName).suffix().compare(u"pdf", Qt::CaseInsensitive) == 0;
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
    const qsizetype wordCount = std::accumulate(scan.pages.cbegin(), scan.pages.cend(), qsizetype(0),
                                                [](qsizetype sum, const PdfPageContent &page) { return sum + page.words.size(); });
    if (wordCount == 0) {
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
