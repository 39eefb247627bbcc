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

} // namespace vigia::LayoutItems
