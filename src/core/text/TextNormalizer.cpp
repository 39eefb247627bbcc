#include "TextNormalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>

#include <QSet>


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

QString fold(const QString &text)
{
    // Fast path: plain ASCII needs only lower-casing.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower();
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

QString simplifyWhitespace(const QString &text)
{
    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x200B) || c == QChar(0xFEFF)) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace) {
            result += QLatin1Char(' ');
            pendingSpace = false;
        }
        result += c;
    }
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
