#pragma once

#include <QString>

struct sb_stemmer;

namespace vigia {

// Snowball's Spanish stemmer (libstemmer), UTF-8. One object is one stemmer: use it from one thread
// at a time. "seguridad", "seguro" and "seguros" give "segur"; "población" and "poblaciones" "pobl".
class SpanishStemmer {
public:
    SpanishStemmer();
    ~SpanishStemmer();
    SpanishStemmer(const SpanishStemmer &) = delete;
    SpanishStemmer &operator=(const SpanishStemmer &) = delete;

    // The stem of one lower-case word (accents kept: the algorithm knows them).
    QString stem(const QString &lowerCaseWord);

private:
    sb_stemmer *m_stemmer = nullptr;
};

} // namespace vigia
