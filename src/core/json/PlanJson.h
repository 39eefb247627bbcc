#pragma once

#include "model/Plan.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace vigia::PlanJson {

// The plan JSON interchange format (docs/plan-json.md). Items are written as objects with
// "text" and, where known, "marker", "page", "line", "boxes" ([[x, y, w, h], …] in PDF points),
// "ocr_confidence" (0–100, items read by OCR), "id" and "corrected".
QJsonObject toJsonObject(const Plan &plan);
QByteArray toJson(const Plan &plan);

// Reads plan JSON; items may be plain strings or objects. Returns false and sets `error` on
// malformed input.
bool fromJson(const QByteArray &json, Plan *plan, QString *error);
bool fromJsonObject(const QJsonObject &object, Plan *plan, QString *error);

} // namespace vigia::PlanJson
