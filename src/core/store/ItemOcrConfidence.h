#pragma once

#include "SqliteStatement.h"

#include <algorithm>

namespace vigia::ItemOcrConfidence {

// An item's OCR confidence as the library stores it (items.ocr_confidence, schema step 12): 0–100,
// or NULL for an item read from text, which the model holds as -1.
inline void bind(SqliteStatement &statement, int index, int confidence)
{
    if (confidence < 0)
        statement.bindNull(index);
    else
        statement.bind(index, std::min(confidence, 100));
}

inline int column(const SqliteStatement &statement, int column)
{
    return statement.isNull(column) ? -1 : std::clamp(statement.columnInt(column), 0, 100);
}

} // namespace vigia::ItemOcrConfidence
