#pragma once

#include <QString>

namespace vigia {

// Turns what a person typed into a safe FTS5 MATCH expression: every word becomes a quoted
// string (so no FTS5 operator, column filter or syntax error can come from the input), words are
// ANDed, and the last word matches as a prefix for type-ahead. Words with no letter or digit are
// dropped. Returns an empty string when nothing searchable is left.
class SearchExpression {
public:
    static QString fromUserText(const QString &text);
};

} // namespace vigia
