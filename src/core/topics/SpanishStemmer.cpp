#include "SpanishStemmer.h"

#include <libstemmer.h>

namespace vigia {

SpanishStemmer::SpanishStemmer()
    : m_stemmer(sb_stemmer_new("spanish", "UTF_8"))
{
    if (!m_stemmer)
        qFatal("libstemmer has no Spanish stemmer for UTF-8");
}

SpanishStemmer::~SpanishStemmer()
{
    sb_stemmer_delete(m_stemmer);
}

QString SpanishStemmer::stem(const QString &lowerCaseWord)
{
    const QByteArray utf8 = lowerCaseWord.toUtf8();
    const sb_symbol *stemmed
        = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!stemmed) // out of memory
        return lowerCaseWord;
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(m_stemmer));
}

} // namespace vigia
