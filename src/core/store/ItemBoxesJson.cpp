#include "ItemBoxesJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vigia::ItemBoxesJson {

QString toJson(const QList<QRectF> &boxes)
{
    if (boxes.isEmpty())
        return QString();
    QJsonArray array;
    for (const QRectF &box : boxes)
        array.append(QJsonArray{box.x(), box.y(), box.width(), box.height()});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QRectF> fromJson(const QString &json)
{
    QList<QRectF> boxes;
    if (json.isEmpty())
        return boxes;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray box = value.toArray();
        if (box.size() == 4)
            boxes.append(QRectF(box[0].toDouble(), box[1].toDouble(), box[2].toDouble(), box[3].toDouble()));
    }
    return boxes;
}

} // namespace vigia::ItemBoxesJson
