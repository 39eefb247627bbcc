#pragma once

#include "LayoutDetector.h"
#include "LayoutDocument.h"
#include "PlanReader.h"

namespace vigia {

// Turns a layout document (from the text, Markdown or PDF reader) into a plan: detects the
// layout, builds the dimensions and rows with the matching builder (table, outline, narrative),
// reads the metadata and reports merges across page breaks. Fails with Failure::NotAPlan when
// the document has no dimensions or proposal rows. Leaves sourceSha256 to the caller.
class PlanBuilder {
public:
    static ReadResult build(const LayoutDocument &document, LayoutSource source);
};

} // namespace vigia
