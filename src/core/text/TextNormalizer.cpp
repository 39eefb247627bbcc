#include "TextNormalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>

#include <QSet>

#include <memory>
#include <mutex>

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

// ICU transliterators are not thread-safe for concurrent transliterate() calls on one instance,
// so each thread gets its own.
icu::Transliterator &accentRemover()
{
    thread_local std::unique_ptr<icu::Transliterator> remover = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> created(icu::Transliterator::createInstance(
            "NFD; [:Nonspacing Mark:] Remove; NFC", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            qFatal("ICU accent remover unavailable: %s", u_errorName(status));
        return created;
    }();
    return *remover;
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
    icu::UnicodeString value = toIcu(text);
    accentRemover().transliterate(value);
    value.foldCase(U_FOLD_CASE_DEFAULT);
    return fromIcu(value);
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
