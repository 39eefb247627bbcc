#include "OutlinePlanBuilder.h"

#include "DimensionSet.h"
#include "ItemSplitter.h"
#include "LayoutDetector.h"
#include "LayoutItems.h"
#include "LayoutPatterns.h"
#include "ListMarker.h"

namespace vigia {

namespace {

// How much taller than a section's items a line is set when it is a heading.
constexpr double headingHeightRatio = 1.2;

double heightOfFirstLine(const QList<LayoutLine> &lines)
{
    return lines.isEmpty() || lines.first().box.isNull() ? 0 : lines.first().box.height();
}

} // namespace

QList<Dimension> OutlinePlanBuilder::build(const LayoutDocument &document)
{
    DimensionSet dimensions;
    int section = -1;
    double itemHeight = 0; // the printed height of the current section's first item, 0 when unknown
    for (const LayoutRow &row : document.rows) {
        const QString cleaned = LayoutPatterns::cleanText(row.text(u" "));
        if (const auto name = LayoutPatterns::dimensionHeading(cleaned)) {
            Dimension &dimension = dimensions.open(*name);
            if (dimension.rows.isEmpty())
                dimension.rows << Row();
            section = -1;
            continue;
        }
        if (LayoutPatterns::isFurniture(cleaned))
            continue;
        if (LayoutPatterns::isRomanHeading(cleaned)) {
            dimensions.close();
            section = -1;
            continue;
        }
        if (!dimensions.hasCurrent())
            continue;
        const int rowSection = LayoutDetector::outlineSection(cleaned);
        if (rowSection >= 0) {
            section = rowSection;
            itemHeight = 0;
            continue;
        }
        if (section < 0)
            continue;
        const QList<LayoutLine> lines = LayoutItems::linesInReadingOrder(row);
        // A line in capitals set larger than the section's items is a heading of the document's
        // own, not an item: the section ends ("III. PROPUESTA DE SEGUIMIENTO" after the metas, its
        // numeral read by OCR as "11.").
        if (itemHeight > 0 && heightOfFirstLine(lines) >= headingHeightRatio * itemHeight && LayoutPatterns::isUpperCase(cleaned)) {
            section = -1;
            continue;
        }
        QList<Item> &items = dimensions.current().rows.last().items(static_cast<ItemKind>(section));
        // A section whose items carry no markers: every line is an item.
        bool sectionHasMarkers = false;
        for (const Item &item : items)
            sectionHasMarkers = sectionHasMarkers || !item.marker.isEmpty();
        if (items.isEmpty())
            sectionHasMarkers = ListMarker::atStart(cleaned).has_value();
        for (const SplitItem &split : ItemSplitter::split(lines)) {
            if (split.hasMarker || !sectionHasMarkers) {
                if (itemHeight <= 0)
                    itemHeight = heightOfFirstLine(split.lines);
                items << split.item;
            }
            else if (!items.isEmpty()
                     && LayoutItems::continues(items.last(), split.item.text))
                ItemSplitter::join(items.last(), split);
        }
    }
    return dimensions.take();
}

} // namespace vigia
