#include "NarrativePlanBuilder.h"

#include "DimensionSet.h"
#include "ItemSplitter.h"
#include "LayoutItems.h"
#include "LayoutPatterns.h"
#include "ListMarker.h"

#include <QRegularExpression>

#include <optional>

namespace vigia {

namespace {

bool isProposalMarker(const ListMarker &marker)
{
    // "1.", "2)", "A.", "b)": a proposal; "-", "•", "1.1": a bullet or a sub-item.
    const QChar first = marker.text.at(0);
    if (!first.isLetterOrNumber())
        return false;
    static const QRegularExpression subNumber(QStringLiteral(R"(\d\.\d)"));
    return !marker.text.contains(subNumber);
}

bool looksLikeHeading(const QString &title)
{
    return LayoutPatterns::isUpperCase(title) || !LayoutPatterns::endsSentence(title);
}

} // namespace

QList<Dimension> NarrativePlanBuilder::build(const LayoutDocument &document)
{
    DimensionSet dimensions;
    Row *row = nullptr;             // the open proposal
    bool rowIsHeading = false;      // its title is a heading, not a sentence
    bool metasFromParagraphs = false;
    std::optional<Item> candidate;  // an un-numbered capitals heading that may introduce bullets

    for (const LayoutRow &layoutRow : document.rows) {
        const QString cleaned = LayoutPatterns::cleanText(layoutRow.text(u" "));
        const DimensionSet::LineRole role = dimensions.follow(cleaned);
        if (role == DimensionSet::LineRole::Section) {
            row = nullptr;
            candidate.reset();
        }
        if (role != DimensionSet::LineRole::Content)
            continue;
        if (!dimensions.hasCurrent())
            continue;

        const auto marker = ListMarker::atStart(cleaned);
        if (marker && isProposalMarker(*marker)) {
            const QString title = cleaned.mid(marker->length).trimmed();
            if (title.isEmpty())
                continue;
            Dimension &dimension = dimensions.current();
            dimension.rows << Row();
            row = &dimension.rows.last();
            row->items(ItemKind::Objective) << LayoutItems::fromRow(title, marker->text, layoutRow);
            rowIsHeading = looksLikeHeading(title);
            metasFromParagraphs = false;
            candidate.reset();
            continue;
        }
        if (marker) {
            const QString text = cleaned.mid(marker->length).trimmed();
            if (text.isEmpty() || text.size() < 2)
                continue; // an empty bullet
            if (!row && candidate) {
                Dimension &dimension = dimensions.current();
                dimension.rows << Row();
                row = &dimension.rows.last();
                row->items(ItemKind::Objective) << *candidate;
                candidate.reset();
            }
            if (!row)
                continue;
            row->items(ItemKind::Target) << LayoutItems::fromRow(text, marker->text, layoutRow);
            metasFromParagraphs = false;
            continue;
        }

        // A line without a marker.
        if (row) {
            QList<Item> &metas = row->items(ItemKind::Target);
            QList<Item> &objectives = row->items(ItemKind::Objective);
            if (!metas.isEmpty() && !metasFromParagraphs
                && (!LayoutPatterns::endsSentence(metas.last().text) || LayoutPatterns::startsLowerCase(cleaned))) {
                SplitItem fragment;
                fragment.item = LayoutItems::fromRow(cleaned, QString(), layoutRow);
                ItemSplitter::join(metas.last(), fragment);
                continue;
            }
            if (metas.isEmpty() && !objectives.isEmpty() && LayoutPatterns::startsLowerCase(cleaned)) {
                SplitItem fragment;
                fragment.item = LayoutItems::fromRow(cleaned, QString(), layoutRow);
                ItemSplitter::join(objectives.last(), fragment);
                continue;
            }
        }
        if (LayoutPatterns::isUpperCase(cleaned) && cleaned.size() <= 150) {
            candidate = LayoutItems::fromRow(cleaned, QString(), layoutRow);
            row = nullptr;
            continue;
        }
        if (cleaned.endsWith(u':'))
            continue; // introduces the list that follows
        if (row && rowIsHeading && (row->items(ItemKind::Target).isEmpty() || metasFromParagraphs)) {
            row->items(ItemKind::Target) << LayoutItems::fromRow(cleaned, QString(), layoutRow);
            metasFromParagraphs = true;
            continue;
        }
        candidate.reset();
    }
    return dimensions.take();
}

} // namespace vigia
