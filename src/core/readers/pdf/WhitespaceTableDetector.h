#pragma once

#include "PdfPageContent.h"
#include "TableGrid.h"

namespace vigia {

// Finds tables drawn without rules. Lines whose words fall into several groups separated by wide
// gaps suggest columns; the x ranges that no word of those lines covers are the column gaps. A
// table is a run of consecutive lines (with at least three such multi-column lines) none of
// whose words crosses a gap. Its rows are cut at vertical gaps across the whole table that are
// clearly wider than the gap between paragraphs would be; a lone line centred on the table (or
// on a background band spanning it) is a row spanning the table.
class WhitespaceTableDetector {
public:
    // `words` are the page's words outside ruled tables; `usualLineGap` the document's usual gap
    // between lines of a paragraph.
    QList<TableGrid> detect(const QList<PdfWord> &words, const QList<QRectF> &filledAreas, double usualLineGap) const;
};

} // namespace vigia
