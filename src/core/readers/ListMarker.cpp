#include "ListMarker.h"

#include <QRegularExpression>

namespace vigia {

bool ListMarker::isBulletGlyph(QChar c)
{
    static const QString glyphs = QStringLiteral("•▪■□▫◦●○►▶▸➢➤✓✔❖♦◆◇→·");
    // Symbol and Wingdings glyphs come through as the private-use code points U+F020..U+F0FF
    // (U+F0B7 bullet, U+F0A7 square, U+F0D8 arrow, U+F0FC check mark...).
    return glyphs.contains(c) || (c.unicode() >= 0xF020 && c.unicode() <= 0xF0FF);
}

std::optional<ListMarker> ListMarker::atStart(QStringView text)
{
    // One level of marker; the loop below takes repeated ones ("- 3.1 ").
    static const QRegularExpression numeric(QStringLiteral(
        R"(^\s*(?:(\d{1,2}(?:\.\d{1,2})+)(?:\.(?=\s|$)|(?=\s+[^\s\d%]))|(\d{1,2})(?:\.-|\.|\)|-\.)(?![\d%])|([a-zA-Z])[.)](?=\s)|[a-zA-Z]\.\d{1,2}\.?(?=\s))\s*)"));
    static const QRegularExpression dash(QStringLiteral(R"(^\s*(-|\*)(?![-*])\s*)"));
    ListMarker result;
    qsizetype position = 0;
    QStringList parts;
    for (int level = 0; level < 3; ++level) {
        const QStringView rest = text.mid(position);
        qsizetype spaces = 0;
        while (spaces < rest.size() && rest.at(spaces).isSpace())
            ++spaces;
        if (spaces < rest.size() && isBulletGlyph(rest.at(spaces))) {
            qsizetype end = spaces + 1;
            while (end < rest.size() && rest.at(end).isSpace())
                ++end;
            parts << rest.mid(spaces, 1).toString();
            position += end;
            continue;
        }
        QRegularExpressionMatch match = dash.match(rest.toString());
        if (match.hasMatch()) {
            parts << match.captured(1);
            position += match.capturedLength(0);
            continue;
        }
        match = numeric.match(rest.toString());
        if (match.hasMatch()) {
            if (match.hasCaptured(1)) {
                const QStringList levels = match.captured(1).split(QLatin1Char('.'));
                result.topNumber = levels.constFirst().toInt();
                result.number = levels.constLast().toInt();
            } else if (match.hasCaptured(2)) {
                result.topNumber = result.number = match.captured(2).toInt();
            }
            parts << match.captured(0).trimmed();
            position += match.capturedLength(0);
            continue;
        }
        break;
    }
    if (parts.isEmpty())
        return std::nullopt;
    result.length = position;
    result.text = parts.join(QLatin1Char(' '));
    return result;
}

} // namespace vigia
