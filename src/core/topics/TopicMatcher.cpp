#include "TopicMatcher.h"

#include "TermAnalyzer.h"

#include <algorithm>

namespace vigia {

TopicMatcher::TopicMatcher(const QList<Topic> &topics, TermAnalyzer &analyzer)
    : m_analyzer(analyzer)
{
    for (qsizetype i = 0; i < topics.size(); ++i) {
        m_topicKeys.append(topics.at(i).key);
        for (const QString &keyword : topics.at(i).keywords) {
            const QStringList terms = analyzer.terms(keyword);
            if (!terms.isEmpty())
                m_keywordsByFirstTerm[terms.constFirst()].append({i, terms});
        }
    }
}

QStringList TopicMatcher::topicsFor(const QString &text)
{
    return topicsForTerms(m_analyzer.terms(text));
}

QStringList TopicMatcher::topicsForTerms(const QStringList &terms) const
{
    QList<bool> found(m_topicKeys.size(), false);
    for (qsizetype position = 0; position < terms.size(); ++position) {
        const auto candidates = m_keywordsByFirstTerm.constFind(terms.at(position));
        if (candidates == m_keywordsByFirstTerm.cend())
            continue;
        for (const KeywordTerms &keyword : *candidates) {
            if (found.at(keyword.topic) || position + keyword.terms.size() > terms.size())
                continue;
            if (std::equal(keyword.terms.cbegin(), keyword.terms.cend(), terms.cbegin() + position))
                found[keyword.topic] = true;
        }
    }
    QStringList keys;
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (found.at(i))
            keys.append(m_topicKeys.at(i));
    }
    return keys;
}

} // namespace vigia
