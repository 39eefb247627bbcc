#pragma once

#include <QSet>
#include <QString>

namespace vigia::StopWords {

// The Spanish stop words shipped with Vigía (resources/topics/stopwords-es.txt, the Snowball stop
// list), folded (accent- and case-insensitive keys, see TextNormalizer::fold).
const QSet<QString> &spanish();

// Words nearly every plan item uses whatever it is about (resources/topics/plan-words-es.txt:
// "mejorar", "proyecto", "distrito"…), folded; the comparison leaves them out with the stop words.
const QSet<QString> &planWords();
// What the comparison leaves out when it measures how alike two items are: the Spanish stop words
// and the plan words. One set, so that similarity and the shared words it shows agree.
const QSet<QString> &forSimilarity();

// Parses a stop word list: one word a line, '#' starts a comment line; the words folded.
QSet<QString> parse(const QString &text);

} // namespace vigia::StopWords
