#include "MarkdownLayoutParser.h"

#include "LayoutPatterns.h"

#include <QRegularExpression>

namespace vigia {

namespace {

QStringList splitPipeRow(const QString &line)
{
    QString body = line.trimmed();
    if (body.startsWith(QLatin1Char('|')))
        body.remove(0, 1);
    if (body.endsWith(QLatin1Char('|')) && !body.endsWith(QStringLiteral("\\|")))
        body.chop(1);
    QStringList cells;
    QString current;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == u'\\' && i + 1 < body.size() && body.at(i + 1) == u'|') {
            current += u'|';
            ++i;
        } else if (c == u'|') {
            cells << current;
            current.clear();
        } else {
            current += c;
        }
    }
    cells << current;
    return cells;
}

} // namespace

LayoutDocument MarkdownLayoutParser::parse(const QString &text, const QString &fileName)
{
    LayoutDocument document;
    document.fileName = fileName;
    static const QRegularExpression lineBreak(QStringLiteral(R"(<\s*br\s*/?\s*>)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression headingMarks(QStringLiteral(R"(^\s*#{1,6}\s+)"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    int tableIndex = -1;
    bool previousWasTable = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const int sourceLine = static_cast<int>(i + 1);
        const bool table = trimmed.startsWith(QLatin1Char('|')) && trimmed.size() > 1;
        if (table && LayoutPatterns::isSeparatorLine(trimmed)) {
            previousWasTable = true;
            continue;
        }
        LayoutRow row;
        row.sourceLine = sourceLine;
        if (table) {
            if (!previousWasTable)
                ++tableIndex;
            row.isTableRow = true;
            row.tableIndex = tableIndex;
            const QStringList cells = splitPipeRow(trimmed);
            for (qsizetype c = 0; c < cells.size(); ++c) {
                LayoutCell cell;
                cell.column = static_cast<int>(c);
                for (const QString &fragment : cells[c].split(lineBreak)) {
                    if (fragment.trimmed().isEmpty())
                        continue;
                    LayoutLine layoutLine;
                    layoutLine.text = fragment.trimmed();
                    layoutLine.sourceLine = sourceLine;
                    cell.lines << layoutLine;
                }
                row.cells << cell;
            }
        } else {
            LayoutCell cell;
            LayoutLine layoutLine;
            layoutLine.text = QString(line).remove(headingMarks);
            layoutLine.sourceLine = sourceLine;
            cell.lines << layoutLine;
            row.cells << cell;
        }
        previousWasTable = table;
        document.rows << row;
    }
    return document;
}

} // namespace vigia
