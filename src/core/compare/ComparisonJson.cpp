#include "ComparisonJson.h"

#include "measure/RubricFields.h"

#include <QJsonArray>

#include <cmath>

namespace vigia::ComparisonJson {
namespace {

QJsonValue nullable(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

double rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

QJsonObject itemReference(const PlanComparison &comparison, int index)
{
    const ComparedItem &item = comparison.items[index];
    QJsonObject keywords;
    for (auto keyword = item.topicKeywords.cbegin(); keyword != item.topicKeywords.cend(); ++keyword)
        keywords.insert(keyword.key(), keyword.value());
    return QJsonObject{{QStringLiteral("plan_id"), comparison.plans[item.column].planId},
                       {QStringLiteral("item_id"), item.itemId},
                       {QStringLiteral("dimension"), item.dimension},
                       {QStringLiteral("kind"), itemKindId(item.kind)},
                       {QStringLiteral("text"), item.text},
                       {QStringLiteral("topics"), QJsonArray::fromStringList(item.topics)},
                       // which keyword put the item in each topic; a topic a person gave it has none
                       {QStringLiteral("topic_keywords"), keywords}};
}

QJsonObject sharesToJson(const MeasurabilityShares &shares)
{
    QJsonObject counts;
    QJsonObject fractions;
    for (Measurability level : allMeasurabilities) {
        counts.insert(measurabilityId(level), shares.count(level));
        fractions.insert(measurabilityId(level), rounded(shares.share(level)));
    }
    return QJsonObject{{QStringLiteral("metas"), shares.total()},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("shares"), fractions}};
}

} // namespace

QJsonObject toJson(const PlanComparison &comparison)
{
    QJsonArray plans;
    for (int column = 0; column < comparison.columnCount(); ++column) {
        const ComparedPlan &plan = comparison.plans[column];
        plans.append(QJsonObject{{QStringLiteral("id"), plan.planId},
                                 {QStringLiteral("label"), plan.label},
                                 {QStringLiteral("organization"), nullable(plan.organization)},
                                 {QStringLiteral("place"), nullable(plan.place)},
                                 {QStringLiteral("period"), nullable(plan.period)},
                                 {QStringLiteral("items"), plan.itemCount},
                                 {QStringLiteral("items_without_topic"), comparison.itemsWithoutTopic.value(column)}});
    }
    QJsonArray topics;
    for (const TopicCoverage &topic : comparison.topics) {
        QJsonArray counts;
        QJsonArray items;
        for (int column = 0; column < comparison.columnCount(); ++column) {
            counts.append(topic.count(column));
            QJsonArray ids;
            for (int index : topic.items.value(column))
                ids.append(comparison.items[index].itemId);
            items.append(ids);
        }
        topics.append(QJsonObject{{QStringLiteral("key"), topic.key},
                                  {QStringLiteral("name"), topic.name},
                                  {QStringLiteral("counts"), counts},
                                  {QStringLiteral("item_ids"), items}});
    }
    QJsonArray pairs;
    for (const SimilarPair &pair : comparison.pairs) {
        pairs.append(QJsonObject{{QStringLiteral("score"), rounded(pair.score)},
                                 {QStringLiteral("left"), itemReference(comparison, pair.left)},
                                 {QStringLiteral("right"), itemReference(comparison, pair.right)}});
    }
    QJsonArray alignment;
    for (const AlignedDimension &dimension : comparison.alignment) {
        QJsonArray present;
        for (bool value : dimension.present)
            present.append(value);
        QJsonArray lines;
        for (const AlignedLine &line : dimension.lines) {
            QJsonArray cells;
            for (int cell : line.cells) {
                if (cell < 0) {
                    cells.append(QJsonValue(QJsonValue::Null));
                    continue;
                }
                cells.append(QJsonObject{{QStringLiteral("item_id"), comparison.items[cell].itemId},
                                         {QStringLiteral("text"), comparison.items[cell].text}});
            }
            lines.append(QJsonObject{{QStringLiteral("kind"), itemKindId(line.kind)},
                                     {QStringLiteral("score"), rounded(line.score)},
                                     {QStringLiteral("topics"), QJsonArray::fromStringList(line.topics)},
                                     {QStringLiteral("cells"), cells}});
        }
        alignment.append(QJsonObject{{QStringLiteral("dimension"), dimension.name},
                                     {QStringLiteral("present"), present},
                                     {QStringLiteral("lines"), lines}});
    }
    QJsonArray measurability;
    for (int column = 0; column < comparison.columnCount(); ++column) {
        const PlanMeasurability &plan = comparison.measurability[column];
        QJsonObject entry = sharesToJson(plan.overall);
        entry.insert(QStringLiteral("plan_id"), comparison.plans[column].planId);
        QJsonArray byDimension;
        for (const DimensionMeasurability &dimension : plan.byDimension) {
            QJsonObject dimensionEntry = sharesToJson(dimension.shares);
            dimensionEntry.insert(QStringLiteral("dimension"), dimension.dimension);
            byDimension.append(dimensionEntry);
        }
        entry.insert(QStringLiteral("by_dimension"), byDimension);
        measurability.append(entry);
    }
    QJsonArray metas;
    for (const ComparedItem &item : comparison.items) {
        if (!item.measurability)
            continue;
        QJsonObject meta{{QStringLiteral("plan_id"), comparison.plans[item.column].planId},
                         {QStringLiteral("item_id"), item.itemId},
                         {QStringLiteral("dimension"), item.dimension},
                         {QStringLiteral("text"), item.text},
                         {QStringLiteral("level"), measurabilityId(*item.measurability)},
                         {QStringLiteral("clause"), item.measurabilityClause},
                         {QStringLiteral("quantity_kind"), targetQuantityKindId(item.quantity.kind)}};
        // The rubric's clause 5: quantity, unit and deadline, each null when the rubric says so.
        const RubricFields fields = RubricFields::of(*item.measurability, item.quantity);
        const auto nullable = [](const QString &value) { return value.isNull() ? QJsonValue() : QJsonValue(value); };
        meta.insert(QStringLiteral("quantity"), nullable(fields.quantity));
        meta.insert(QStringLiteral("unit"), nullable(fields.unit));
        meta.insert(QStringLiteral("deadline"), nullable(fields.deadline));
        // What the quantity reader found, whatever the class: the value and the words.
        if (item.quantity.hasQuantity()) {
            meta.insert(QStringLiteral("quantity_value"), item.quantity.value);
            meta.insert(QStringLiteral("quantity_text"), item.quantity.quantityText);
        }
        if (item.quantity.year)
            meta.insert(QStringLiteral("year"), *item.quantity.year);
        metas.append(meta);
    }
    return QJsonObject{{QStringLiteral("threshold"), comparison.options.threshold},
                       {QStringLiteral("topic_bonus"), comparison.options.topicBonus},
                       {QStringLiteral("plans"), plans},
                       {QStringLiteral("topics"), topics},
                       {QStringLiteral("pairs"), pairs},
                       {QStringLiteral("alignment"), alignment},
                       {QStringLiteral("measurability"), measurability},
                       {QStringLiteral("metas"), metas}};
}

} // namespace vigia::ComparisonJson
