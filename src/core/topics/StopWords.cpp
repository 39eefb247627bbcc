#include "StopWords.h"

#include "text/TextNormalizer.h"

#include <QFile>

namespace vigia::StopWords {

QSet<QString> parse(const QString &text)
{
    QSet<QString> words;
    for (const QString &line : text.split(u'\n')) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !word.startsWith(u'#'))
            words.insert(TextNormalizer::fold(word));
    }
    return words;
}

const QSet<QString> &spanish()
{
    static const QSet<QString> words = [] {
        QFile file(QStringLiteral(":/vigia/topics/stopwords-es.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The Spanish stop word list is missing from the resources");
        return parse(QString::fromUtf8(file.readAll()));
    }();
    return words;
}

const QSet<QString> &planWords()
{
    static const QSet<QString> words = [] {
        QFile file(QStringLiteral(":/vigia/topics/plan-words-es.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The list of plan words is missing from the resources");
        return parse(QString::fromUtf8(file.readAll()));
    }();
    return words;
}

const QSet<QString> &forSimilarity()
{
    static const QSet<QString> words = spanish() + planWords();
    return words;
}

} // namespace vigia::StopWords
