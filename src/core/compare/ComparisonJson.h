#pragma once

#include "PlanComparison.h"

#include <QJsonObject>

namespace vigia::ComparisonJson {

// The comparison as JSON: "plans", "topics" (per topic the item count of each plan), "pairs" (the
// similar items with their score), "alignment" (per dimension, lines of item ids and texts, null
// for a gap), "measurability" (per plan: counts and shares, overall and per dimension) and "metas"
// (each meta's level, quantity, unit and deadline).
QJsonObject toJson(const PlanComparison &comparison);

} // namespace vigia::ComparisonJson
