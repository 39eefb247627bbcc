#pragma once

#include "TopicTaxonomy.h"

#include <QHash>
#include <QStringList>

namespace vigia {

class TermAnalyzer;

// Finds the topics of a text: a topic applies when one of its keywords occurs in the text, word
// for word after both went through the same TermAnalyzer (so inflections match: the keyword
// "escuelas deportivas" matches "escuela deportiva"; stop words inside a phrase are skipped).
//
// Two rules keep words used in passing from counting:
// - A keyword written with a leading '-' ("-seguridad alimentaria") is a phrase in which the
//   topic's keywords do not count: "seguridad" is citizen security, "seguridad alimentaria" is not.
// - A partner named as such ("en alianza con el sector educación", "en coordinación con la PNP",
//   "convenio con el MINSA") is who the item works with, not what it is about: the words from the
//   partnering phrase to the end of its clause (a comma, "para", "a fin de", "que") are not matched.
class TopicMatcher {
public:
    TopicMatcher(const QList<Topic> &topics, TermAnalyzer &analyzer);

    // One topic of a text and the keyword that put the text in it (the first one found).
    struct Match {
        QString topicKey;
        QString keyword;
        bool operator==(const Match &) const = default;
    };

    // The keys of the topics `text` is about, in taxonomy order.
    QStringList topicsFor(const QString &text);
    // The same, each with the keyword that matched.
    QList<Match> matchesFor(const QString &text);

    // `text` without the partners it names ("en alianza con …", "en coordinación con …").
    static QString withoutPartnerMentions(const QString &text);

private:
    struct KeywordTerms {
        qsizetype topic = 0;
        QStringList terms;
        QString keyword;
    };
    QList<Match> matchesForTerms(const QStringList &terms) const;

    TermAnalyzer &m_analyzer;
    QStringList m_topicKeys;
    QHash<QString, QList<KeywordTerms>> m_keywordsByFirstTerm;
    QHash<QString, QList<KeywordTerms>> m_exclusionsByFirstTerm;
};

} // namespace vigia
