#include "CardPlanBuilder.h"

#include "DimensionSet.h"
#include "LayoutItems.h"
#include "LayoutPatterns.h"
#include "ListMarker.h"
#include "ProposalCards.h"

#include <optional>

namespace vigia {
namespace {

bool startsParagraph(const LayoutRow &row)
{
    return !row.cells.isEmpty() && !row.cells.first().lines.isEmpty() && row.cells.first().lines.first().startsParagraph;
}

// "B. Salud", "C) Educación y Juventud": a lettered heading that groups the cards that follow,
// not an entry of the field before it (entries are bullets or numbers, and sentences).
bool isSubHeading(const ListMarker &marker, const QString &text)
{
    return marker.text.size() <= 3 && marker.text.at(0).isUpper() && marker.number < 0 && !text.isEmpty() && text.size() <= 80
           && !LayoutPatterns::endsSentence(text);
}

} // namespace

bool CardPlanBuilder::isCardDocument(const LayoutDocument &document)
{
    int cards = 0;
    int fields = 0;
    // List entries under a dimension before its first card: a plan whose dimensions hold lists of
    // their own (more than one entry for every four cards), with titled proposals besides, is a
    // narrative plan.
    int entriesOutsideCards = 0;
    bool inDimension = false;
    bool cardInDimension = false;
    for (const LayoutRow &row : document.rows) {
        const QString cleaned = LayoutPatterns::cleanText(row.text(u" "));
        if (LayoutPatterns::dimensionHeading(cleaned)) {
            inDimension = true;
            cardInDimension = false;
        } else if (ProposalCards::title(cleaned)) {
            ++cards;
            cardInDimension = true;
        } else if (const auto field = ProposalCards::field(cleaned); field && field->kind) {
            ++fields;
        } else if (inDimension && !cardInDimension && ListMarker::atStart(cleaned)) {
            ++entriesOutsideCards;
        }
    }
    return cards >= 2 && fields >= cards && entriesOutsideCards * 4 <= cards;
}

QList<Dimension> CardPlanBuilder::build(const LayoutDocument &document)
{
    DimensionSet dimensions;
    Row *row = nullptr;                // the open card
    std::optional<ItemKind> fieldKind; // the field lines go to; none: lines are skipped
    bool inField = false;              // a field (item or not) is open
    qsizetype fieldItems = 0;          // items the open field has given
    bool inTitle = false;              // the card's title may wrap onto the next lines

    for (const LayoutRow &layoutRow : document.rows) {
        const QString cleaned = LayoutPatterns::cleanText(layoutRow.text(u" "));
        const DimensionSet::LineRole role = dimensions.follow(cleaned);
        if (role == DimensionSet::LineRole::Section) {
            row = nullptr;
            inField = false;
        }
        if (role != DimensionSet::LineRole::Content)
            continue;
        if (const auto title = ProposalCards::title(cleaned)) {
            if (!dimensions.hasCurrent())
                continue; // cards before the first dimension are no items (RULES v2)
            row = LayoutItems::openRow(dimensions.current(), LayoutItems::fromRow(*title, QString(), layoutRow));
            inField = false;
            inTitle = true;
            continue;
        }
        if (!row)
            continue;
        if (const auto field = ProposalCards::field(cleaned)) {
            inField = true;
            inTitle = false;
            fieldKind = field->kind;
            fieldItems = 0;
            if (fieldKind && !field->text.isEmpty()) {
                row->items(*fieldKind) << LayoutItems::fromRow(field->text, QString(), layoutRow);
                ++fieldItems;
            }
            continue;
        }
        if (inTitle) {
            // "DSC1: Reducir la incidencia delictiva … entre la / Población Organizada, …":
            // an unfinished title goes on over the lines before the first field.
            Item &titleItem = row->items(ItemKind::Objective).first();
            if (!LayoutPatterns::endsSentence(titleItem.text) && !ListMarker::atStart(cleaned)) {
                LayoutItems::append(titleItem, cleaned, layoutRow);
                continue;
            }
            inTitle = false;
        }
        if (!inField || !fieldKind)
            continue;
        QList<Item> &items = row->items(*fieldKind);
        const auto marker = ListMarker::atStart(cleaned);
        if (marker && isSubHeading(*marker, cleaned.mid(marker->length).trimmed())) {
            inField = false; // "B. Salud": the next group of cards
            continue;
        }
        if (marker) {
            // A list in a field: one item per entry.
            const QString text = cleaned.mid(marker->length).trimmed();
            if (text.size() >= 2) {
                items << LayoutItems::fromRow(text, marker->text, layoutRow);
                ++fieldItems;
            }
            continue;
        }
        // The field's first line, or a new paragraph after a finished sentence: an item of its own
        // (a field of several objectives, written as paragraphs).
        if (fieldItems == 0 || (startsParagraph(layoutRow) && LayoutPatterns::endsSentence(items.last().text))) {
            items << LayoutItems::fromRow(cleaned, QString(), layoutRow);
            ++fieldItems;
            continue;
        }
        LayoutItems::append(items.last(), cleaned, layoutRow);
    }
    return dimensions.take();
}

} // namespace vigia
