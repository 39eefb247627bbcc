#include "PdfPlanReader.h"

#include "PdfLayoutBuilder.h"
#include "PdfLineGrouper.h"
#include "TableGridDetector.h"
#include "readers/PlanBuilder.h"
#include "PdfWordExtractor.h"
#include "RulingRecorder.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <mutex>

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

bool isCancelled(const ReadOptions &options)
{
    return options.cancel != nullptr && options.cancel->load();
}

// Poppler's QPainter backend needs Qt's font database, which exists only with a GUI application
// object (vigia-cli and the app create one; a bare QCoreApplication has none).
bool canRenderToPainter()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

// Rendering a page to find its rules costs several times more than reading its words, so only
// pages that may hold a table are rendered: two lines whose words leave a gap at the same place
// (between side-by-side cells), either a wide gap or one after which both lines' text starts at
// the same x (a left-aligned column). Running text, lists with hanging markers and lines
// stretched by justification have no such gaps.
bool mayHoldTable(const QList<PdfWord> &words)
{
    struct Gap {
        double left;
        double right;
        bool wide;
    };
    QList<Gap> seen;
    for (const PdfTextLine &line : PdfLineGrouper::groupIntoLines(words)) {
        QList<Gap> gaps;
        for (qsizetype i = 1; i < line.words.size(); ++i) {
            const PdfWord &before = line.words[i - 1];
            const PdfWord &after = line.words[i];
            const double width = after.box.left() - before.box.right();
            const bool hangingMarker = i == 1 && PdfLineGrouper::startsWithListMarker(before.text);
            if (width > 0.6 * line.height() && !hangingMarker)
                gaps.append({before.box.right(), after.box.left(), width > 0.9 * line.height()});
        }
        for (const Gap &gap : std::as_const(gaps)) {
            for (const Gap &other : std::as_const(seen)) {
                const bool overlap = std::min(gap.right, other.right) - std::max(gap.left, other.left) >= 2.0;
                if (overlap && ((gap.wide && other.wide) || std::abs(gap.right - other.right) < 0.5))
                    return true;
            }
        }
        seen += gaps;
    }
    return false;
}

bool reachesLowerPart(const QList<TableGrid> &grids, const QSizeF &pageSize)
{
    return std::any_of(grids.cbegin(), grids.cend(), [&](const TableGrid &grid) { return grid.area.bottom() > 0.7 * pageSize.height(); });
}

// Poppler's QPainter backend (poppler 22.12) cannot draw text in a font it cannot locate (of an
// unknown type, or neither embedded nor found on the system): it logs "Font location not found!"
// and then draws with a font it never set, which crashes (found by fuzzing). A document with such
// a font is read without rendering its pages.
bool hasUnlocatableFont(const Poppler::Document &document)
{
    const QList<Poppler::FontInfo> fonts = document.fonts();
    return std::any_of(fonts.cbegin(), fonts.cend(), [](const Poppler::FontInfo &font) {
        return font.type() == Poppler::FontInfo::unknown || (!font.isEmbedded() && font.file().isEmpty());
    });
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
    const bool unlocatableFont = hasUnlocatableFont(*document);
    const bool recordRulings = canRenderToPainter() && !unlocatableFont;
    if (recordRulings)
        document->setRenderBackend(Poppler::Document::QPainterBackend);
    else if (unlocatableFont)
        result.warnings.append(QCoreApplication::translate("PdfPlanReader", "table rules were not read (a font of the PDF is damaged or missing); columns may be less exact"));
    else
        result.warnings.append(QCoreApplication::translate("PdfPlanReader", "table rules were not read (no GUI application object); columns may be less exact"));

    const PdfWordExtractor extractor(options.cancel);
    QList<PdfPageContent> pages;
    qsizetype wordCount = 0;
    bool tableMayContinue = false;
    for (int index = 0; index < pageCount; ++index) {
        if (isCancelled(options))
            return fail(ReadResult::Failure::Cancelled, QCoreApplication::translate("PdfPlanReader", "reading was cancelled"));
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        if (!page) {
            return fail(ReadResult::Failure::Unreadable, truncated ? QCoreApplication::translate("PdfPlanReader", "the PDF is truncated: page %1 of %2 is missing").arg(index + 1).arg(pageCount)
                                                                   : QCoreApplication::translate("PdfPlanReader", "the PDF is damaged: page %1 of %2 cannot be read").arg(index + 1).arg(pageCount));
        }
        PdfPageContent pageContent;
        pageContent.number = index + 1;
        pageContent.size = page->pageSizeF();
        pageContent.words = extractor.extract(*page);
        if (isCancelled(options))
            return fail(ReadResult::Failure::Cancelled, QCoreApplication::translate("PdfPlanReader", "reading was cancelled"));
        wordCount += pageContent.words.size();
        // A table cut by the page break may go on with one column only: render the page after
        // a page whose ruled table reaches its lower part too.
        if (recordRulings && !pageContent.words.isEmpty() && (tableMayContinue || mayHoldTable(pageContent.words))) {
            RulingRecorder recorder(pageContent.size);
            if (recorder.record(*page)) {
                pageContent.rulings = recorder.rulings();
                pageContent.filledAreas = recorder.filledAreas();
            }
        }
        tableMayContinue = reachesLowerPart(TableGridDetector().detect(pageContent), pageContent.size);
        pages.append(std::move(pageContent));
        if (options.progress)
            options.progress(index + 1, pageCount);
    }
    if (wordCount == 0) {
        return fail(ReadResult::Failure::NotAPlan, truncated ? QCoreApplication::translate("PdfPlanReader", "the PDF is truncated and no text could be read from it")
                                                             : QCoreApplication::translate("PdfPlanReader", "no text layer: this PDF is a scanned image"));
    }
    if (truncated)
        result.warnings.append(QCoreApplication::translate("PdfPlanReader", "the PDF looks truncated (no end-of-file marker); some text may be missing"));
    result.layout = PdfLayoutBuilder().build(pages, fileName);
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
