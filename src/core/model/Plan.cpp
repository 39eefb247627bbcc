#include "Plan.h"

#include <QFileInfo>
#include <QStringList>

namespace vigia {

QString PlanMetadata::displayName(const QString &sourceFileName) const
{
    QStringList parts;
    if (organization.isEmpty() && place.isEmpty() && !sourceFileName.isEmpty())
        parts.append(QFileInfo(sourceFileName).completeBaseName());
    for (const QString &part : {organization, place, period}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.isEmpty() ? sourceFileName : parts.join(QStringLiteral(" · "));
}

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
