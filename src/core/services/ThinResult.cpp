#include "ThinResult.h"

#include "readers/PlanLayout.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vigia {

namespace {

// Layouts whose documents give every row a problem (a column or an outline heading).
bool layoutHasProblems(const QString &layout)
{
    return layout == PlanLayout::table() || layout == PlanLayout::summaryTable() || layout == PlanLayout::markdownTable()
        || layout == PlanLayout::linearTable() || layout == PlanLayout::outline();
}

} // namespace

bool ThinResult::looksLikeHeading(const QString &text)
{
    const QString simplified = text.simplified();
    static const QRegularExpression figure(QStringLiteral("\\d"));
    if (simplified.isEmpty() || simplified.contains(figure) || simplified.split(u' ').size() > 6)
        return false;
    if (simplified.endsWith(u':'))
        return true;
    int letters = 0;
    int capitals = 0;
    for (const QChar c : simplified) {
        if (c.isLetter()) {
            ++letters;
            capitals += c.isUpper() ? 1 : 0;
        }
    }
    // Three letters at least: "A." is a list marker's leftover, not a heading.
    return letters >= 3 && capitals * 5 >= letters * 4;
}

QStringList ThinResult::warnings(const Plan &plan, int pageCount)
{
    QStringList warnings;
    const qsizetype rows = plan.rowCount();
    if (pageCount >= minimumPagesJudged && rows * pagesPerRow < pageCount) {
        warnings << QCoreApplication::translate("ThinResult", "only %1 rows for %2 pages: the reader may have missed part of the plan; check it against the document")
                        .arg(rows)
                        .arg(pageCount);
    }
    if (rows > 0 && plan.itemCount(ItemKind::Problem) == 0 && layoutHasProblems(plan.layout))
        warnings << QCoreApplication::translate("ThinResult", "no problem was read, though the plan's layout gives each row one: check whether the problems were read as something else");
    QStringList headings;
    for (const Dimension &dimension : plan.dimensions) {
        for (const Row &row : dimension.rows) {
            for (const Item &meta : row.items(ItemKind::Target)) {
                if (looksLikeHeading(meta.text))
                    headings << meta.text.simplified();
            }
        }
    }
    if (headings.size() >= headingMetasWarned) {
        warnings << QCoreApplication::translate("ThinResult", "%1 metas read like headings (“%2”…): check whether the reader took titles for metas")
                        .arg(headings.size())
                        .arg(headings.mid(0, 3).join(QStringLiteral("”, “")));
    }
    return warnings;
}

} // namespace vigia
