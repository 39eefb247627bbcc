#pragma once

#include "PdfPageContent.h"
#include "TableGrid.h"

namespace vigia {

// Finds the ruled tables of a page: groups rules that touch or cross, and turns each group with
// at least two columns into a grid. Column edges are the drawn vertical rules; row edges are
// horizontal rules across most of the table's width, plus the table's top and bottom (a row cut
// by the page break has no bottom rule).
class TableGridDetector {
public:
    QList<TableGrid> detect(const PdfPageContent &page) const;

    static constexpr double tolerance = 2.5; // points: rules this close count as touching or the same
};

} // namespace vigia
