#include "ProgressValues.h"

#include <QJsonValue>

#include <cmath>

namespace vigia {
namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<double> numberFrom(const QJsonValue &value)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return std::nullopt;
    return value.toDouble();
}

} // namespace

std::optional<double> ProgressValues::effectivePercent() const
{
    if (percent)
        return percent;
    if (achievedValue && targetValue && *targetValue != 0.0)
        return *achievedValue / *targetValue * 100.0;
    return std::nullopt;
}

bool ProgressValues::sameAssessment(const ProgressValues &other) const
{
    return status == other.status && percent == other.percent && achievedValue == other.achievedValue
           && targetValue == other.targetValue && note == other.note;
}

QJsonObject ProgressValues::toJson() const
{
    return QJsonObject{
        {QStringLiteral("status"), progressStatusId(status)},
        {QStringLiteral("percent"), optionalNumber(percent)},
        {QStringLiteral("achieved_value"), optionalNumber(achievedValue)},
        {QStringLiteral("target_value"), optionalNumber(targetValue)},
        {QStringLiteral("note"), note},
        {QStringLiteral("evaluator"), evaluator},
        {QStringLiteral("assessed_on"), assessedOn.toString(Qt::ISODate)},
    };
}

QString ProgressValues::lengthProblem() const
{
    if (note.size() > maximumNoteLength)
        return QStringLiteral("the note is too long (%1 characters; at most %2)").arg(note.size()).arg(maximumNoteLength);
    if (evaluator.size() > maximumNameLength)
        return QStringLiteral("the evaluator's name is too long (%1 characters; at most %2)").arg(evaluator.size()).arg(maximumNameLength);
    return {};
}

ProgressValues ProgressValues::fromJson(const QJsonObject &object)
{
    ProgressValues values;
    values.status = progressStatusFromId(object.value(QStringLiteral("status")).toString())
                        .value_or(ProgressStatus::NoInformation);
    values.percent = numberFrom(object.value(QStringLiteral("percent")));
    values.achievedValue = numberFrom(object.value(QStringLiteral("achieved_value")));
    values.targetValue = numberFrom(object.value(QStringLiteral("target_value")));
    values.note = object.value(QStringLiteral("note")).toString();
    values.evaluator = object.value(QStringLiteral("evaluator")).toString();
    values.assessedOn = QDate::fromString(object.value(QStringLiteral("assessed_on")).toString(), Qt::ISODate);
    return values;
}

} // namespace vigia
