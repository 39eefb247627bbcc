#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace vigia::ItemBoxesJson {

// An item's boxes as the library stores them: a JSON array of [x, y, w, h] in PDF points, or an
// empty string when the item has none (text sources).
QString toJson(const QList<QRectF> &boxes);
QList<QRectF> fromJson(const QString &json);

} // namespace vigia::ItemBoxesJson
