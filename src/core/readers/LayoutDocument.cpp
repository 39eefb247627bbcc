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

QString LayoutDocument::describe() const
{
    QString out;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const LayoutRow &row = rows[r];
        out += QStringLiteral("row %1").arg(r);
        if (row.page > 0)
            out += QStringLiteral(" page %1").arg(row.page);
        if (row.sourceLine > 0)
            out += QStringLiteral(" line %1").arg(row.sourceLine);
        if (row.isTableRow)
            out += QStringLiteral(" table %1").arg(row.tableIndex);
        out += u'\n';
        for (const LayoutCell &cell : row.cells) {
            out += QStringLiteral("  cell %1%2\n").arg(cell.column).arg(cell.spansTable ? QStringLiteral(" spanning") : QString());
            for (const LayoutLine &line : cell.lines) {
                out += QStringLiteral("    ");
                if (!line.box.isNull())
                    out += QStringLiteral("%1,%2 %3x%4 ")
                               .arg(line.box.x(), 0, 'f', 1)
                               .arg(line.box.y(), 0, 'f', 1)
                               .arg(line.box.width(), 0, 'f', 1)
                               .arg(line.box.height(), 0, 'f', 1);
                out += line.startsParagraph ? QStringLiteral("\u00b6 ") : QStringLiteral("  ");
                out += line.text + u'\n';
            }
        }
    }
    return out;
}

} // namespace vigia
