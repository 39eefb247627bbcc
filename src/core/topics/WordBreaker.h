#pragma once

#include <QList>
#include <QString>

#include <memory>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace vigia {

// One word of a text as ICU's word break rules see it.
struct TextWord {
    QString text;
    qsizetype start = 0;    // offset in the text, UTF-16 units
    bool isNumber = false;  // digits ("01", "100", "2030"), possibly with separators ("1,500")
};

// Splits text into words with ICU's BreakIterator (Spanish rules); punctuation and spaces are not
// words. One object holds one iterator: use it from one thread at a time.
class WordBreaker {
public:
    WordBreaker();
    ~WordBreaker();
    WordBreaker(const WordBreaker &) = delete;
    WordBreaker &operator=(const WordBreaker &) = delete;

    QList<TextWord> words(const QString &text);

private:
    std::unique_ptr<icu::BreakIterator> m_iterator;
};

} // namespace vigia
