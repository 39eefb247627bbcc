#include "LayoutItems.h"

#include "ItemSplitter.h"
#include "LayoutPatterns.h"

namespace vigia::LayoutItems {

Item fromRow(const QString &text, const QString &marker, const LayoutRow &row)
{
    Item item;
    item.text = text;
    item.marker = marker;
    item.source.line = row.sourceLine;
    item.source.page = row.page;
    for (const LayoutCell &cell : row.cells) {
        for (const LayoutLine &line : cell.lines) {
            if (!line.box.isNull())
                item.source.boxes << line.box;
            item.source.addOcrConfidence(line.ocrConfidence);
        }
    }
    if (item.source.line == 0 && !row.cells.isEmpty() && !row.cells.first().lines.isEmpty())
        item.source.line = row.cells.first().lines.first().sourceLine;
    return item;
}

void append(Item &item, const QString &text, const LayoutRow &row)
{
    SplitItem fragment;
    fragment.item = fromRow(text, QString(), row);
    ItemSplitter::join(item, fragment);
}

bool continues(const Item &previous, const QString &line)
{
    return !LayoutPatterns::endsSentence(previous.text) || LayoutPatterns::startsLowerCase(line);
}

Row *openRow(Dimension &dimension, const Item &objective)
{
    dimension.rows << Row();
    Row *row = &dimension.rows.last();
    row->items(ItemKind::Objective) << objective;
    return row;
}

QList<LayoutLine> linesInReadingOrder(const LayoutRow &row)
{
    QList<LayoutLine> cellByCell;
    for (const LayoutCell &cell : row.cells)
        cellByCell += cell.lines;
    if (row.cells.size() < 2)
        return cellByCell;
    const qsizetype lineCount = row.cells.first().lines.size();
    for (const LayoutCell &cell : row.cells) {
        if (cell.lines.size() != lineCount)
            return cellByCell;
        for (qsizetype i = 0; i < lineCount; ++i) {
            const QRectF &box = cell.lines[i].box;
            const QRectF &first = row.cells.first().lines[i].box;
            if (box.isNull() || qAbs(box.center().y() - first.center().y()) > first.height() / 2)
                return cellByCell;
        }
    }
    QList<LayoutLine> acrossCells;
    for (qsizetype i = 0; i < lineCount; ++i) {
        LayoutLine line = row.cells.first().lines[i];
        for (qsizetype c = 1; c < row.cells.size(); ++c) {
            const LayoutLine &next = row.cells[c].lines[i];
            line.text = (line.text.trimmed() + u' ' + next.text.trimmed()).trimmed();
            line.box = line.box.united(next.box);
        }
        acrossCells << line;
    }
    return acrossCells;
}

QString textInReadingOrder(const LayoutRow &row)
{
    QStringList texts;
    for (const LayoutLine &line : linesInReadingOrder(row))
        texts << line.text;
    return texts.join(u' ');
}

} // namespace vigia::LayoutItems
