#pragma once

#include "LayoutDocument.h"
#include "model/Plan.h"

#include <QString>

namespace vigia::LayoutItems {

// An item made of the text of one layout row (a line of prose): `text` as it is to be stored,
// the list marker it had, and the row's place in the source (line, page, the boxes of its lines).
Item fromRow(const QString &text, const QString &marker, const LayoutRow &row);

// Appends a continuation line's text and boxes to `item`.
void append(Item &item, const QString &text, const LayoutRow &row);

// Whether an unmarked line continues the item before it: that item is unfinished (no closing
// punctuation) or the line starts in lower case.
bool continues(const Item &previous, const QString &line);

// The lines of a row in reading order, for builders that read rows as running text. A row whose
// cells hold the same number of lines side by side, on the same baselines ("✓ Marías – Chuquis   Mejoramiento de
// carretera" on three lines), reads line by line across the cells; any other row cell by cell.
QList<LayoutLine> linesInReadingOrder(const LayoutRow &row);

// The text of a row's lines in reading order, joined by spaces.
QString textInReadingOrder(const LayoutRow &row);

// A new row at the end of `dimension` with `objective` as its first objective; the row.
Row *openRow(Dimension &dimension, const Item &objective);

} // namespace vigia::LayoutItems
