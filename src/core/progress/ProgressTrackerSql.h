#pragma once

// What the files of ProgressTracker (ProgressTracker.cpp, ProgressTrackerEvidence.cpp,
// ProgressTrackerReimport.cpp) share of its SQL: internal to them.

#include "ProgressValues.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace vigia::progress_sql {

// The columns readRecords() expects, from progress_records r joined with items i.
inline const QString recordColumns = QStringLiteral(
    "r.id, r.item_id, r.semester, r.status, r.percent, r.achieved_value, r.target_value, r.note, r.evaluator, "
    "r.assessed_on, r.updated_at");
inline const QString planOrder = QStringLiteral(
    "d.position, pr.position, CASE i.kind WHEN 'problem' THEN 0 WHEN 'objective' THEN 1 WHEN 'indicator' THEN 2 "
    "ELSE 3 END, i.position, r.semester");

// When something is written, in UTC.
inline QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The values kept with a history entry or a conflict (JSON), if any.
inline std::optional<ProgressValues> valuesFromJson(const QString &json)
{
    if (json.isEmpty())
        return std::nullopt;
    return ProgressValues::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

} // namespace vigia::progress_sql
