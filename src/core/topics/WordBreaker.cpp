#include "WordBreaker.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace vigia {

WordBreaker::WordBreaker()
{
    UErrorCode status = U_ZERO_ERROR;
    m_iterator.reset(icu::BreakIterator::createWordInstance(icu::Locale("es"), status));
    if (U_FAILURE(status) || !m_iterator)
        qFatal("ICU word break iterator unavailable: %s", u_errorName(status));
}

WordBreaker::~WordBreaker() = default;

QList<TextWord> WordBreaker::words(const QString &text)
{
    QList<TextWord> result;
    // The iterator keeps a pointer to the text: `source` must live while iterating.
    const icu::UnicodeString source(false, reinterpret_cast<const UChar *>(text.utf16()),
                                    static_cast<int32_t>(text.size()));
    m_iterator->setText(source);
    int32_t start = m_iterator->first();
    for (int32_t end = m_iterator->next(); end != icu::BreakIterator::DONE; start = end, end = m_iterator->next()) {
        const int32_t status = m_iterator->getRuleStatus();
        const bool isNumber = status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT;
        const bool isWord = status >= UBRK_WORD_LETTER && status < UBRK_WORD_IDEO_LIMIT;
        if (!isNumber && !isWord)
            continue;
        result.append({text.mid(start, end - start), start, isNumber});
    }
    return result;
}

} // namespace vigia
