#include "PdfLayoutBuilder.h"

#include "PageFurnitureFilter.h"
#include "PdfLineGrouper.h"
#include "ParallelFor.h"
#include "TableGridDetector.h"
#include "WhitespaceTableDetector.h"

#include <QRegularExpression>

#include <algorithm>

namespace vigia {

namespace {

// One row of a page before paragraphs are formed: running text (one cell) or a table row.
struct PendingRow {
    double top = 0;
    bool isTable = false;
    bool spansTable = false;
    qsizetype gridIndex = -1;
    int gridRow = 0;
    QList<QList<PdfTextLine>> cellLines; // per column; one entry for running text
};

struct PageRows {
    int number = 0;
    QList<TableGrid> grids;
    QList<PdfTextLine> proseLines;
    QList<PendingRow> tableRows;
};

// Words whose middle lies in one of `grids`.
QList<PdfWord> wordsOutside(const QList<PdfWord> &words, const QList<TableGrid> &grids)
{
    QList<PdfWord> outside;
    for (const PdfWord &word : words) {
        const QPointF center = word.box.center();
        const bool inside = std::any_of(grids.cbegin(), grids.cend(), [&](const TableGrid &grid) {
            return grid.area.adjusted(-1, -1, 1, 1).contains(center) && grid.rowAt(center.y()) >= 0;
        });
        if (!inside)
            outside.append(word);
    }
    return outside;
}

PageRows collectRows(const PdfPageContent &page, double usualGap)
{
    PageRows result;
    result.number = page.number;
    result.grids = TableGridDetector().detect(page);
    result.grids += WhitespaceTableDetector().detect(wordsOutside(page.words, result.grids), page.filledAreas, usualGap);
    std::sort(result.grids.begin(), result.grids.end(), [](const TableGrid &a, const TableGrid &b) { return a.area.top() < b.area.top(); });
    QList<PdfWord> prose;
    // words per grid, per grid row, per column
    QList<QList<QList<QList<PdfWord>>>> tableWords;
    for (const TableGrid &grid : std::as_const(result.grids))
        tableWords.append(QList<QList<QList<PdfWord>>>(grid.rowCount(), QList<QList<PdfWord>>(grid.columnCount())));
    for (const PdfWord &word : page.words) {
        const QPointF center = word.box.center();
        bool placed = false;
        for (qsizetype g = 0; g < result.grids.size() && !placed; ++g) {
            const TableGrid &grid = result.grids[g];
            if (!grid.area.adjusted(-1, -1, 1, 1).contains(center))
                continue;
            const int row = grid.rowAt(center.y());
            if (row < 0)
                continue;
            tableWords[g][row][grid.columnAt(center.x())].append(word);
            placed = true;
        }
        if (!placed)
            prose.append(word);
    }
    result.proseLines = PdfLineGrouper::groupIntoLines(prose);
    for (qsizetype g = 0; g < result.grids.size(); ++g) {
        const TableGrid &grid = result.grids[g];
        for (int row = 0; row < grid.rowCount(); ++row) {
            PendingRow pending;
            pending.isTable = true;
            pending.gridIndex = g;
            pending.gridRow = row;
            pending.top = grid.rowEdges[row];
            pending.spansTable = grid.spansTable(row);
            bool any = false;
            if (pending.spansTable) {
                QList<PdfWord> all;
                for (const QList<PdfWord> &cell : std::as_const(tableWords[g][row]))
                    all += cell;
                any = !all.isEmpty();
                pending.cellLines.append(PdfLineGrouper::groupIntoLines(all));
            } else {
                for (const QList<PdfWord> &cell : std::as_const(tableWords[g][row])) {
                    any = any || !cell.isEmpty();
                    pending.cellLines.append(PdfLineGrouper::groupIntoLines(cell));
                }
            }
            if (any)
                result.tableRows.append(pending);
        }
    }
    return result;
}

// A list marker printed at the end of a line ("… de la obra. 5." / "Reubicación …") begins the
// item on the next line: move it there so the item keeps its marker.
QList<PdfTextLine> withDanglingMarkersMoved(QList<PdfTextLine> lines)
{
    static const QRegularExpression marker(QStringLiteral("^(?:\\d{1,2}(?:\\.\\d{1,2})*[.)]|[-–•▪■●►➢✓])$"));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        PdfTextLine &line = lines[i];
        if (line.words.size() < 2 || !marker.match(line.words.constLast().text).hasMatch())
            continue;
        const QString before = line.words[line.words.size() - 2].text;
        if (before.isEmpty() || !QStringLiteral(".;:!?").contains(before.back()))
            continue;
        PdfTextLine &next = lines[i + 1];
        next.words.prepend(line.words.takeLast());
        // The line keeps its own height (paragraph and gap rules compare line heights).
        next.box.setLeft(std::min(next.box.left(), next.words.constFirst().box.left()));
        line.box = QRectF();
        for (const PdfWord &word : std::as_const(line.words))
            line.box = line.box.isNull() ? word.box : line.box.united(word.box);
    }
    return lines;
}

LayoutCell makeCell(const QList<PdfTextLine> &printedLines, double usualGap, int page, int column,
                    PdfLineGrouper::Block block = PdfLineGrouper::Block::TableCell)
{
    const QList<PdfTextLine> lines = withDanglingMarkersMoved(printedLines);
    LayoutCell cell;
    cell.column = column;
    for (const PdfParagraph &paragraph : PdfLineGrouper::groupIntoParagraphs(lines, usualGap, block)) {
        for (qsizetype i = 0; i < paragraph.lines.size(); ++i) {
            const PdfTextLine &line = paragraph.lines[i];
            cell.lines.append({line.text(), page, 0, line.box, i == 0, line.ocrConfidence()});
        }
    }
    return cell;
}

QStringList cellTexts(const LayoutRow &row)
{
    QStringList texts;
    for (const LayoutCell &cell : row.cells)
        texts.append(cell.text(u" ").simplified());
    return texts;
}

// A list marker left at the end of a cell's last line on a page ("… la obra. 5."), whose item
// goes on in the same column of the table's next row, on the next page.
struct CarriedMarker {
    qsizetype rowIndex = -1;
    qsizetype cellIndex = -1;
    int column = 0;
    int tableIndex = -1;
    int page = 0;
    QString marker;
};

QList<CarriedMarker> takeDanglingMarkers(LayoutDocument &document, qsizetype rowIndex)
{
    static const QRegularExpression ending(QStringLiteral("^(.*[.;:!?])\\s+(\\d{1,2}(?:\\.\\d{1,2})*[.)]|[-–•▪■●►➢✓])$"));
    QList<CarriedMarker> carried;
    LayoutRow &row = document.rows[rowIndex];
    for (qsizetype c = 0; c < row.cells.size(); ++c) {
        LayoutCell &cell = row.cells[c];
        if (cell.spansTable || cell.lines.isEmpty())
            continue;
        const QRegularExpressionMatch match = ending.match(cell.lines.constLast().text);
        if (!match.hasMatch())
            continue;
        cell.lines.last().text = match.captured(1);
        carried.append({rowIndex, c, cell.column, row.tableIndex, row.page, match.captured(2)});
    }
    return carried;
}

// Gives each carried marker to the first line of its column in `row` when that row goes on with
// the same table on a later page; otherwise puts it back where it was.
void placeCarriedMarkers(LayoutDocument &document, QList<CarriedMarker> &carried, LayoutRow *row)
{
    for (const CarriedMarker &marker : std::as_const(carried)) {
        LayoutCell *target = nullptr;
        if (row != nullptr && row->isTableRow && row->tableIndex == marker.tableIndex && row->page > marker.page) {
            for (LayoutCell &cell : row->cells) {
                if (cell.column == marker.column && !cell.lines.isEmpty() && !PdfLineGrouper::startsWithListMarker(cell.lines.constFirst().text))
                    target = &cell;
            }
        }
        if (target != nullptr) {
            target->lines.first().text = marker.marker + u' ' + target->lines.constFirst().text;
            target->lines.first().startsParagraph = true;
        } else {
            LayoutLine &line = document.rows[marker.rowIndex].cells[marker.cellIndex].lines.last();
            line.text += u' ' + marker.marker;
        }
    }
    carried.clear();
}

} // namespace

LayoutDocument PdfLayoutBuilder::build(const QList<PdfPageContent> &pages, const QString &fileName) const
{
    LayoutDocument document;
    document.fileName = fileName;
    document.pageCount = static_cast<int>(pages.size());

    QList<PageRows> pageRows;
    QList<QList<PdfTextLine>> proseLinesPerPage;
    QList<QSizeF> pageSizes;
    // Pages are analysed independently (on several threads), then joined in order.
    QList<QList<PdfTextLine>> runs(pages.size());
    parallelFor(pages.size(), m_threads, [&](qsizetype p) { runs[p] = PdfLineGrouper::groupIntoLines(pages[p].words); });
    const double usualGap = PdfLineGrouper::usualLineGap(runs);
    pageRows.resize(pages.size());
    parallelFor(pages.size(), m_threads, [&](qsizetype p) { pageRows[p] = collectRows(pages[p], usualGap); });
    for (qsizetype p = 0; p < pages.size(); ++p) {
        proseLinesPerPage.append(pageRows[p].proseLines);
        pageSizes.append(pages[p].size);
    }
    const QList<QList<bool>> furniture = PageFurnitureFilter::find(proseLinesPerPage, pageSizes);

    int tableCount = 0;
    const TableGrid *lastGrid = nullptr;
    QList<CarriedMarker> carried;
    QList<QStringList> headerOfTable;
    for (qsizetype p = 0; p < pageRows.size(); ++p) {
        const PageRows &page = std::as_const(pageRows)[p];
        // Running text between tables: paragraphs of consecutive lines, cut at each table.
        QList<PendingRow> rows = page.tableRows;
        QList<PdfTextLine> kept;
        for (qsizetype i = 0; i < page.proseLines.size(); ++i) {
            if (!furniture[p][i])
                kept.append(page.proseLines[i]);
            else if (const QString text = page.proseLines[i].text().trimmed();
                     !PageFurnitureFilter::isPageNumber(text) && !document.runningLines.contains(text))
                document.runningLines.append(text);
        }
        QList<PdfTextLine> run;
        auto flushRun = [&]() {
            for (const PdfParagraph &paragraph : PdfLineGrouper::groupIntoParagraphs(run, usualGap)) {
                PendingRow prose;
                prose.top = paragraph.box.top();
                prose.cellLines.append(paragraph.lines);
                rows.append(prose);
            }
            run.clear();
        };
        for (const PdfTextLine &line : std::as_const(kept)) {
            if (!run.isEmpty()) {
                const double from = run.last().box.bottom();
                const double to = line.box.top();
                const bool tableBetween = std::any_of(page.grids.cbegin(), page.grids.cend(), [&](const TableGrid &grid) {
                    return grid.area.top() >= from - 1 && grid.area.bottom() <= to + 1;
                });
                if (tableBetween)
                    flushRun();
            }
            run.append(line);
        }
        flushRun();
        std::stable_sort(rows.begin(), rows.end(), [](const PendingRow &a, const PendingRow &b) { return a.top < b.top; });

        for (const PendingRow &pending : std::as_const(rows)) {
            LayoutRow row;
            row.page = page.number;
            if (!pending.isTable) {
                row.cells.append(makeCell(pending.cellLines.constFirst(), 1e9, page.number, 0, PdfLineGrouper::Block::Prose));
                placeCarriedMarkers(document, carried, nullptr);
                document.rows.append(row);
                lastGrid = nullptr;
                continue;
            }
            row.isTableRow = true;
            const TableGrid *grid = &page.grids.at(pending.gridIndex);
            const double tolerance = lastGrid != nullptr && lastGrid->ruled && grid->ruled ? 3.0 : 15.0;
            const bool continues = lastGrid != nullptr && (lastGrid == grid || lastGrid->hasSameColumns(*grid, tolerance));
            const bool firstRowOfGrid = lastGrid != grid;
            if (!continues) {
                ++tableCount;
                headerOfTable.append(QStringList());
            }
            lastGrid = grid;
            row.tableIndex = tableCount - 1;
            if (pending.spansTable) {
                LayoutCell cell = makeCell(pending.cellLines.constFirst(), usualGap, page.number, 0);
                cell.spansTable = true;
                row.cells.append(cell);
            } else {
                for (qsizetype column = 0; column < pending.cellLines.size(); ++column)
                    row.cells.append(makeCell(pending.cellLines[column], usualGap, page.number, static_cast<int>(column)));
            }
            const QStringList texts = cellTexts(row);
            if (!continues)
                headerOfTable.last() = texts;
            else if (firstRowOfGrid && texts == headerOfTable[row.tableIndex])
                continue; // the header row repeated at the top of the next page
            placeCarriedMarkers(document, carried, &row);
            document.rows.append(row);
            carried = takeDanglingMarkers(document, document.rows.size() - 1);
        }
    }
    placeCarriedMarkers(document, carried, nullptr);
    return document;
}

} // namespace vigia
