#include "WhitespaceTableDetector.h"

#include "PdfLineGrouper.h"

#include <algorithm>
#include <cmath>

namespace vigia {

namespace {

constexpr int minimumMultiColumnLines = 3;
constexpr double minimumGapWidth = 5.0;
constexpr double binsPerPoint = 2.0;

// Parts of a line separated by gaps wider than a word space can be.
int segmentCount(const PdfTextLine &line)
{
    int count = 1;
    for (qsizetype i = 1; i < line.words.size(); ++i) {
        if (line.words[i].box.left() - line.words[i - 1].box.right() > 0.9 * line.height())
            ++count;
    }
    return count;
}

struct Gap {
    double left = 0;
    double right = 0;
};

bool crossesGap(const PdfTextLine &line, const QList<Gap> &gaps)
{
    // A word crosses a gap when it covers the gap's middle (words may nibble at its edges).
    for (const PdfWord &word : line.words) {
        for (const Gap &gap : gaps) {
            const double middle = (gap.left + gap.right) / 2;
            if (word.box.left() < middle - 1 && word.box.right() > middle + 1)
                return true;
        }
    }
    return false;
}

QList<Gap> columnGaps(const QList<PdfTextLine> &lines)
{
    double left = 1e9;
    double right = -1e9;
    for (const PdfTextLine &line : lines) {
        left = std::min(left, line.box.left());
        right = std::max(right, line.box.right());
    }
    if (right <= left)
        return {};
    const int width = static_cast<int>(std::ceil((right - left) * binsPerPoint)) + 1;
    QList<int> covered(width, 0);
    for (const PdfTextLine &line : lines) {
        for (const PdfWord &word : line.words) {
            const int from = std::clamp(static_cast<int>(std::floor((word.box.left() - left) * binsPerPoint)), 0, width - 1);
            const int to = std::clamp(static_cast<int>(std::ceil((word.box.right() - left) * binsPerPoint)) - 1, 0, width - 1);
            for (int x = from; x <= to; ++x)
                ++covered[x];
        }
    }
    QList<Gap> gaps;
    int start = -1;
    for (int x = 0; x < width; ++x) {
        if (covered[x] == 0 && start < 0)
            start = x;
        if (covered[x] != 0 && start >= 0) {
            if (x - start >= minimumGapWidth * binsPerPoint)
                gaps.append({left + start / binsPerPoint, left + x / binsPerPoint});
            start = -1;
        }
    }
    return gaps;
}

} // namespace

QList<TableGrid> WhitespaceTableDetector::detect(const QList<PdfWord> &words, const QList<QRectF> &filledAreas, double usualLineGap) const
{
    const QList<PdfTextLine> lines = PdfLineGrouper::groupIntoLines(words);
    QList<PdfTextLine> multiColumn;
    for (const PdfTextLine &line : lines) {
        if (segmentCount(line) >= 2)
            multiColumn.append(line);
    }
    if (multiColumn.size() < minimumMultiColumnLines)
        return {};
    const QList<Gap> gaps = columnGaps(multiColumn);
    if (gaps.isEmpty())
        return {};

    QList<TableGrid> grids;
    qsizetype i = 0;
    while (i < lines.size()) {
        if (segmentCount(lines[i]) < 2 || crossesGap(lines[i], gaps)) {
            ++i;
            continue;
        }
        // A run starting at a multi-column line, going on while lines fit the gaps and follow
        // closely (a wide gap followed by a lone line ends the table).
        qsizetype end = i + 1;
        qsizetype lastMulti = i;
        int multiCount = 1;
        while (end < lines.size() && !crossesGap(lines[end], gaps)) {
            const bool multi = segmentCount(lines[end]) >= 2;
            const double gap = lines[end].box.top() - lines[end - 1].box.bottom();
            if (!multi && gap > 2.5 * lines[end].height())
                break;
            if (multi) {
                lastMulti = end;
                ++multiCount;
            }
            ++end;
        }
        if (multiCount < minimumMultiColumnLines) {
            i = end;
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
        if (grid.columnCount() < 2) {
            i = end;
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
            const bool shadingBetween = std::any_of(shadingEdges.cbegin(), shadingEdges.cend(), [&](double y) {
                return y >= bottomSoFar - 1 && y <= nextTop + 1;
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
            spans = spans || std::any_of(filledAreas.cbegin(), filledAreas.cend(), [&](const QRectF &fill) {
                return fill.width() > 0.9 * grid.area.width() && fill.top() <= top + lineHeight && fill.bottom() >= bottom - lineHeight
                    && fill.height() < 3 * lineHeight;
            });
            grid.dividers.append(QList<bool>(grid.columnCount() - 1, !spans));
        }
        grids.append(grid);
        i = end;
    }
    return grids;
}

} // namespace vigia
