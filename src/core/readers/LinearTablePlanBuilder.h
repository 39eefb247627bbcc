#pragma once

#include "LayoutDocument.h"
#include "model/Plan.h"

#include <QList>

namespace vigia {

// Builds rows from a proposal table that a text extraction wrote out cell after cell, one short
// line per printed line, with the header as a run of capitals lines ("PROBLEMAS" /
// "IDENTIFICADOS" / "OBJETIVOS" / …). The column boundaries are lost, so this is an estimate:
// blocks of lines are separated by blank lines; a row starts with a title (a block opening with
// a capital line continued by lower-case lines, with no closing period) after a finished
// sentence — the problem; the text after it, or the next block, is the objective; the last
// block of the row is the meta and the blocks between are indicators. The plan builder warns
// that the columns were estimated.
class LinearTablePlanBuilder {
public:
    static QList<Dimension> build(const LayoutDocument &document);
};

} // namespace vigia
