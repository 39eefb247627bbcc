#include "Plan.h"

namespace vigia {

qsizetype Row::itemCount() const
{
    qsizetype count = 0;
    for (const auto &cell : cells)
        count += cell.size();
    return count;
}

const Item *Row::firstItem(ItemKind *kind) const
{
    for (const ItemKind candidate : allItemKinds) {
        if (!items(candidate).isEmpty()) {
            if (kind)
                *kind = candidate;
            return &items(candidate).constFirst();
        }
    }
    return nullptr;
}

qsizetype Dimension::itemCount() const
{
    qsizetype count = 0;
    for (const Row &row : rows)
        count += row.itemCount();
    return count;
}

qsizetype Plan::rowCount() const
{
    qsizetype count = 0;
    for (const Dimension &dimension : dimensions)
        count += dimension.rows.size();
    return count;
}

qsizetype Plan::itemCount() const
{
    qsizetype count = 0;
    for (const Dimension &dimension : dimensions)
        count += dimension.itemCount();
    return count;
}

qsizetype Plan::itemCount(ItemKind kind) const
{
    qsizetype count = 0;
    for (const Dimension &dimension : dimensions) {
        for (const Row &row : dimension.rows)
            count += row.items(kind).size();
    }
    return count;
}

} // namespace vigia
