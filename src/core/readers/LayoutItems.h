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

} // namespace vigia::LayoutItems
