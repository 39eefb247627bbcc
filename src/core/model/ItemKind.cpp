#include "ItemKind.h"

namespace vigia {

QString itemKindJsonField(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Problem: return QStringLiteral("problems");
    case ItemKind::Objective: return QStringLiteral("objectives");
    case ItemKind::Indicator: return QStringLiteral("indicators");
    case ItemKind::Target: return QStringLiteral("metas");
    }
    return {};
}

QString itemKindId(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Problem: return QStringLiteral("problem");
    case ItemKind::Objective: return QStringLiteral("objective");
    case ItemKind::Indicator: return QStringLiteral("indicator");
    case ItemKind::Target: return QStringLiteral("target");
    }
    return {};
}

std::optional<ItemKind> itemKindFromId(const QString &id)
{
    for (ItemKind kind : allItemKinds) {
        if (id == itemKindId(kind) || id == itemKindJsonField(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace vigia
