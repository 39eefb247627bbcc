#pragma once

#include "PlanComparison.h"

#include <QString>

namespace vigia::ComparisonHtmlWriter {

// The comparison as one self-contained HTML page (inline CSS; no scripts, fonts, images or links to
// other files), in Spanish: the plans, the topic matrix, the measurability of the metas, the
// side-by-side alignment by dimension (gaps marked) and the similar proposals with their scores.
QString write(const PlanComparison &comparison);

} // namespace vigia::ComparisonHtmlWriter
