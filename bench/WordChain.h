#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <random>

namespace vigia::bench {

// A word-bigram chain learnt from real sentences: generated text uses the sentences' own words in
// orders they had, recombined wherever two sentences share a word, so its vocabulary, word
// frequencies and punctuation stay those of the samples. Deterministic for a given generator.
class WordChain {
public:
    void learn(const QString &sentence);
    bool isEmpty() const { return m_starts.isEmpty(); }

    // About `targetLength` characters: whole words, starting like a sentence, ending where a source
    // sentence ended once at least two thirds of the length is reached (or cut at 1.5 times it).
    QString generate(std::mt19937 &random, int targetLength) const;

private:
    QStringList m_starts;                  // first words of the sentences learnt
    QHash<QString, QStringList> m_next;    // word -> the words that followed it ("" = sentence end)
};

} // namespace vigia::bench
