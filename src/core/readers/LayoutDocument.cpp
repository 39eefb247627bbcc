#include "LayoutDocument.h"

namespace vigia {

QString LayoutCell::text(QStringView separator) const
{
    QString result;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            result += separator;
        result += lines[i].text;
    }
    return result;
}

bool LayoutCell::isBlank() const
{
    for (const LayoutLine &line : lines) {
        if (!line.text.trimmed().isEmpty())
            return false;
    }
    return true;
}

QString LayoutRow::text(QStringView cellSeparator) const
{
    QString result;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            result += cellSeparator;
        result += cells[i].text(u" ");
    }
    return result;
}

} // namespace vigia
