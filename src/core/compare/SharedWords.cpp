#include "SharedWords.h"

#include "topics/StopWords.h"
#include "topics/TermAnalyzer.h"
#include "topics/WordBreaker.h"

#include <QSet>

namespace vigia {

QList<SharedWords::Span> SharedWords::in(const QString &text, const QString &other)
{
    // The analyzer the comparison uses for similarity.
    thread_local TermAnalyzer analyzer(StopWords::forSimilarity());
    thread_local WordBreaker breaker;
    const QStringList otherTerms = analyzer.terms(other);
    const QSet<QString> shared(otherTerms.cbegin(), otherTerms.cend());
    QList<Span> spans;
    for (const TextWord &word : breaker.words(text)) {
        if (word.isNumber)
            continue;
        const QString term = analyzer.term(word.text);
        if (!term.isEmpty() && shared.contains(term))
            spans.append({word.start, word.text.size()});
    }
    return spans;
}

QStringList SharedWords::words(const QString &text, const QString &other)
{
    QStringList result;
    for (const Span &span : in(text, other)) {
        const QString word = text.mid(span.start, span.length);
        if (!result.contains(word, Qt::CaseInsensitive))
            result.append(word);
    }
    return result;
}

} // namespace vigia
