#pragma once

#include "TopicTaxonomy.h"

#include <QHash>
#include <QStringList>

namespace vigia {

class TermAnalyzer;

// Finds the topics of a text: a topic applies when one of its keywords occurs in the text, word
// for word after both went through the same TermAnalyzer (so inflections match: the keyword
// "escuelas deportivas" matches "escuela deportiva"; stop words inside a phrase are skipped).
class TopicMatcher {
public:
    TopicMatcher(const QList<Topic> &topics, TermAnalyzer &analyzer);

    // The keys of the topics `text` is about, in taxonomy order.
    QStringList topicsFor(const QString &text);
    QStringList topicsForTerms(const QStringList &terms) const;

private:
    struct KeywordTerms {
        qsizetype topic = 0;
        QStringList terms;
    };
    TermAnalyzer &m_analyzer;
    QStringList m_topicKeys;
    QHash<QString, QList<KeywordTerms>> m_keywordsByFirstTerm;
};

} // namespace vigia
