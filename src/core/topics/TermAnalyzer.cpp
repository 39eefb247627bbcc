#include "TermAnalyzer.h"

#include "StopWords.h"
#include "text/TextNormalizer.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace vigia {
namespace {

// Full Unicode case folding (ICU) that keeps accents, which the stemmer relies on ("población").
QString foldCaseKeepingAccents(const QString &word)
{
    icu::UnicodeString value(reinterpret_cast<const UChar *>(word.utf16()), static_cast<int32_t>(word.size()));
    value.foldCase(U_FOLD_CASE_DEFAULT);
    return TextNormalizer::nfc(QString(reinterpret_cast<const QChar *>(value.getBuffer()), value.length()));
}

} // namespace

TermAnalyzer::TermAnalyzer()
    : TermAnalyzer(StopWords::spanish())
{
}

TermAnalyzer::TermAnalyzer(QSet<QString> foldedStopWords)
    : m_stopWords(std::move(foldedStopWords))
{
}

bool TermAnalyzer::isStopWord(const QString &word) const
{
    return m_stopWords.contains(TextNormalizer::fold(word));
}

QString TermAnalyzer::term(const QString &word)
{
    const auto cached = m_termCache.constFind(word);
    if (cached != m_termCache.cend())
        return *cached;
    QString result;
    if (!isStopWord(word))
        result = TextNormalizer::fold(m_stemmer.stem(foldCaseKeepingAccents(word)));
    m_termCache.insert(word, result);
    return result;
}

QStringList TermAnalyzer::terms(const QString &text)
{
    QStringList result;
    for (const TextWord &word : m_breaker.words(text)) {
        if (word.isNumber)
            continue;
        const QString value = term(word.text);
        if (!value.isEmpty())
            result.append(value);
    }
    return result;
}

} // namespace vigia
