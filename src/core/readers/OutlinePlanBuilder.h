#pragma once

#include "LayoutDocument.h"
#include "model/Plan.h"

#include <QList>

namespace vigia {

// Builds a plan written as an outline under each dimension heading:
// "1. PROBLEMA IDENTIFICADO / 1.1 … / 2. OBJETIVO ESTRATÉGICO / 2.1 … / 3. META / 3.1 …".
// One row per dimension holds all its problems, objectives (indicators) and metas. Marked lines
// are items; an unmarked line continues the item before it when that item is unfinished, and
// is prose otherwise. A roman-numbered section ("III. PROPUESTA DE SEGUIMIENTO") ends the
// dimension.
class OutlinePlanBuilder {
public:
    static QList<Dimension> build(const LayoutDocument &document);
};

} // namespace vigia
