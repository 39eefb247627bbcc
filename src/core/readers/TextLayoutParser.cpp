#include "TextLayoutParser.h"

namespace vigia {

LayoutDocument TextLayoutParser::parse(const QString &text, const QString &fileName)
{
    LayoutDocument document;
    document.fileName = fileName;
    const QStringList lines = text.split(QLatin1Char('\n'));
    int tableIndex = -1;
    bool previousWasTable = false;
    bool afterBlank = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.trimmed().isEmpty()) {
            afterBlank = true;
            continue;
        }
        LayoutRow row;
        row.sourceLine = static_cast<int>(i + 1);
        const bool table = line.contains(QLatin1Char('\t'));
        const QStringList fragments = table ? line.split(QLatin1Char('\t')) : QStringList{line};
        for (qsizetype c = 0; c < fragments.size(); ++c) {
            LayoutCell cell;
            cell.column = static_cast<int>(c);
            if (!fragments[c].trimmed().isEmpty()) {
                LayoutLine layoutLine;
                layoutLine.text = fragments[c];
                layoutLine.sourceLine = row.sourceLine;
                // Prose after a blank line starts a paragraph.
                layoutLine.startsParagraph = afterBlank && !table;
                cell.lines << layoutLine;
            }
            row.cells << cell;
        }
        if (table) {
            if (!previousWasTable)
                ++tableIndex;
            row.isTableRow = true;
            row.tableIndex = tableIndex;
        }
        previousWasTable = table;
        afterBlank = false;
        document.rows << row;
    }
    return document;
}

} // namespace vigia
