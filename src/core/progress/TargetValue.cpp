#include "TargetValue.h"

#include "text/TextNormalizer.h"

#include <QRegularExpression>

namespace vigia {

std::optional<double> TargetValue::fromText(const QString &text)
{
    // A number with thousands groups (2 000 / 2.000 / 2,000) or decimals (5,5 / 5.5), then maybe "%".
    static const QRegularExpression number(QStringLiteral(
        "(?<![\\d.,])(\\d{1,3}(?:([ .,\\x{00A0}])\\d{3})(?:\\2\\d{3})*(?![\\d])|\\d+(?:[.,]\\d+)?)(\\s*%)?"));
    static const QRegularExpression yearContext(QStringLiteral("(?:\\bal|\\bel|\\ba[nñ]o|\\ben|\\bhacia|\\bdel|\\bde|\\bpara)\\s*$"),
                                                QRegularExpression::CaseInsensitiveOption);
    const QString simplified = TextNormalizer::simplifyWhitespace(text);
    QRegularExpressionMatchIterator matches = number.globalMatch(simplified);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        QString digits = match.captured(1);
        const bool isPercent = !match.captured(3).isEmpty();
        if (!match.captured(2).isEmpty())
            digits.remove(match.captured(2).at(0));
        else
            digits.replace(u',', u'.');
        bool ok = false;
        const double value = digits.toDouble(&ok);
        if (!ok)
            continue;
        const bool looksLikeYear = !isPercent && match.captured(2).isEmpty() && match.captured(1).size() == 4
                                   && value >= 1990 && value <= 2100
                                   && yearContext.match(simplified.left(match.capturedStart(0))).hasMatch();
        if (looksLikeYear)
            continue;
        return value;
    }
    return std::nullopt;
}

} // namespace vigia
