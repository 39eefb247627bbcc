#include "TextNormalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>

#include <QSet>

#include <array>


namespace vigia::TextNormalizer {
namespace {

icu::UnicodeString toIcu(const QString &text)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(text.utf16()), static_cast<int32_t>(text.size()));
}

QString fromIcu(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

} // namespace

QString nfc(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *normalizer = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        return text;
    const icu::UnicodeString source = toIcu(text);
    if (normalizer->isNormalized(source, status) && U_SUCCESS(status))
        return text;
    status = U_ZERO_ERROR;
    const icu::UnicodeString normalized = normalizer->normalize(source, status);
    return U_SUCCESS(status) ? fromIcu(normalized) : text;
}

QString foldByIcu(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *decomposer = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status))
        return text.toLower();
    const icu::UnicodeString decomposed = decomposer->normalize(toIcu(text), status);
    if (U_FAILURE(status))
        return text.toLower();
    icu::UnicodeString stripped;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK)
            stripped.append(c);
        i += U16_LENGTH(c);
    }
    stripped.foldCase(U_FOLD_CASE_DEFAULT);
    return fromIcu(stripped);
}

namespace {

// The characters plan texts are made of nearly always: Latin letters with their accents and
// general punctuation (quotes, dashes, bullets).
constexpr char16_t tabledFrom = 0x80;
constexpr char16_t tabledTo = 0x2070;

// What foldByIcu makes of each of those characters alone, when that is one character (0 when it
// is not: "ß" folds to "ss"). Folding works character by character for them (none combines with
// a neighbour), so a text of such characters folds through the table as ICU folds it whole.
const std::array<char16_t, tabledTo - tabledFrom> &foldTable()
{
    static const std::array<char16_t, tabledTo - tabledFrom> table = [] {
        std::array<char16_t, tabledTo - tabledFrom> made{};
        for (char16_t c = tabledFrom; c < tabledTo; ++c) {
            const QChar character(c);
            if (character.isSurrogate() || character.category() == QChar::Mark_NonSpacing)
                continue;
            const QString folded = foldByIcu(QString(character));
            if (folded.size() == 1)
                made[c - tabledFrom] = folded.at(0).unicode();
        }
        return made;
    }();
    return table;
}

} // namespace

QString fold(const QString &text)
{
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    const std::array<char16_t, tabledTo - tabledFrom> &table = foldTable();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < tabledFrom) {
            *out++ = (u >= u'A' && u <= u'Z') ? QChar(char16_t(u + (u'a' - u'A'))) : c;
        } else if (u < tabledTo && table[u - tabledFrom] != 0) {
            *out++ = QChar(table[u - tabledFrom]);
        } else {
            return foldByIcu(text);
        }
    }
    return folded;
}

QString simplifyWhitespace(const QString &text)
{
    QString result(text.size(), Qt::Uninitialized);
    QChar *const begin = result.data();
    QChar *out = begin;
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x200B) || c == QChar(0xFEFF)) {
            pendingSpace = out != begin;
            continue;
        }
        if (pendingSpace) {
            *out++ = QLatin1Char(' ');
            pendingSpace = false;
        }
        *out++ = c;
    }
    result.truncate(out - begin);
    return result;
}

QString titleCase(const QString &text)
{
    static const QSet<QString> smallWords{
        QStringLiteral("de"), QStringLiteral("del"), QStringLiteral("la"), QStringLiteral("las"),
        QStringLiteral("el"), QStringLiteral("los"), QStringLiteral("y"), QStringLiteral("e"),
        QStringLiteral("o"), QStringLiteral("u"), QStringLiteral("en"), QStringLiteral("a"),
        QStringLiteral("al"), QStringLiteral("con"), QStringLiteral("por"), QStringLiteral("para")};
    icu::UnicodeString value = toIcu(simplifyWhitespace(text));
    value.toTitle(nullptr, icu::Locale("es"));
    QString titled = fromIcu(value);
    // Lower-case the short joining words, except the first word.
    QStringList words = titled.split(QLatin1Char(' '));
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString lower = words[i].toLower();
        if (smallWords.contains(lower))
            words[i] = lower;
    }
    return words.join(QLatin1Char(' '));
}

} // namespace vigia::TextNormalizer
