#include "ReportPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace vigia {

namespace {

struct Extent {
    qreal top = 0;
    qreal bottom = 0;
};

// The vertical extent of a table row in document coordinates: from the top of its cells' first
// blocks to the bottom of their last.
Extent rowExtent(const QTextDocument &document, QTextTable *table, int row)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    Extent extent{std::numeric_limits<qreal>::max(), 0};
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (!cell.isValid())
            continue;
        extent.top = std::min(extent.top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
        extent.bottom = std::max(extent.bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    return extent;
}

} // namespace

std::optional<ReportBreaks> ReportPagination::nextBreaks(const QTextDocument &document, const QList<ReportTablePart> &parts,
                                                         const ReportBreaks &breaks)
{
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return std::nullopt;
    const auto pageOf = [pageHeight](qreal y) { return static_cast<int>(std::floor(y / pageHeight)); };
    // A little less than the bottom, so that a row ending exactly on the page's edge is on the page.
    const auto lastPageOf = [&pageOf](const Extent &extent) { return pageOf(extent.bottom - 0.5); };
    // What fits on a fresh page under the repeated header row; anything taller is cut wherever it falls.
    const qreal movable = pageHeight * 0.85;
    QAbstractTextDocumentLayout *layout = document.documentLayout();

    std::optional<qreal> headingTop; // the last heading seen before the next table
    qsizetype partIndex = 0;
    for (QTextFrame::iterator it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (!it.currentFrame()) {
            const QTextBlock block = it.currentBlock();
            if (block.blockFormat().headingLevel() > 0)
                headingTop = layout->blockBoundingRect(block).top();
            continue;
        }
        auto *table = qobject_cast<QTextTable *>(it.currentFrame());
        if (!table || partIndex >= parts.size())
            continue;
        const ReportTablePart part = parts.at(partIndex++);
        const std::optional<qreal> heading = std::exchange(headingTop, std::nullopt);
        if (part.section < 0)
            continue;
        // Row 0 is the header row.
        for (int row = 1; row < table->rows(); ++row) {
            const Extent extent = rowExtent(document, table, row);
            const int line = part.firstLine + row - 1;
            if (row == 1 && part.firstLine == 0 && heading) {
                // A heading stays with the first row of its table.
                if (pageOf(*heading) != lastPageOf(extent) && !breaks.beforeSection.contains(part.section)
                    && extent.bottom - *heading < movable) {
                    ReportBreaks next = breaks;
                    next.beforeSection.insert(part.section);
                    return next;
                }
                continue;
            }
            // The first row of a part already starts a page; a row taller than the room is let be.
            if (row == 1 || pageOf(extent.top) == lastPageOf(extent) || extent.bottom - extent.top >= movable)
                continue;
            ReportBreaks next = breaks;
            next.beforeLine.insert({part.section, line});
            return next;
        }
    }
    return std::nullopt;
}

} // namespace vigia
