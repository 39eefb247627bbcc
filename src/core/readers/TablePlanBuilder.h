#pragma once

#include "LayoutDocument.h"
#include "model/Plan.h"

#include <QList>

namespace vigia {

// Builds the rows of a plan whose proposals sit in a table (problem | objective | [indicator] |
// meta, with or without a Nº column). Columns are read from the header rows (repeated headers
// after page breaks are skipped); dimension headings may be prose or rows spanning the table.
//
// Rows cut by a page break are merged by numbering continuity:
// - a row with an empty problem cell whose lists continue the numbering (or carry no numbers)
//   continues the previous row;
// - a row with an empty problem cell whose lists restart at 1 is the top part of the NEXT row;
// - in a table whose problem cells (or Nº cells) are numbered, a problem fragment without a
//   marker continues the previous row; so does one starting in lower case, or one after an
//   unfinished problem whose row's other cells go on without the markers the previous row used;
// and inside a continued cell, a first fragment without a marker joins the item it continues.
// A row that repeats the previous row's problem word for word (a cell spanning several rows,
// repeated by the converter) adds its other cells to that row.
class TablePlanBuilder {
public:
    struct Result {
        QList<Dimension> dimensions;
        int mergedRows = 0; // table rows joined to another across a page break
    };
    static Result build(const LayoutDocument &document);
};

} // namespace vigia
