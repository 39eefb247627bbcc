#include "WhitespaceTableDetector.h"

#include <QRegularExpression>

#include "PdfLineGrouper.h"

#include <algorithm>
#include <optional>
#include <cmath>

namespace vigia {

namespace {

constexpr int minimumMultiColumnLines = 3;
constexpr double minimumGapWidth = 5.0;

int segmentCount(const PdfTextLine &line)
{
    return PdfLineGrouper::segmentCount(line);
}

struct Gap {
    double left = 0;
    double right = 0;
};

// The gaps between the parts of a line (see segmentCount).
QList<Gap> gapsBetweenSegments(const PdfTextLine &line)
{
    QList<Gap> gaps;
    for (qsizetype i = 1; i < line.words.size(); ++i) {
        const double left = line.words[i - 1].box.right();
        const double right = line.words[i].box.left();
        if (right - left > 0.9 * line.height())
            gaps.append({left, right});
    }
    return gaps;
}

// The column gaps left once `line` is added to the table: each gap narrowed to the widest part
// that no word of the line covers. Empty when the line closes one of the gaps.
std::optional<QList<Gap>> narrowedGaps(const QList<Gap> &gaps, const PdfTextLine &line)
{
    QList<Gap> result;
    for (const Gap &gap : gaps) {
        QList<Gap> pieces{gap};
        for (const PdfWord &word : line.words) {
            QList<Gap> next;
            for (const Gap &piece : std::as_const(pieces)) {
                if (word.box.right() <= piece.left || word.box.left() >= piece.right) {
                    next.append(piece);
                    continue;
                }
                if (word.box.left() > piece.left)
                    next.append({piece.left, word.box.left()});
                if (word.box.right() < piece.right)
                    next.append({word.box.right(), piece.right});
            }
            pieces = next;
        }
        const auto widest = std::max_element(pieces.cbegin(), pieces.cend(), [](const Gap &a, const Gap &b) {
            return a.right - a.left < b.right - b.left;
        });
        if (widest == pieces.cend() || widest->right - widest->left < minimumGapWidth)
            return std::nullopt;
        result.append(*widest);
    }
    return result;
}

// A list marker, or a section number in roman numerals ("XI.", "IV)").
bool isMarkerWord(const QString &text)
{
    static const QRegularExpression roman(QStringLiteral(R"(^[IVXLC]{1,6}[.)]$)"));
    return PdfLineGrouper::startsWithListMarker(text) || roman.match(text).hasMatch();
}

// A column holding nothing but list markers or section numbers is the hanging indent of a list or
// an outline ("XI." / "11.1" before the headings), not a table column.
bool hasOnlyMarkersInAColumn(const TableGrid &grid, const QList<PdfTextLine> &lines)
{
    QList<bool> onlyMarkers(grid.columnCount(), true);
    QList<bool> used(grid.columnCount(), false);
    for (const PdfTextLine &line : lines) {
        for (const PdfWord &word : line.words) {
            const int column = grid.columnAt(word.box.center().x());
            used[column] = true;
            onlyMarkers[column] = onlyMarkers[column] && isMarkerWord(word.text);
        }
    }
    for (int column = 0; column < grid.columnCount(); ++column) {
        if (used[column] && onlyMarkers[column])
            return true;
    }
    return false;
}

} // namespace

QList<TableGrid> WhitespaceTableDetector::detect(const QList<PdfWord> &words, const QList<QRectF> &filledAreas, double usualLineGap) const
{
    const QList<PdfTextLine> lines = PdfLineGrouper::groupIntoLines(words);
    QList<TableGrid> grids;
    qsizetype i = 0;
    while (i < lines.size()) {
        if (segmentCount(lines[i]) < 2) {
            ++i;
            continue;
        }
        // A run starting at a multi-column line, going on while each line keeps every column gap
        // open and follows closely (a wide gap followed by a lone line ends the table). The
        // first lines may still drop a gap (a wide space inside a cell).
        QList<Gap> gaps = gapsBetweenSegments(lines[i]);
        qsizetype end = i + 1;
        qsizetype lastMulti = i;
        int multiCount = 1;
        while (end < lines.size()) {
            const bool multi = segmentCount(lines[end]) >= 2;
            const double gap = lines[end].box.top() - lines[end - 1].box.bottom();
            if (!multi && gap > 2.5 * lines[end].height())
                break;
            std::optional<QList<Gap>> narrowed = narrowedGaps(gaps, lines[end]);
            if (!narrowed && end - i < 3) {
                QList<Gap> kept;
                for (const Gap &columnGap : std::as_const(gaps)) {
                    if (const auto piece = narrowedGaps({columnGap}, lines[end]))
                        kept += *piece;
                }
                if (!kept.isEmpty())
                    narrowed = kept;
            }
            if (!narrowed)
                break;
            gaps = *narrowed;
            if (multi) {
                lastMulti = end;
                ++multiCount;
            }
            ++end;
        }
        if (multiCount < minimumMultiColumnLines) {
            i = lastMulti + 1;
            continue;
        }
        // Trailing single-column lines after a wide gap are not part of the table.
        qsizetype last = end - 1;
        while (last > lastMulti && lines[last].box.top() - lines[last - 1].box.bottom() > 2 * lines[last].height())
            --last;
        const QList<PdfTextLine> run = lines.mid(i, last - i + 1);
        QRectF area;
        QList<double> wordHeights;
        for (const PdfTextLine &line : run) {
            area = area.isNull() ? line.box : area.united(line.box);
            for (const PdfWord &word : line.words)
                wordHeights.append(word.box.height());
        }
        std::nth_element(wordHeights.begin(), wordHeights.begin() + wordHeights.size() / 2, wordHeights.end());
        const double lineHeight = wordHeights[wordHeights.size() / 2];
        TableGrid grid;
        grid.ruled = false;
        grid.area = area.adjusted(-1, -1, 1, 1);
        grid.columnEdges.append(grid.area.left());
        for (const Gap &gap : gaps) {
            if (gap.left > area.left() && gap.right < area.right())
                grid.columnEdges.append((gap.left + gap.right) / 2);
        }
        grid.columnEdges.append(grid.area.right());
        if (grid.columnCount() < 2 || hasOnlyMarkersInAColumn(grid, run)) {
            i = last + 1;
            continue;
        }
        // Rows: cut where the whole table is blank for clearly longer than a paragraph break, and
        // where a background (a header or heading row's shading) begins or ends.
        QList<double> shadingEdges;
        for (const QRectF &fill : filledAreas) {
            if (fill.intersects(grid.area) && fill.width() > 0.1 * grid.area.width())
                shadingEdges << fill.top() << fill.bottom();
        }
        grid.rowEdges.append(grid.area.top());
        double bottomSoFar = run.first().box.bottom();
        for (qsizetype k = 1; k < run.size(); ++k) {
            const double gap = run[k].box.top() - bottomSoFar;
            const double nextTop = run[k].box.top();
            // (A line's box may reach past a shading edge by a little: an OCR line's box is the
            // font's, guessed from its letters.)
            const bool shadingBetween = std::any_of(shadingEdges.cbegin(), shadingEdges.cend(), [&](double y) {
                return y >= bottomSoFar - 0.3 * lineHeight && y <= nextTop + 0.3 * lineHeight;
            });
            if (gap > usualLineGap + 0.5 * lineHeight || (gap > 0 && shadingBetween))
                grid.rowEdges.append((bottomSoFar + run[k].box.top()) / 2);
            bottomSoFar = std::max(bottomSoFar, run[k].box.bottom());
        }
        grid.rowEdges.append(grid.area.bottom());
        const double tableCenter = grid.area.center().x();
        for (int row = 0; row < grid.rowCount(); ++row) {
            const double top = grid.rowEdges[row];
            const double bottom = grid.rowEdges[row + 1];
            QList<const PdfTextLine *> inRow;
            for (const PdfTextLine &line : run) {
                if (line.box.center().y() > top && line.box.center().y() < bottom)
                    inRow.append(&line);
            }
            bool spans = inRow.size() == 1 && segmentCount(*inRow.first()) == 1
                && std::abs(inRow.first()->box.center().x() - tableCenter) < 0.03 * grid.area.width();
            // A shaded band across the table holding one run of text is a heading row; a header
            // row's shading may run across the table too, with a heading over each column.
            const bool oneRunOfText = std::all_of(inRow.cbegin(), inRow.cend(), [](const PdfTextLine *line) { return segmentCount(*line) == 1; });
            spans = spans || (oneRunOfText && std::any_of(filledAreas.cbegin(), filledAreas.cend(), [&](const QRectF &fill) {
                return fill.width() > 0.9 * grid.area.width() && fill.top() <= top + lineHeight && fill.bottom() >= bottom - lineHeight
                    && fill.height() < 3 * lineHeight;
            }));
            grid.dividers.append(QList<bool>(grid.columnCount() - 1, !spans));
        }
        grids.append(grid);
        i = last + 1;
    }
    return grids;
}

} // namespace vigia
