#include "OutlinePlanBuilder.h"

#include "DimensionSet.h"
#include "ItemSplitter.h"
#include "LayoutDetector.h"
#include "LayoutItems.h"
#include "LayoutPatterns.h"
#include "ListMarker.h"

namespace vigia {

QList<Dimension> OutlinePlanBuilder::build(const LayoutDocument &document)
{
    DimensionSet dimensions;
    int section = -1;
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
            continue;
        }
        if (section < 0)
            continue;
        const QList<LayoutLine> lines = LayoutItems::linesInReadingOrder(row);
        QList<Item> &items = dimensions.current().rows.last().items(static_cast<ItemKind>(section));
        // A section whose items carry no markers: every line is an item.
        bool sectionHasMarkers = false;
        for (const Item &item : items)
            sectionHasMarkers = sectionHasMarkers || !item.marker.isEmpty();
        if (items.isEmpty())
            sectionHasMarkers = ListMarker::atStart(cleaned).has_value();
        for (const SplitItem &split : ItemSplitter::split(lines)) {
            if (split.hasMarker || !sectionHasMarkers)
                items << split.item;
            else if (!items.isEmpty()
                     && LayoutItems::continues(items.last(), split.item.text))
                ItemSplitter::join(items.last(), split);
        }
    }
    return dimensions.take();
}

} // namespace vigia
