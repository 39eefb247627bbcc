#include "LayoutPatterns.h"

#include "ListMarker.h"
#include "model/DimensionNames.h"
#include "text/TextNormalizer.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace vigia::LayoutPatterns {

namespace {

QString firstLetters(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetter())
            result += c;
    }
    return result;
}

// Levenshtein distance between two short strings.
int editDistance(const QString &left, const QString &right)
{
    QList<int> previous(right.size() + 1);
    for (qsizetype j = 0; j <= right.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= left.size(); ++i) {
        QList<int> current(right.size() + 1);
        current[0] = int(i);
        for (qsizetype j = 1; j <= right.size(); ++j) {
            const int substitution = previous[j - 1] + (left.at(i - 1) == right.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        previous = current;
    }
    return previous.constLast();
}

// The heading with a misspelt "dimensión" as its first word after the numbering ("DIMENCION
// SOCIAL", "Dimesión Económica") spelt right, so that the heading pattern finds it; other text
// unchanged. A word counts as "dimensión" within two edits of it, starting "dim".
QString withDimensionWordSpeltRight(const QString &cleaned)
{
    static const QRegularExpression firstWord(
        QStringLiteral(R"(^((?:(?:[0-9]+|[IVXLC]+)(?:\.[0-9]+)*\s*[.)\-:]*\s*-?\s*|[A-Ha-h][.)]\s*)?)(\p{L}{7,12})\b)"));
    const QRegularExpressionMatch match = firstWord.match(cleaned);
    if (!match.hasMatch())
        return cleaned;
    const QString word = TextNormalizer::fold(match.captured(2));
    // "dimensionar", "dimensiones" are words of their own, not misspellings.
    if (!word.startsWith(u"dim") || word.startsWith(u"dimension") || editDistance(word, QStringLiteral("dimension")) > 2)
        return cleaned;
    return match.captured(1) + QStringLiteral("Dimensión") + cleaned.mid(match.capturedEnd(2));
}

// Whether the text after a dimension's name and a colon is a subtitle ("Seguridad, Salud y
// Talento") rather than the start of a sentence ("Enfocada en la justicia"): most of its longer
// words capitalised, and no full stop.
bool isTitleLike(const QString &text)
{
    if (text.contains(u'.'))
        return false;
    int words = 0;
    int capitalised = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString letters = firstLetters(word);
        if (letters.size() < 4)
            continue;
        ++words;
        if (letters.at(0).isUpper())
            ++capitalised;
    }
    return words > 0 && capitalised * 3 >= words * 2;
}

} // namespace

QString cleanText(const QString &text)
{
    QString result = text;
    static const QRegularExpression tags(QStringLiteral(R"(<\s*/?\s*[a-zA-Z][^<>]*>)"));
    result.replace(tags, QStringLiteral(" "));
    result.remove(QStringLiteral("**"));
    result.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    result.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    result.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    result.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    result.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    static const QRegularExpression headingMarks(QStringLiteral(R"(^\s*#{1,6}\s+)"));
    result.remove(headingMarks);
    return TextNormalizer::simplifyWhitespace(result);
}

QString withoutStrayMarks(const QString &text)
{
    static const QRegularExpression strayMarks(QStringLiteral(R"(^[^\w]+(?=\w))"));
    QString result = text;
    result.remove(strayMarks);
    return result;
}

std::optional<ColumnRole> headerRole(const QString &cellText)
{
    // Header cells are short: skip long cells before the costly cleaning and folding.
    if (cellText.size() > 1000)
        return std::nullopt;
    const QString cleaned = cleanText(cellText);
    if (cleaned.isEmpty() || cleaned.size() > 90)
        return std::nullopt;
    QString key = TextNormalizer::fold(cleaned);
    static const QRegularExpression number(QStringLiteral(R"(^(n\s*[°ºo]?|nro\.?|num\.?|#|item)$)"));
    if (number.match(key).hasMatch())
        return ColumnRole::Number;
    // A scan's OCR may read a speck before the header ("- PROBLEMA IDENTIFICADO") or split its
    // first word ("OBJ ETIVO ESTRATEGICO"): the marks go, and two pieces that make a header's word
    // are joined.
    key = withoutStrayMarks(key);
    static const QRegularExpression splitWord(QStringLiteral(
        R"(^(\w+) (\w+)\b)"));
    if (const QRegularExpressionMatch pieces = splitWord.match(key); pieces.hasMatch()) {
        static const QRegularExpression headerWord(
            QStringLiteral(R"(^(problemas?|problematica|objetivos?|solucion(es)?|indicador(es)?|metas?)$)"));
        const QString joined = pieces.captured(1) + pieces.captured(2);
        if (headerWord.match(joined).hasMatch() && !headerWord.match(pieces.captured(1)).hasMatch())
            key.replace(0, pieces.capturedLength(0), joined);
    }
    static const QRegularExpression problem(QStringLiteral(R"(^(problemas?|problematica)\b)"));
    // "TEMA" heads the objective column of the goal tables inside long narrative plans.
    static const QRegularExpression objective(QStringLiteral(R"(^(objetivos?|solucion(es)?|temas?)\b)"));
    static const QRegularExpression indicator(QStringLiteral(R"(^indicador(es)?\b)"));
    static const QRegularExpression target(QStringLiteral(R"(^metas?\b)"));
    if (problem.match(key).hasMatch())
        return ColumnRole::Problem;
    if (objective.match(key).hasMatch())
        return ColumnRole::Objective;
    if (indicator.match(key).hasMatch())
        return ColumnRole::Indicator;
    if (target.match(key).hasMatch())
        return ColumnRole::Target;
    return std::nullopt;
}

std::optional<QString> dimensionHeading(const QString &printed)
{
    if (printed.size() > 160 || isFurniture(printed))
        return std::nullopt;
    QString cleaned = withDimensionWordSpeltRight(printed);
    // A heading in capitals may carry a stray mark before it: a scan's speck read as "-" or "“".
    // (Not a line in mixed case: "- Dimensión social del desarrollo…" is a list item.)
    if (isUpperCase(cleaned))
        cleaned = withoutStrayMarks(cleaned);
    // Numbering: "1.-", "IV.", "3.1.", or a letter ("A. DIMENSIÓN SOCIAL").
    static const QRegularExpression heading(
        QStringLiteral(R"(^(?:(?:[0-9]+|[IVXLC]+)(?:\.[0-9]+)*\s*[.)\-:]*\s*-?\s*|[A-Ha-h][.)]\s*)?)"
                       R"((?:dimensi[oó]n\s+|pilar(?:\s+estrat[eé]gico)?(?:\s*(?:n[°º.]?\s*)?\d{1,2})?\s*[:.\-–]\s*)(.+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = heading.match(cleaned);
    if (!match.hasMatch())
        return std::nullopt;
    QString name = match.captured(1).trimmed();
    // A heading in capitals followed by a subtitle in mixed case: keep the capitals.
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty() && isUpperCase(words.constFirst())) {
        QStringList kept;
        for (const QString &word : words) {
            const QString letters = firstLetters(word);
            if (!letters.isEmpty() && letters != letters.toUpper())
                break;
            kept << word;
        }
        name = kept.join(QLatin1Char(' '));
    }
    static const QRegularExpression trailing(QStringLiteral(R"([\s.:;,\-–]+$)"));
    name.remove(trailing);
    // A long line is a heading only when a subtitle followed the dimension name.
    const bool subtitled = name.size() < match.captured(1).trimmed().size();
    if (firstLetters(name).isEmpty() || name.size() > 70 || (!subtitled && cleaned.size() > 100))
        return std::nullopt;
    // "Dimensión Social: Seguridad, Salud y Talento" is a heading with a subtitle; "Dimensión
    // Social: Enfocada en la justicia ..." is a sentence, no heading.
    if (const qsizetype colon = name.indexOf(QLatin1Char(':')); colon >= 0) {
        const QString head = name.left(colon).trimmed();
        if (!DimensionNames::isCanonical(DimensionNames::canonical(head)) || !isTitleLike(name.mid(colon + 1)))
            return std::nullopt;
        name = head;
    }
    return DimensionNames::canonical(name);
}

std::optional<QString> sectionHeading(const QString &cleaned)
{
    if (cleaned.size() > 100 || isFurniture(cleaned))
        return std::nullopt;
    static const QRegularExpression numbered(QStringLiteral(R"(^\d{1,2}(?:\.\d{1,2})*\.?\s+(\S.*)$)"));
    const QRegularExpressionMatch match = numbered.match(cleaned);
    if (!match.hasMatch() || !isUpperCase(match.captured(1)))
        return std::nullopt;
    return cleaned;
}

bool isFurniture(const QString &cleaned)
{
    const QString text = cleaned.trimmed();
    if (text.isEmpty())
        return true;
    static const QRegularExpression pageNumber(QStringLiteral(R"(^(p[aá]g(ina)?\.?\s*)?\d{1,4}(\s*(/|de)\s*\d{1,4})?$)"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dotLeaders(QStringLiteral(R"(\.{5,}|…{3,}|(\.\s){5,})"));
    static const QRegularExpression slogan(QStringLiteral(R"(^¡[^¡!]+!$)"));
    static const QRegularExpression stamp(QStringLiteral(R"(^generado por sistema\b)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dateLine(
        QStringLiteral(R"(^[\p{L} .]{2,40}\s*,\s*(\d{1,2}\s+de\s+)?\p{L}+\s+(de|del)\s+(19|20)\d{2}\s*\.?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return pageNumber.match(text).hasMatch() || dotLeaders.match(text).hasMatch() || slogan.match(text).hasMatch()
        || stamp.match(text).hasMatch() || dateLine.match(text).hasMatch();
}

bool isSeparatorLine(const QString &text)
{
    bool dash = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('-'))
            dash = true;
        else if (c != QLatin1Char('|') && c != QLatin1Char(':') && !c.isSpace())
            return false;
    }
    return dash;
}

bool isUpperCase(const QString &cleaned)
{
    int letters = 0;
    int upper = 0;
    for (const QChar c : cleaned) {
        if (c.isLetter()) {
            ++letters;
            if (c.isUpper())
                ++upper;
        }
    }
    return letters >= 3 && upper * 10 >= letters * 9;
}

bool isRomanHeading(const QString &cleaned)
{
    static const QRegularExpression roman(QStringLiteral(R"(^[IVX]{1,5}(\.\d+)*\s*[.)\-]+\s*\S)"));
    return roman.match(cleaned).hasMatch();
}

bool endsSentence(const QString &text)
{
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == u'"' || c == u'”' || c == u'’' || c == u')' || c == u'»')
            continue;
        return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u';';
    }
    return false;
}

bool endsMidPhrase(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    const QChar last = trimmed.back();
    if (last == u',')
        return true;
    // A word broken by a hyphen ("Huancan-"), not a heading's ".-" nor a dash after a space.
    if ((last == u'-' || last == u'\u2010') && trimmed.size() >= 2 && trimmed.at(trimmed.size() - 2).isLetter())
        return true;
    static const QSet<QString> joiningWords{
        QStringLiteral("de"),  QStringLiteral("del"),  QStringLiteral("la"),   QStringLiteral("las"),     QStringLiteral("el"),
        QStringLiteral("los"), QStringLiteral("y"),    QStringLiteral("e"),    QStringLiteral("o"),       QStringLiteral("u"),
        QStringLiteral("en"),  QStringLiteral("a"),    QStringLiteral("al"),   QStringLiteral("con"),     QStringLiteral("por"),
        QStringLiteral("para"), QStringLiteral("que"), QStringLiteral("su"),   QStringLiteral("sus"),     QStringLiteral("un"),
        QStringLiteral("una"), QStringLiteral("sin"),  QStringLiteral("entre"), QStringLiteral("mediante"), QStringLiteral("hacia"),
        QStringLiteral("desde"), QStringLiteral("sobre")};
    const qsizetype space = trimmed.lastIndexOf(u' ');
    return joiningWords.contains(trimmed.mid(space + 1).toLower());
}

QStringList splitAtInlineBullets(const QString &cleaned)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 1; i < cleaned.size(); ++i) {
        if (ListMarker::isBulletGlyph(cleaned.at(i)) && cleaned.at(i - 1).isSpace()) {
            const QString part = cleaned.mid(start, i - start).trimmed();
            if (!part.isEmpty())
                parts << part;
            start = i;
        }
    }
    const QString last = cleaned.mid(start).trimmed();
    if (!last.isEmpty() || parts.isEmpty())
        parts << last;
    return parts;
}

bool startsLowerCase(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return c.isLower();
        if (!c.isSpace() && c != u'"' && c != u'“' && c != u'(')
            return false;
    }
    return false;
}

bool startsUpperCase(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return c.isUpper();
        if (!c.isSpace() && c != u'"' && c != u'“' && c != u'(')
            return false;
    }
    return false;
}

} // namespace vigia::LayoutPatterns
