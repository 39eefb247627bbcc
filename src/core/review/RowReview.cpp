#include "RowReview.h"

#include "readers/LayoutPatterns.h"
#include "readers/ProposalCards.h"

namespace vigia::RowReview {
namespace {

int kindsFilled(const Row &row)
{
    int kinds = 0;
    for (const ItemKind kind : allItemKinds)
        kinds += !row.items(kind).isEmpty();
    return kinds;
}

// What is usual in the plan, against which a row stands out.
struct PlanShape {
    // Most rows hold more than one kind of item (a table of problems, objectives and metas), so a
    // row with one kind only is missing something.
    bool severalKinds = false;
    // Many items are printed in capitals: then capitals do not mark a heading.
    bool capitalsCommon = false;
};

PlanShape shapeOf(const Plan &plan)
{
    int rows = 0;
    int several = 0;
    int items = 0;
    int capitals = 0;
    for (const Dimension &dimension : plan.dimensions) {
        for (const Row &row : dimension.rows) {
            ++rows;
            several += kindsFilled(row) > 1;
            for (const ItemKind kind : allItemKinds) {
                for (const Item &item : row.items(kind)) {
                    ++items;
                    capitals += LayoutPatterns::isUpperCase(item.text);
                }
            }
        }
    }
    return {rows > 0 && several * 4 >= rows * 3, capitals * 4 > items};
}


// A field's label with nothing after it ("PROPUESTAS:", "Metas"), where an item should be.
bool isLabelAlone(const QString &text)
{
    if (ProposalCards::blockLabel(text))
        return true;
    const std::optional<ProposalCards::Field> field = ProposalCards::field(text);
    return field && field->text.trimmed().isEmpty();
}

// The title of a titled proposal (plan-gold v2): the row's first objective, with metas or
// indicators under it. Printed in capitals or closed by a colon as a heading is.
bool isRowTitle(const Row &row, ItemKind kind, qsizetype index)
{
    return kind == ItemKind::Objective && index == 0
        && (!row.items(ItemKind::Target).isEmpty() || !row.items(ItemKind::Indicator).isEmpty());
}

QList<ReviewFinding> findingsFor(const Plan &plan, int dimension, int row, const PlanShape &shape)
{
    QList<ReviewFinding> found;
    const Row &data = plan.dimensions.at(dimension).rows.at(row);
    for (const ItemKind kind : allItemKinds) {
        const QList<Item> &items = data.items(kind);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString text = items[i].text.trimmed();
            const bool title = isRowTitle(data, kind, i);
            const bool label = isLabelAlone(text);
            if (label || (!title && (text.endsWith(u':') || (!shape.capitalsCommon && LayoutPatterns::isUpperCase(text) && text.size() <= 80))))
                found.append({ReviewReason::HeadingLike, kind, static_cast<int>(i)});
            if (!label && ((!title && text.split(u' ', Qt::SkipEmptyParts).size() <= 1) || LayoutPatterns::startsLowerCase(text)))
                found.append({ReviewReason::Fragment, kind, static_cast<int>(i)});
            if (text.size() > joinedLength)
                found.append({ReviewReason::Joined, kind, static_cast<int>(i)});
            if (items[i].source.ocrConfidence >= 0 && items[i].source.ocrConfidence < unsureOcrConfidence)
                found.append({ReviewReason::UnsureReading, kind, static_cast<int>(i)});
        }
    }
    if (shape.severalKinds && kindsFilled(data) == 1)
        found.append({ReviewReason::Incomplete, std::nullopt, -1});
    return found;
}

QList<ReviewReason> reasonsOf(const QList<ReviewFinding> &findings)
{
    QList<ReviewReason> reasons;
    for (const ReviewFinding &finding : findings) {
        if (!reasons.contains(finding.reason))
            reasons.append(finding.reason);
    }
    return reasons;
}

} // namespace

QList<ReviewFinding> findings(const Plan &plan, int dimension, int row)
{
    if (dimension < 0 || dimension >= plan.dimensions.size() || row < 0 || row >= plan.dimensions[dimension].rows.size())
        return {};
    return findingsFor(plan, dimension, row, shapeOf(plan));
}

QList<ReviewReason> reasons(const Plan &plan, int dimension, int row)
{
    return reasonsOf(findings(plan, dimension, row));
}

QList<RowReviewEntry> assess(const Plan &plan)
{
    const PlanShape shape = shapeOf(plan);
    QList<RowReviewEntry> entries;
    for (int d = 0; d < plan.dimensions.size(); ++d) {
        for (int r = 0; r < plan.dimensions[d].rows.size(); ++r) {
            QList<ReviewFinding> found = findingsFor(plan, d, r, shape);
            if (!found.isEmpty())
                entries.append({d, r, plan.dimensions[d].rows[r].id, reasonsOf(found), found});
        }
    }
    return entries;
}

QString reasonId(ReviewReason reason)
{
    switch (reason) {
    case ReviewReason::HeadingLike: return QStringLiteral("heading-like");
    case ReviewReason::Fragment: return QStringLiteral("fragment");
    case ReviewReason::Joined: return QStringLiteral("joined");
    case ReviewReason::Incomplete: return QStringLiteral("incomplete");
    case ReviewReason::UnsureReading: return QStringLiteral("unsure-reading");
    }
    return {};
}

QString reasonDescription(ReviewReason reason)
{
    switch (reason) {
    case ReviewReason::HeadingLike: return QStringLiteral("an item looks like a heading or a label (capitals, a closing colon), not a proposal");
    case ReviewReason::Fragment: return QStringLiteral("an item looks like a piece of another (a single word, or lower case first)");
    case ReviewReason::Joined: return QStringLiteral("an item is very long: several items may have been read as one");
    case ReviewReason::Incomplete: return QStringLiteral("one kind of item only, where most rows have several");
    case ReviewReason::UnsureReading: return QStringLiteral("an item was read by OCR from a scanned page and the OCR was unsure of its words: compare it with the page");
    }
    return {};
}

} // namespace vigia::RowReview
