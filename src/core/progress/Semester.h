#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigia {

// One half of a year, written "2023-S1" (January–June) or "2023-S2" (July–December).
struct Semester {
    int year = 0;
    int half = 1; // 1 or 2

    static std::optional<Semester> parse(const QString &text);
    // The semesters of a plan period "YYYY-YYYY" (first year S1 to last year S2); empty when the
    // period is not of that form or spans more than 20 years.
    static QStringList forPeriod(const QString &period);

    QString toString() const;
    QDate firstDay() const;
    QDate lastDay() const;
    auto operator<=>(const Semester &) const = default;
};

} // namespace vigia
