#pragma once

#include "LayoutDocument.h"

#include <QString>

namespace vigia {

// A plain-text conversion of a plan as a layout document: every non-blank line is a row; a line
// with tabs is a table row with one cell per tab-separated fragment (column = its index), any
// other line is a row of prose with one cell. Lines keep their 1-based source line; markup
// inside cells (<p>, <ul>, "-" markers) is left to the item splitter.
class TextLayoutParser {
public:
    static LayoutDocument parse(const QString &text, const QString &fileName);
};

} // namespace vigia
