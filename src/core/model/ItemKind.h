#pragma once

#include <QString>

#include <array>
#include <optional>

namespace vigia {

// The four kinds of item in a row of a plan's proposal table, in table order.
enum class ItemKind { Problem, Objective, Indicator, Target };

inline constexpr std::array<ItemKind, 4> allItemKinds{ItemKind::Problem, ItemKind::Objective,
                                                      ItemKind::Indicator, ItemKind::Target};

// Stable identifiers used in JSON ("problems", "objectives", "indicators", "metas").
QString itemKindJsonField(ItemKind kind);
// Stable singular identifiers used in storage and search results ("problem", "objective", ...).
QString itemKindId(ItemKind kind);
std::optional<ItemKind> itemKindFromId(const QString &id);

} // namespace vigia
