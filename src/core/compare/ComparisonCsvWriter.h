#pragma once

#include "PlanComparison.h"

#include <QByteArray>

namespace vigia::ComparisonCsvWriter {

// The comparison as one CSV table (RFC 4180, UTF-8, CRLF line ends), one column per plan after
// "section, dimension, topic, kind, score":
// - "topic" rows: a topic and the number of items of each plan in it;
// - "alignment" rows: a line of the side-by-side view (item texts; an empty cell is a gap);
// - "similar" rows: a similar pair (the two texts in their plans' columns) with its score;
// - "measurability" rows: per level ("measurable", "partly", "not") the share of each plan's metas,
//   for the whole plan (empty dimension) and per dimension.
QByteArray write(const PlanComparison &comparison);

} // namespace vigia::ComparisonCsvWriter
