#pragma once

#include "SpanishStemmer.h"
#include "WordBreaker.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace vigia {

// Turns text into the terms Vigía matches and compares: ICU word breaks, Spanish stop words left
// out, each word lower-cased (ICU case folding), stemmed by Snowball's Spanish stemmer and folded
// (accents removed), so "Poblaciones vulnerables" and "población vulnerable" give the same terms.
// Numbers are not terms. One object per thread.
class TermAnalyzer {
public:
    TermAnalyzer();  // with StopWords::spanish()
    explicit TermAnalyzer(QSet<QString> foldedStopWords);

    QStringList terms(const QString &text);
    // The term of one word, or an empty string for a stop word.
    QString term(const QString &word);
    bool isStopWord(const QString &word) const;

private:
    WordBreaker m_breaker;
    SpanishStemmer m_stemmer;
    QSet<QString> m_stopWords;
    QHash<QString, QString> m_termCache; // word as written -> term
};

} // namespace vigia
