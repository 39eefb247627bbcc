// The topic matcher's rules against invented item texts, and its counts per plan and topic on the
// five seed plans against hand labels (tests/data/topics/README.md).
#include "readers/PlanFileReader.h"
#include "topics/TermAnalyzer.h"
#include "topics/TopicMatcher.h"
#include "topics/TopicTaxonomy.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <cmath>

using namespace vigia;

namespace {

QList<Topic> taxonomy()
{
    return {{QStringLiteral("seguridad"), QStringLiteral("Seguridad ciudadana"),
             {QStringLiteral("seguridad"), QStringLiteral("serenazgo"), QStringLiteral("-seguridad alimentaria"), QStringLiteral("-seguro de salud")}},
            {QStringLiteral("educacion"), QStringLiteral("Educación"), {QStringLiteral("educación"), QStringLiteral("colegios")}},
            {QStringLiteral("salud"), QStringLiteral("Salud"), {QStringLiteral("salud"), QStringLiteral("anemia")}}};
}

} // namespace

class TestTopicMatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // A phrase written with a leading '-' keeps the topic's keywords inside it from counting; the
    // same keyword elsewhere in the text still counts.
    void excludingPhrasesKeepAmbiguousWordsOut()
    {
        TermAnalyzer analyzer;
        TopicMatcher matcher(taxonomy(), analyzer);
        QCOMPARE(matcher.topicsFor(QStringLiteral("Garantizar la seguridad alimentaria de las familias campesinas.")), QStringList());
        QCOMPARE(matcher.topicsFor(QStringLiteral("Afiliar a los adultos mayores al seguro de salud.")), QStringList{QStringLiteral("salud")});
        QCOMPARE(matcher.topicsFor(QStringLiteral("Mejorar la seguridad de los parques.")), QStringList{QStringLiteral("seguridad")});
        QCOMPARE(matcher.topicsFor(QStringLiteral("Seguridad alimentaria y más serenazgo en los barrios.")), QStringList{QStringLiteral("seguridad")});
    }

    // Partners named as partners are who an item works with, not what it is about.
    void partnersAreNotTheTopic()
    {
        TermAnalyzer analyzer;
        TopicMatcher matcher(taxonomy(), analyzer);
        QCOMPARE(matcher.topicsFor(QStringLiteral("Campaña de reciclaje en alianza con los colegios del distrito, todos los años.")), QStringList());
        QCOMPARE(matcher.topicsFor(QStringLiteral("Reducir la anemia, en coordinación con el sector educación.")), QStringList{QStringLiteral("salud")});
        QCOMPARE(matcher.topicsFor(QStringLiteral("Convenio con el sector salud para capacitar al serenazgo.")), QStringList{QStringLiteral("seguridad")});
        QCOMPARE(matcher.topicsFor(QStringLiteral("Construir dos colegios junto con el gobierno regional.")), QStringList{QStringLiteral("educacion")});
        // "con" alone is no partnership: a programme with schools is about schools.
        QCOMPARE(matcher.topicsFor(QStringLiteral("Programa de lectura con los colegios.")), QStringList{QStringLiteral("educacion")});
    }

    // Each topic comes with the keyword that put the text in it.
    void matchesSayWhichKeywordMatched()
    {
        TermAnalyzer analyzer;
        TopicMatcher matcher(taxonomy(), analyzer);
        const QList<TopicMatcher::Match> matches = matcher.matchesFor(QStringLiteral("Reducir la anemia en los colegios públicos."));
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches[0], (TopicMatcher::Match{QStringLiteral("educacion"), QStringLiteral("colegios")}));
        QCOMPARE(matches[1], (TopicMatcher::Match{QStringLiteral("salud"), QStringLiteral("anemia")}));
    }

    // On the five seed plans, the number of items the default taxonomy puts in each topic follows
    // the hand labels (tests/data/topics/seed-item-topics.tsv, labelled by the rule in that
    // folder's README): within one item on average over every plan and topic, and a topic a plan
    // is silent on gets at most one item.
    void countsPerTopicFollowTheHandLabels()
    {
        QFile labelsFile(QStringLiteral(VIGIA_SOURCE_DIR "/tests/data/topics/seed-item-topics.tsv"));
        QVERIFY(labelsFile.open(QIODevice::ReadOnly | QIODevice::Text));
        // plan -> item text -> hand topics (a text printed twice in a plan has one labelling)
        QHash<QString, QHash<QString, QStringList>> labels;
        const QStringList lines = QString::fromUtf8(labelsFile.readAll()).split(u'\n', Qt::SkipEmptyParts).mid(1);
        for (const QString &line : lines) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 5);
            labels[fields[0]][fields[4]] = fields[3].split(u',', Qt::SkipEmptyParts);
        }
        QCOMPARE(labels.size(), 5);

        const QList<Topic> topics = TopicTaxonomy::defaultTopics();
        TermAnalyzer analyzer;
        TopicMatcher matcher(topics, analyzer);
        const PlanFileReader reader;
        double totalError = 0;
        int cells = 0;
        int largestSilentCount = 0;
        qsizetype labelledItems = 0;
        for (auto plan = labels.cbegin(); plan != labels.cend(); ++plan) {
            const ReadResult result = reader.readFile(QStringLiteral(VIGIA_SAMPLES_DIR "/seeds/%1.txt").arg(plan.key()));
            QVERIFY2(result.ok(), qPrintable(result.error));
            QHash<QString, int> handCounts;
            QHash<QString, int> matchedCounts;
            for (const Dimension &dimension : result.plan.dimensions) {
                for (const Row &row : dimension.rows) {
                    for (ItemKind kind : allItemKinds) {
                        for (const Item &item : row.items(kind)) {
                            const QString text = QString(item.text).replace(u'\t', u' ').replace(u'\n', u' ');
                            QVERIFY2(plan->contains(text), qPrintable(plan.key() + QStringLiteral(": no label for ") + text));
                            ++labelledItems;
                            for (const QString &key : plan->value(text))
                                ++handCounts[key];
                            for (const QString &key : matcher.topicsFor(item.text))
                                ++matchedCounts[key];
                        }
                    }
                }
            }
            for (const Topic &topic : topics) {
                const int hand = handCounts.value(topic.key);
                const int matched = matchedCounts.value(topic.key);
                totalError += std::abs(hand - matched);
                ++cells;
                if (hand == 0)
                    largestSilentCount = std::max(largestSilentCount, matched);
            }
        }
        QCOMPARE(labelledItems, qsizetype(413));
        const double meanError = totalError / cells;
        qInfo("mean error of the item count per plan and topic: %.2f items over %d cells", meanError, cells);
        QVERIFY2(meanError <= 1.0, qPrintable(QString::number(meanError)));
        QVERIFY2(largestSilentCount <= 1, qPrintable(QString::number(largestSilentCount)));
    }
};

QTEST_GUILESS_MAIN(TestTopicMatcher)
#include "TestTopicMatcher.moc"
