#pragma once

#include "ProgressStatus.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace vigia {

// What an evaluator records for one item in one semester.
struct ProgressValues {
    ProgressStatus status = ProgressStatus::NoInformation;
    std::optional<double> percent;        // 0–100, when progress is given as a share
    std::optional<double> achievedValue;  // the value reached, to set against targetValue
    std::optional<double> targetValue;    // the target; by default the one stated in the meta's text
    QString note;
    QString evaluator;
    QDate assessedOn;                     // the day of the assessment

    // The progress as a percentage: `percent` when given, else achieved / target.
    std::optional<double> effectivePercent() const;
    // Whether two assessments say the same thing (status, figures and note); who and when aside.
    bool sameAssessment(const ProgressValues &other) const;

    // Longest note and evaluator name kept: a note is a few paragraphs, a name one line.
    static constexpr qsizetype maximumNoteLength = 20000;
    static constexpr qsizetype maximumNameLength = 1000;
    // Why these values cannot be stored (a note or a name too long), empty when they can.
    QString lengthProblem() const;

    QJsonObject toJson() const;
    static ProgressValues fromJson(const QJsonObject &object);
    bool operator==(const ProgressValues &) const = default;
};

} // namespace vigia
