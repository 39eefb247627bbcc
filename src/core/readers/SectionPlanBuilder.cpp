#include "SectionPlanBuilder.h"

#include "DimensionSet.h"
#include "LayoutItems.h"
#include "LayoutPatterns.h"
#include "ListMarker.h"
#include "model/DimensionNames.h"
#include "text/TextNormalizer.h"

#include <QRegularExpression>

#include <algorithm>

namespace vigia {

std::optional<QString> SectionPlanBuilder::sectionName(const QString &cleaned)
{
    static const QRegularExpression numbered(QStringLiteral(R"(^\d{1,2}(?:\.\d{1,2})?\s*[.)]?\s*-?\s*(\S.*)$)"));
    const QRegularExpressionMatch match = numbered.match(cleaned);
    if (!match.hasMatch())
        return std::nullopt;
    const QString printed = match.captured(1).trimmed();
    static const QRegularExpression closing(QStringLiteral(R"(\s*(?:[:]|\.-|-)\s*$)"));
    const bool announced = closing.match(printed).hasMatch(); // "Vías de comunicación:", "ACCIÓN.-"
    QString title = printed;
    title.remove(closing);
    if (title.size() < 3 || title.size() > 60 || !title.at(0).isUpper() || title.contains(u'.') || title.contains(u':'))
        return std::nullopt;
    const qsizetype words = title.split(u' ', Qt::SkipEmptyParts).size();
    if (!announced && !LayoutPatterns::isUpperCase(title) && words > 6)
        return std::nullopt;
    return DimensionNames::canonical(title);
}

bool SectionPlanBuilder::isFrontMatter(const QString &name)
{
    // What a plan says about itself and its party before its proposals.
    static const QStringList openings{QStringLiteral("presentacion"), QStringLiteral("introduccion"), QStringLiteral("antecedentes"),
                                      QStringLiteral("resena"), QStringLiteral("metodologia"), QStringLiteral("principios"),
                                      QStringLiteral("valores"), QStringLiteral("mision"), QStringLiteral("vision"),
                                      QStringLiteral("objetivos del plan"), QStringLiteral("objetivo general del plan")};
    const QString folded = TextNormalizer::fold(name);
    return std::any_of(openings.cbegin(), openings.cend(), [&](const QString &opening) {
        return folded.startsWith(opening) && (folded.size() == opening.size() || !folded.at(opening.size()).isLetter());
    });
}

QList<Dimension> SectionPlanBuilder::build(const LayoutDocument &document)
{
    bool frontMatter = false;        // inside a section about the plan itself: no proposals
    DimensionSet dimensions;
    Row *row = nullptr;
    bool rowFromHeading = false;     // the open row's objective is a heading; its list is metas
    std::optional<Item> heading;     // a capitals heading that may introduce a list

    for (const LayoutRow &layoutRow : document.rows) {
        const QString cleaned = LayoutPatterns::cleanText(layoutRow.text(u" "));
        const DimensionSet::LineRole role = dimensions.follow(cleaned);
        if (role == DimensionSet::LineRole::Section) {
            row = nullptr;
            heading.reset();
            frontMatter = false;
        }
        if (role != DimensionSet::LineRole::Content)
            continue;
        if (const auto name = sectionName(cleaned)) {
            row = nullptr;
            heading.reset();
            frontMatter = isFrontMatter(*name);
            if (frontMatter)
                continue;
            dimensions.open(*name);
            row = nullptr;
            heading.reset();
            continue;
        }
        if (frontMatter || !dimensions.hasCurrent())
            continue;
        if (const auto marker = ListMarker::atStart(cleaned)) {
            const QString text = cleaned.mid(marker->length).trimmed();
            if (text.size() < 2)
                continue;
            if (heading) {
                row = LayoutItems::openRow(dimensions.current(), *heading);
                heading.reset();
                rowFromHeading = true;
            }
            // Bullets ("•", "-") under an entry, or any entries under a heading, are its metas.
            const bool bullet = !marker->text.at(0).isLetterOrNumber();
            if (row && (rowFromHeading || bullet)) {
                row->items(ItemKind::Target) << LayoutItems::fromRow(text, marker->text, layoutRow);
                continue;
            }
            row = LayoutItems::openRow(dimensions.current(), LayoutItems::fromRow(text, marker->text, layoutRow));
            rowFromHeading = false;
            continue;
        }
        if (LayoutPatterns::isUpperCase(cleaned) && cleaned.size() <= 120) {
            heading = LayoutItems::fromRow(cleaned, QString(), layoutRow);
            row = nullptr;
            continue;
        }
        if (!row)
            continue;
        QList<Item> &items = row->items(ItemKind::Target).isEmpty() ? row->items(ItemKind::Objective) : row->items(ItemKind::Target);
        if (LayoutItems::continues(items.last(), cleaned))
            LayoutItems::append(items.last(), cleaned, layoutRow);
        else
            row = nullptr; // prose after the list
    }
    return dimensions.take();
}

} // namespace vigia
