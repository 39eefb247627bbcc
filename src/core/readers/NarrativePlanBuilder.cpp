#include "NarrativePlanBuilder.h"

#include "DimensionSet.h"
#include "ItemSplitter.h"
#include "LayoutItems.h"
#include "LayoutPatterns.h"
#include "ListMarker.h"
#include "ProposalCards.h"

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

// In a plan written field by field, a dimension has one row; each list entry under it is an item
// of the section's kind, and an unmarked line continues the last one while it is unfinished.
// Sub-topic headings ("1.1 Educación, Deporte y Recreación") and prose are no items.
void addToFieldRow(Dimension &dimension, ItemKind kind, const QString &cleaned, const LayoutRow &layoutRow)
{
    if (dimension.rows.isEmpty())
        dimension.rows << Row();
    QList<Item> &items = dimension.rows.first().items(kind);
    const auto marker = ListMarker::atStart(cleaned);
    if (!marker) {
        if (!items.isEmpty() && LayoutItems::continues(items.last(), cleaned))
            LayoutItems::append(items.last(), cleaned, layoutRow);
        return;
    }
    const QString text = cleaned.mid(marker->length).trimmed();
    static const QRegularExpression subNumber(QStringLiteral(R"(\d\.\d)"));
    const bool subTopic = marker->text.contains(subNumber) && text.size() <= 60 && !LayoutPatterns::endsSentence(text);
    if (text.size() < 2 || subTopic)
        return;
    items << LayoutItems::fromRow(text, marker->text, layoutRow);
}

} // namespace

QList<Dimension> NarrativePlanBuilder::build(const LayoutDocument &document)
{
    DimensionSet dimensions;
    Row *row = nullptr;             // the open proposal
    bool rowIsHeading = false;      // its title is a heading, not a sentence
    bool metasFromParagraphs = false;
    std::optional<Item> candidate;  // an un-numbered capitals heading that may introduce bullets
    bool inBlock = false;           // the open row has labelled blocks ("Metas", "Estrategia")…
    ItemKind blockKind = ItemKind::Target; // …and entries go to this block
    bool inFieldSection = false;    // a plan written field by field: "II.- OBJETIVOS ESTRATÉGICOS"…
    ItemKind sectionKind = ItemKind::Problem; // …lists this kind, one row per dimension
    bool cardRow = false;           // the open row is a titled proposal ("Objetivo 1: …", "DSC 1: …")…
    bool skipBlock = false;         // …whose open field holds no item ("Presupuesto: …")…
    bool labelledMetas = false;     // …and whose metas are labelled ("Meta 1A: …")

    for (const LayoutRow &layoutRow : document.rows) {
        // A paragraph holding several bullets is read as one line per bullet.
        for (const QString &cleaned : LayoutPatterns::splitAtInlineBullets(LayoutPatterns::cleanText(LayoutItems::textInReadingOrder(layoutRow)))) {
            if (const auto field = ProposalCards::fieldSection(cleaned)) {
                inFieldSection = true;
                sectionKind = *field;
                dimensions.close();
                row = nullptr;
                candidate.reset();
                continue;
            }
            const DimensionSet::LineRole role = dimensions.follow(cleaned);
            if (role == DimensionSet::LineRole::Section) {
                row = nullptr;
                candidate.reset();
                if (!LayoutPatterns::dimensionHeading(cleaned))
                    inFieldSection = false; // another top-level section
            }
            if (role != DimensionSet::LineRole::Content)
                continue;
            if (!dimensions.hasCurrent())
                continue;
            // "Objetivo 1: Reducir la desnutrición", "DSC 1: …": a titled proposal is a row of its
            // own, in a section written field by field too; its labelled fields are its blocks.
            if (const auto title = ProposalCards::title(cleaned)) {
                QString text = *title;
                // "… y vulnerabilidad Meta:": a field label ending the title line opens that field.
                const std::optional<ProposalCards::Field> trailingField = ProposalCards::takeTrailingLabel(text);
                row = LayoutItems::openRow(dimensions.current(), LayoutItems::fromRow(text, QString(), layoutRow));
                cardRow = true;
                rowIsHeading = false;
                metasFromParagraphs = false;
                labelledMetas = false;
                inBlock = trailingField.has_value() && trailingField->kind.has_value();
                skipBlock = trailingField.has_value() && !trailingField->kind;
                if (inBlock)
                    blockKind = *trailingField->kind;
                candidate.reset();
                continue;
            }
            if (row && cardRow) {
                if (const auto field = ProposalCards::field(cleaned)) {
                    skipBlock = !field->kind;
                    inBlock = !skipBlock;
                    if (field->kind) {
                        blockKind = *field->kind;
                        if (!field->text.isEmpty()) {
                            row->items(blockKind) << LayoutItems::fromRow(field->text, QString(), layoutRow);
                            labelledMetas = labelledMetas || blockKind == ItemKind::Target;
                        }
                    }
                    continue;
                }
                // "NUTRICION", "SANEAMIENTO BÁSICO": a sector label between a proposal's fields.
                if (LayoutPatterns::isUpperCase(cleaned) && cleaned.size() <= 40 && !ListMarker::atStart(cleaned))
                    continue;
                if (skipBlock)
                    continue;
                // Entries listed after labelled metas are what measures them: the indicators.
                if (labelledMetas && blockKind == ItemKind::Target && ListMarker::atStart(cleaned))
                    blockKind = ItemKind::Indicator;
            } else {
                cardRow = false;
            }
            if (inFieldSection && !cardRow) {
                addToFieldRow(dimensions.current(), sectionKind, cleaned, layoutRow);
                continue;
            }

            // "Objetivo", "Estrategia.", "Metas": a labelled block of the open row. Once a row has
            // such blocks, the list it began with is its proposals (objectives), not its metas.
            if (const auto label = ProposalCards::blockLabel(cleaned); label && row) {
                if (!inBlock) {
                    row->items(ItemKind::Objective) += row->items(ItemKind::Target);
                    row->items(ItemKind::Target).clear();
                }
                inBlock = true;
                blockKind = *label;
                metasFromParagraphs = false;
                continue;
            }

            const auto marker = ListMarker::atStart(cleaned);
            // "6.1.1 EDUCACIÓN", "6.2.6 SERVICIOS BÁSICOS.": a numbered sub-topic in capitals opens a
            // row of its own (a short one may end with a period; a long one that does is a sentence).
            if (marker && !isProposalMarker(*marker) && marker->text.at(0).isDigit()) {
                const QString title = cleaned.mid(marker->length).trimmed();
                if (LayoutPatterns::isUpperCase(title) && title.size() <= 80 && (!LayoutPatterns::endsSentence(title) || title.size() <= 40)) {
                    row = LayoutItems::openRow(dimensions.current(), LayoutItems::fromRow(title, marker->text, layoutRow));
                    cardRow = false;
                    rowIsHeading = true;
                    metasFromParagraphs = false;
                    inBlock = false;
                    candidate.reset();
                    continue;
                }
            }
            if (marker && isProposalMarker(*marker)) {
                const QString title = cleaned.mid(marker->length).trimmed();
                if (title.isEmpty())
                    continue;
                row = LayoutItems::openRow(dimensions.current(), LayoutItems::fromRow(title, marker->text, layoutRow));
                cardRow = false;
                rowIsHeading = looksLikeHeading(title);
                metasFromParagraphs = false;
                inBlock = false;
                candidate.reset();
                continue;
            }
            if (marker) {
                const QString text = cleaned.mid(marker->length).trimmed();
                if (text.isEmpty() || text.size() < 2)
                    continue; // an empty bullet
                if (!row && candidate) {
                    row = LayoutItems::openRow(dimensions.current(), *candidate);
                    candidate.reset();
                    inBlock = false;
                }
                if (!row)
                    continue;
                row->items(inBlock ? blockKind : ItemKind::Target) << LayoutItems::fromRow(text, marker->text, layoutRow);
                metasFromParagraphs = false;
                continue;
            }

            // An unmarked line in a labelled block: more of its last entry while that is unfinished,
            // else an entry of its own ("Objetivo" / "Mejorar la calidad de la educación.").
            if (row && inBlock && !LayoutPatterns::isUpperCase(cleaned)) {
                QList<Item> &items = row->items(blockKind);
                if (!items.isEmpty() && LayoutItems::continues(items.last(), cleaned))
                    LayoutItems::append(items.last(), cleaned, layoutRow);
                else
                    items << LayoutItems::fromRow(cleaned, QString(), layoutRow);
                continue;
            }

            // A line without a marker.
            if (row) {
                QList<Item> &metas = row->items(ItemKind::Target);
                QList<Item> &objectives = row->items(ItemKind::Objective);
                if (!metas.isEmpty() && !metasFromParagraphs
                    && LayoutItems::continues(metas.last(), cleaned)) {
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
    }
    return dimensions.take();
}

} // namespace vigia
