#include "LayoutDetector.h"

#include "CardPlanBuilder.h"
#include "LayoutPatterns.h"
#include "PlanLayout.h"
#include "text/TextNormalizer.h"

#include <QRegularExpression>

namespace vigia {

using LayoutPatterns::ColumnRole;

bool LayoutDetector::isTableHeader(const LayoutRow &row)
{
    int roles = 0;
    bool core = false;
    for (const LayoutCell &cell : row.cells) {
        const auto role = LayoutPatterns::headerRole(cell.text());
        if (!role)
            continue;
        ++roles;
        core = core || *role == ColumnRole::Problem || *role == ColumnRole::Objective;
    }
    return roles >= 2 && core;
}

int LayoutDetector::outlineSection(const QString &cleaned)
{
    if (cleaned.size() > 90)
        return -1;
    // Numbered ("1. PROBLEMA IDENTIFICADO"), or a heading line of its own in capitals.
    static const QRegularExpression section(
        QStringLiteral(R"(^(\d{1,2}\s*[.)]?-?\s*)?(problemas?|objetivos?|indicador(?:es)?|metas?)\b)"));
    const QRegularExpressionMatch match = section.match(TextNormalizer::fold(cleaned));
    if (!match.hasMatch())
        return -1;
    if (!match.hasCaptured(1) && (!LayoutPatterns::isUpperCase(cleaned) || cleaned.size() > 60))
        return -1;
    const QString word = match.captured(2);
    if (word.startsWith(u"problema"))
        return 0;
    if (word.startsWith(u"objetivo"))
        return 1;
    if (word.startsWith(u"indicador"))
        return 2;
    return 3;
}

int LayoutDetector::linearHeaderAt(const LayoutDocument &document, qsizetype index, QList<int> *roles)
{
    QList<int> found;
    bool core = false;
    int taken = 0;
    for (qsizetype i = index; i < document.rows.size() && taken < 10; ++i) {
        const LayoutRow &row = document.rows[i];
        if (row.isTableRow && row.cells.size() > 1)
            break;
        const QString cleaned = LayoutPatterns::cleanText(row.text(u" "));
        if (cleaned.size() > 40 || !LayoutPatterns::isUpperCase(cleaned))
            break;
        const auto role = LayoutPatterns::headerRole(cleaned);
        if (taken == 0 && !role)
            return 0;
        if (role) {
            if (*role == ColumnRole::Number)
                break;
            found << static_cast<int>(*role);
            core = core || *role == ColumnRole::Problem || *role == ColumnRole::Objective;
        }
        ++taken;
    }
    // Trailing lines without a role belong to the last header cell only when a role follows.
    if (found.size() < 3 || !core)
        return 0;
    if (roles)
        *roles = found;
    return taken;
}

QString LayoutDetector::detect(const LayoutDocument &document, LayoutSource source)
{
    int headers = 0;
    int dataRowsAfterHeader = 0;
    bool numberColumn = false;
    int problemSections = 0;
    int objectiveSections = 0;
    int dimensions = 0;
    for (const LayoutRow &row : document.rows) {
        if (isTableHeader(row)) {
            ++headers;
            for (const LayoutCell &cell : row.cells) {
                if (LayoutPatterns::headerRole(cell.text()) == ColumnRole::Number)
                    numberColumn = true;
            }
            continue;
        }
        if (headers > 0 && row.isTableRow && row.cells.size() >= 2)
            ++dataRowsAfterHeader;
        const QString cleaned = LayoutPatterns::cleanText(row.text(u" "));
        if (row.cells.size() <= 1 || !row.isTableRow) {
            const int section = outlineSection(cleaned);
            problemSections += section == 0;
            objectiveSections += section == 1;
        }
        if (LayoutPatterns::dimensionHeading(cleaned))
            ++dimensions;
    }
    if (headers > 0 && dataRowsAfterHeader > 0) {
        if (source == LayoutSource::Markdown)
            return PlanLayout::markdownTable();
        return numberColumn ? PlanLayout::summaryTable() : PlanLayout::table();
    }
    // A header written one line per header line comes before an outline, whose section
    // headings are the same words on lines of their own, each followed by its items.
    for (qsizetype i = 0; i < document.rows.size(); ++i) {
        if (linearHeaderAt(document, i) > 0)
            return PlanLayout::linearTable();
    }
    // Cards come before outlines: a card's numbered fields ("5. Problema:", "2. Objetivo a
    // Lograr") read like an outline's section headings.
    if (dimensions > 0 && CardPlanBuilder::isCardDocument(document))
        return PlanLayout::cards();
    if (problemSections > 0 && objectiveSections > 0)
        return PlanLayout::outline();
    if (dimensions > 0)
        return PlanLayout::narrative();
    return {};
}

} // namespace vigia
