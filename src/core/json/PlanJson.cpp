#include "PlanJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

namespace vigia::PlanJson {
namespace {

QJsonValue nullable(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString stringOrNull(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

QJsonObject itemToJson(const Item &item)
{
    QJsonObject object;
    if (item.id != 0)
        object.insert(QStringLiteral("id"), item.id);
    object.insert(QStringLiteral("text"), item.text);
    if (!item.marker.isEmpty())
        object.insert(QStringLiteral("marker"), item.marker);
    if (item.source.page > 0)
        object.insert(QStringLiteral("page"), item.source.page);
    if (item.source.line > 0)
        object.insert(QStringLiteral("line"), item.source.line);
    if (!item.source.boxes.isEmpty()) {
        QJsonArray boxes;
        for (const QRectF &box : item.source.boxes) {
            auto rounded = [](double v) { return std::round(v * 100.0) / 100.0; };
            boxes.append(QJsonArray{rounded(box.x()), rounded(box.y()), rounded(box.width()), rounded(box.height())});
        }
        object.insert(QStringLiteral("boxes"), boxes);
    }
    if (item.source.ocrConfidence >= 0)
        object.insert(QStringLiteral("ocr_confidence"), item.source.ocrConfidence);
    if (item.corrected)
        object.insert(QStringLiteral("corrected"), true);
    return object;
}

bool itemFromJson(const QJsonValue &value, Item *item, QString *error)
{
    if (value.isString()) {
        item->text = value.toString();
        return true;
    }
    if (!value.isObject() || !value.toObject().value(QStringLiteral("text")).isString()) {
        *error = QStringLiteral("an item is neither a string nor an object with \"text\"");
        return false;
    }
    const QJsonObject object = value.toObject();
    item->id = object.value(QStringLiteral("id")).toInteger();
    item->text = object.value(QStringLiteral("text")).toString();
    item->marker = object.value(QStringLiteral("marker")).toString();
    item->source.page = object.value(QStringLiteral("page")).toInt();
    item->source.line = object.value(QStringLiteral("line")).toInt();
    item->corrected = object.value(QStringLiteral("corrected")).toBool();
    item->source.ocrConfidence = std::clamp(object.value(QStringLiteral("ocr_confidence")).toInt(-1), -1, 100);
    for (const QJsonValue &boxValue : object.value(QStringLiteral("boxes")).toArray()) {
        const QJsonArray box = boxValue.toArray();
        if (box.size() != 4) {
            *error = QStringLiteral("a bounding box does not have four numbers");
            return false;
        }
        item->source.boxes.append(QRectF(box[0].toDouble(), box[1].toDouble(), box[2].toDouble(), box[3].toDouble()));
    }
    return true;
}

} // namespace

QJsonObject toJsonObject(const Plan &plan)
{
    QJsonObject metadata{
        {QStringLiteral("organization"), nullable(plan.metadata.organization)},
        {QStringLiteral("place"), nullable(plan.metadata.place)},
        {QStringLiteral("election_type"), nullable(plan.metadata.electionType)},
        {QStringLiteral("period"), nullable(plan.metadata.period)},
        {QStringLiteral("vision"), nullable(plan.metadata.vision)},
    };
    QJsonArray dimensions;
    for (const Dimension &dimension : plan.dimensions) {
        QJsonArray rows;
        for (const Row &row : dimension.rows) {
            QJsonObject rowObject;
            if (!row.heading.isEmpty())
                rowObject.insert(QStringLiteral("heading"), row.heading);
            for (ItemKind kind : allItemKinds) {
                QJsonArray items;
                for (const Item &item : row.items(kind))
                    items.append(itemToJson(item));
                rowObject.insert(itemKindJsonField(kind), items);
            }
            rows.append(rowObject);
        }
        dimensions.append(QJsonObject{{QStringLiteral("name"), dimension.name}, {QStringLiteral("rows"), rows}});
    }
    QJsonObject object{
        {QStringLiteral("source"), plan.sourceFileName},
        {QStringLiteral("plan"), metadata},
        {QStringLiteral("dimensions"), dimensions},
    };
    if (plan.id != 0)
        object.insert(QStringLiteral("id"), plan.id);
    if (!plan.sourceSha256.isEmpty())
        object.insert(QStringLiteral("sha256"), QString::fromLatin1(plan.sourceSha256));
    if (!plan.layout.isEmpty())
        object.insert(QStringLiteral("layout"), plan.layout);
    return object;
}

QByteArray toJson(const Plan &plan)
{
    return QJsonDocument(toJsonObject(plan)).toJson(QJsonDocument::Indented);
}

bool fromJsonObject(const QJsonObject &object, Plan *plan, QString *error)
{
    Plan result;
    result.id = object.value(QStringLiteral("id")).toInteger();
    result.sourceFileName = object.value(QStringLiteral("source")).toString();
    result.sourceSha256 = object.value(QStringLiteral("sha256")).toString().toLatin1();
    result.layout = object.value(QStringLiteral("layout")).toString();
    const QJsonObject metadata = object.value(QStringLiteral("plan")).toObject();
    result.metadata.organization = stringOrNull(metadata.value(QStringLiteral("organization")));
    result.metadata.place = stringOrNull(metadata.value(QStringLiteral("place")));
    result.metadata.electionType = stringOrNull(metadata.value(QStringLiteral("election_type")));
    result.metadata.period = stringOrNull(metadata.value(QStringLiteral("period")));
    result.metadata.vision = stringOrNull(metadata.value(QStringLiteral("vision")));
    if (!object.value(QStringLiteral("dimensions")).isArray()) {
        *error = QStringLiteral("no \"dimensions\" array");
        return false;
    }
    for (const QJsonValue &dimensionValue : object.value(QStringLiteral("dimensions")).toArray()) {
        const QJsonObject dimensionObject = dimensionValue.toObject();
        Dimension dimension;
        dimension.name = dimensionObject.value(QStringLiteral("name")).toString();
        if (dimension.name.isEmpty()) {
            *error = QStringLiteral("a dimension has no name");
            return false;
        }
        for (const QJsonValue &rowValue : dimensionObject.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject rowObject = rowValue.toObject();
            Row row;
            row.heading = rowObject.value(QStringLiteral("heading")).toString();
            for (ItemKind kind : allItemKinds) {
                for (const QJsonValue &itemValue : rowObject.value(itemKindJsonField(kind)).toArray()) {
                    Item item;
                    if (!itemFromJson(itemValue, &item, error))
                        return false;
                    row.items(kind).append(item);
                }
            }
            dimension.rows.append(row);
        }
        result.dimensions.append(dimension);
    }
    *plan = result;
    return true;
}

bool fromJson(const QByteArray &json, Plan *plan, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return false;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("the JSON document is not an object");
        return false;
    }
    return fromJsonObject(document.object(), plan, error);
}

} // namespace vigia::PlanJson
