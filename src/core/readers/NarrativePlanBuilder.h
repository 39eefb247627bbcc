#pragma once

#include "LayoutDocument.h"
#include "model/Plan.h"

#include <QList>

namespace vigia {

// Builds a narrative plan: numbered proposals with bullet points under dimension headings.
// Each numbered or lettered proposal ("1. …", "A. …") is a row: its title (with any text on the
// same line) is the objective, its bullets are the metas. An un-numbered heading in capitals
// that introduces bullets is a row too; one followed by numbered proposals or prose is a group
// heading and not a row. Under a proposal whose title is a heading (no closing period), a plain
// paragraph is a meta unless it introduces a list (ends with ":"). An unmarked line continues
// the item before it when that item is unfinished or the line starts in lower case. Empty
// bullets, page furniture and introductions are not items. A roman-numbered section closes the
// dimension.
class NarrativePlanBuilder {
public:
    static QList<Dimension> build(const LayoutDocument &document);
};

} // namespace vigia
