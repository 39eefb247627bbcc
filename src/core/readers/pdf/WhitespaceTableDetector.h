#pragma once

#include "PdfPageContent.h"
#include "TableGrid.h"

namespace vigia {

// Finds tables drawn without rules. A line whose words fall into parts separated by wide gaps
// may start a table; the table grows line by line while every column gap stays open (each gap
// narrowed to what the new line leaves free), and needs at least three such multi-part lines. A
// column of list markers only is a hanging-indent list, not a table. Rows are cut at vertical gaps
// across the whole table that are clearly wider than a paragraph break, and where a background
// shading begins or ends; a lone line centred on the table (or on a background band spanning
// it) is a row spanning the table.
class WhitespaceTableDetector {
public:
    // `words` are the page's words outside ruled tables; `usualLineGap` the document's usual gap
    // between lines of a paragraph.
    QList<TableGrid> detect(const QList<PdfWord> &words, const QList<QRectF> &filledAreas, double usualLineGap) const;
};

} // namespace vigia
