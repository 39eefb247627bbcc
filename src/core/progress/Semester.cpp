#include "Semester.h"

#include <QRegularExpression>

namespace vigia {

std::optional<Semester> Semester::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{4})-S([12])\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return Semester{match.captured(1).toInt(), match.captured(2).toInt()};
}

QStringList Semester::forPeriod(const QString &period)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{4})\\s*[-–—/]\\s*(\\d{4})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(period);
    if (!match.hasMatch())
        return {};
    const int first = match.captured(1).toInt();
    const int last = match.captured(2).toInt();
    if (last < first || last - first > 20)
        return {};
    QStringList semesters;
    for (int year = first; year <= last; ++year) {
        semesters.append(Semester{year, 1}.toString());
        semesters.append(Semester{year, 2}.toString());
    }
    return semesters;
}

QString Semester::toString() const
{
    return QStringLiteral("%1-S%2").arg(year, 4, 10, QLatin1Char('0')).arg(half);
}

QDate Semester::firstDay() const
{
    return QDate(year, half == 1 ? 1 : 7, 1);
}

QDate Semester::lastDay() const
{
    return half == 1 ? QDate(year, 6, 30) : QDate(year, 12, 31);
}

} // namespace vigia
