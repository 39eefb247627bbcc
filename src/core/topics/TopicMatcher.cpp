#include "TopicMatcher.h"

#include "TermAnalyzer.h"

#include <QRegularExpression>

#include <algorithm>

namespace vigia {

namespace {

// Where a keyword match starts and how many terms it takes.
struct Span {
    qsizetype start = 0;
    qsizetype length = 0;
};

bool phraseAt(const QStringList &terms, qsizetype position, const QStringList &phrase)
{
    return position + phrase.size() <= terms.size() && std::equal(phrase.cbegin(), phrase.cend(), terms.cbegin() + position);
}

} // namespace

TopicMatcher::TopicMatcher(const QList<Topic> &topics, TermAnalyzer &analyzer)
    : m_analyzer(analyzer)
{
    for (qsizetype i = 0; i < topics.size(); ++i) {
        m_topicKeys.append(topics.at(i).key);
        for (const QString &keyword : topics.at(i).keywords) {
            const bool excluding = keyword.startsWith(u'-');
            const QString phrase = excluding ? keyword.mid(1).trimmed() : keyword;
            const QStringList terms = analyzer.terms(phrase);
            if (terms.isEmpty())
                continue;
            (excluding ? m_exclusionsByFirstTerm : m_keywordsByFirstTerm)[terms.constFirst()].append({i, terms, phrase});
        }
    }
}

QString TopicMatcher::withoutPartnerMentions(const QString &text)
{
    // "en alianza con", "alianzas estratégicas con", "en coordinación con", "convenio con",
    // "en colaboración con", "en concertación con", "junto con", "conjuntamente con", "con el apoyo
    // de", "en cogestión con":
    // up to the end of the clause.
    static const QRegularExpression partner(
        QStringLiteral("\\b(?:(?:en\\s+)?(?:alianzas?(?:\\s+estrat[eé]gicas?)?|coordinaci[oó]n(?:\\s+continua|\\s+permanente)?|colaboraci[oó]n|"
                       "cogesti[oó]n|concertaci[oó]n|articulaci[oó]n|convenios?|hermanamientos?|junto|conjuntamente)\\s+con|con\\s+el\\s+apoyo\\s+de)\\b"
                       "[^,;:.()]*?(?=\\s+(?:para|a\\s+fin\\s+de|que|destinad[oa]s?|mediante)\\b|[,;:.()]|$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString result = text;
    result.replace(partner, QStringLiteral(" "));
    return result;
}

QStringList TopicMatcher::topicsFor(const QString &text)
{
    QStringList keys;
    for (const Match &match : matchesFor(text))
        keys.append(match.topicKey);
    return keys;
}

QList<TopicMatcher::Match> TopicMatcher::matchesFor(const QString &text)
{
    return matchesForTerms(m_analyzer.terms(withoutPartnerMentions(text)));
}

QList<TopicMatcher::Match> TopicMatcher::matchesForTerms(const QStringList &terms) const
{
    // The phrases in which a topic's keywords do not count.
    QHash<qsizetype, QList<Span>> excluded;
    for (qsizetype position = 0; position < terms.size(); ++position) {
        const auto exclusions = m_exclusionsByFirstTerm.constFind(terms.at(position));
        if (exclusions == m_exclusionsByFirstTerm.cend())
            continue;
        for (const KeywordTerms &exclusion : *exclusions) {
            if (phraseAt(terms, position, exclusion.terms))
                excluded[exclusion.topic].append({position, exclusion.terms.size()});
        }
    }
    auto isExcluded = [&excluded](qsizetype topic, qsizetype start, qsizetype length) {
        const auto spans = excluded.constFind(topic);
        if (spans == excluded.cend())
            return false;
        return std::any_of(spans->cbegin(), spans->cend(), [&](const Span &span) {
            return start < span.start + span.length && span.start < start + length;
        });
    };

    QList<QString> found(m_topicKeys.size());
    for (qsizetype position = 0; position < terms.size(); ++position) {
        const auto candidates = m_keywordsByFirstTerm.constFind(terms.at(position));
        if (candidates == m_keywordsByFirstTerm.cend())
            continue;
        for (const KeywordTerms &keyword : *candidates) {
            if (!found.at(keyword.topic).isEmpty() || !phraseAt(terms, position, keyword.terms))
                continue;
            if (!isExcluded(keyword.topic, position, keyword.terms.size()))
                found[keyword.topic] = keyword.keyword;
        }
    }
    QList<Match> matches;
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (!found.at(i).isEmpty())
            matches.append({m_topicKeys.at(i), found.at(i)});
    }
    return matches;
}

} // namespace vigia
