#pragma once

#include "LayoutDocument.h"

#include <QString>

namespace vigia {

// A Markdown conversion of a plan as a layout document: a pipe-table line ("|a|b|") is a table
// row with one cell per column, each cell cut into lines at <br>; the |---| separator lines are
// dropped; any other non-blank line is a row of prose ("#" heading marks removed). Bold marks and
// other inline markup stay for the plan builder to clean.
class MarkdownLayoutParser {
public:
    static LayoutDocument parse(const QString &text, const QString &fileName);
};

} // namespace vigia
