#include "compare/ComparisonCsvWriter.h"
#include "compare/ComparisonHtmlWriter.h"
#include "compare/ComparisonJson.h"
#include "compare/PlanComparer.h"
#include "compare/SharedWords.h"
#include "compare/SimilarityIndex.h"
#include "json/PlanJson.h"
#include "topics/TermAnalyzer.h"
#include "topics/TopicTaxonomy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace vigia;

// Similarity, the comparison of two real plans for the same district (the gold files of seeds 000
// and 001), and the CSV, HTML and JSON outputs.
class TestPlanComparer : public QObject {
    Q_OBJECT
private:
    // A gold plan with distinct item ids starting at `firstId`.
    static Plan goldPlan(const QString &prefix, qint64 planId, qint64 firstId)
    {
        const QDir gold(QStringLiteral(VIGIA_SAMPLES_DIR "/gold"));
        const QStringList names = gold.entryList({prefix + QStringLiteral("_*.gold.json")});
        if (names.size() != 1)
            qFatal("no gold file %s_*", qPrintable(prefix));
        QFile file(gold.filePath(names.constFirst()));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        Plan plan;
        QString error;
        if (!PlanJson::fromJson(file.readAll(), &plan, &error))
            qFatal("%s: %s", qPrintable(file.fileName()), qPrintable(error));
        plan.id = planId;
        plan.sourceFileName = names.constFirst();
        qint64 next = firstId;
        for (Dimension &dimension : plan.dimensions) {
            for (Row &row : dimension.rows) {
                for (ItemKind kind : allItemKinds) {
                    for (Item &item : row.items(kind))
                        item.id = next++;
                }
            }
        }
        return plan;
    }

    static Plan tinyPlan(qint64 planId, qint64 firstId, const QStringList &objectives, const QString &dimension)
    {
        Plan plan;
        plan.id = planId;
        plan.sourceFileName = QStringLiteral("plan-%1.txt").arg(planId);
        plan.metadata.organization = QStringLiteral("PARTIDO %1").arg(planId);
        Dimension social;
        social.name = dimension;
        Row row;
        qint64 next = firstId;
        for (const QString &text : objectives) {
            Item item;
            item.id = next++;
            item.text = text;
            row.items(ItemKind::Objective).append(item);
        }
        Item meta;
        meta.id = next++;
        meta.text = QStringLiteral("05 escuelas deportivas implementadas");
        row.items(ItemKind::Target).append(meta);
        social.rows.append(row);
        plan.dimensions.append(social);
        return plan;
    }

    static PlanComparison compareIndependencia(double threshold = 0.2)
    {
        const QList<Plan> plans{goldPlan(QStringLiteral("000"), 1, 1), goldPlan(QStringLiteral("001"), 2, 10001)};
        const QList<Topic> topics = TopicTaxonomy::defaultTopics();
        ComparisonOptions options;
        options.threshold = threshold;
        QString error;
        const std::optional<PlanComparison> comparison
            = PlanComparer::compare(plans, topics, PlanComparer::topicsOf(plans, topics), options, &error);
        if (!comparison)
            qFatal("%s", qPrintable(error));
        return *comparison;
    }

    // RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
    static QList<QStringList> parseCsv(const QString &text)
    {
        QList<QStringList> records;
        QStringList record;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                record.append(field);
                field.clear();
            } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                record.append(field);
                records.append(record);
                record.clear();
                field.clear();
                ++i;
            } else {
                field += c;
            }
        }
        return records;
    }

private Q_SLOTS:
    void paraphraseScoresAboveUnrelatedText()
    {
        TermAnalyzer analyzer;
        const SimilarityIndex index({analyzer.terms(QStringLiteral("Construir un centro de salud en el distrito")),
                                     analyzer.terms(QStringLiteral("Construcción de centros de salud distritales")),
                                     analyzer.terms(QStringLiteral("Promover el turismo gastronómico de la región")),
                                     analyzer.terms(QStringLiteral("de la y en"))});
        QVERIFY2(index.similarity(0, 1) > 0.3, qPrintable(QString::number(index.similarity(0, 1))));
        QCOMPARE(index.similarity(0, 2), 0.0);
        QVERIFY(qAbs(index.similarity(0, 0) - 1.0) < 1e-6);
        QVERIFY(index.isEmpty(3));
        QCOMPARE(index.similarity(0, 3), 0.0);
    }

    void refusesTooFewOrTooManyPlansAndPlansWithoutIds()
    {
        const QList<Topic> topics = TopicTaxonomy::defaultTopics();
        const Plan one = tinyPlan(1, 1, {QStringLiteral("Salud")}, QStringLiteral("Social"));
        QString error;
        QVERIFY(!PlanComparer::compare({one}, topics, {}, {}, &error));
        QVERIFY(error.contains(QStringLiteral("2 to 4 plans")));
        QList<Plan> five;
        for (int i = 0; i < 5; ++i)
            five.append(tinyPlan(i + 1, 100 * (i + 1), {QStringLiteral("Salud")}, QStringLiteral("Social")));
        QVERIFY(!PlanComparer::compare(five, topics, {}, {}, &error));
        Plan unstored = tinyPlan(2, 50, {QStringLiteral("Salud")}, QStringLiteral("Social"));
        unstored.dimensions[0].rows[0].items(ItemKind::Objective)[0].id = 0;
        QVERIFY(!PlanComparer::compare({one, unstored}, topics, {}, {}, &error));
        QVERIFY(error.contains(QStringLiteral("no distinct ids")));
    }

    void alignsSimilarItemsAndLeavesGaps()
    {
        const QList<Plan> plans{
            tinyPlan(1, 1, {QStringLiteral("Construir un centro de salud en el distrito"),
                            QStringLiteral("Promover el turismo gastronómico")}, QStringLiteral("Social")),
            tinyPlan(2, 100, {QStringLiteral("Construcción de centros de salud distritales")}, QStringLiteral("Social")),
            tinyPlan(3, 200, {QStringLiteral("Centros de salud construidos")}, QStringLiteral("Ambiental"))};
        const QList<Topic> topics = TopicTaxonomy::defaultTopics();
        QString error;
        const auto comparison = PlanComparer::compare(plans, topics, PlanComparer::topicsOf(plans, topics), {}, &error);
        QVERIFY2(comparison, qPrintable(error));
        QCOMPARE(comparison->alignment.size(), 2);
        const AlignedDimension &social = comparison->alignment[0];
        QCOMPARE(social.name, QStringLiteral("Social"));
        QCOMPARE(social.present, (QList<bool>{true, true, false}));
        // Health objectives of plans 1 and 2 on one line, tourism alone, the metas together.
        QList<AlignedLine> objectives;
        for (const AlignedLine &line : social.lines) {
            if (line.kind == ItemKind::Objective)
                objectives.append(line);
        }
        QCOMPARE(objectives.size(), 2);
        QCOMPARE(comparison->items[objectives[0].cells[0]].text, QStringLiteral("Construir un centro de salud en el distrito"));
        QCOMPARE(comparison->items[objectives[0].cells[1]].text, QStringLiteral("Construcción de centros de salud distritales"));
        QCOMPARE(objectives[0].cells[2], -1);
        QVERIFY(objectives[0].score >= 0.2);
        QVERIFY(objectives[0].topics.contains(QStringLiteral("salud")));
        // Each computed topic of an item comes with the keyword that matched.
        QCOMPARE(comparison->items[objectives[0].cells[0]].topicKeywords.value(QStringLiteral("salud")), QStringLiteral("centro de salud"));
        QCOMPARE(comparison->items[objectives[1].cells[0]].topicKeywords.value(QStringLiteral("turismo")), QStringLiteral("turismo"));
        QCOMPARE(objectives[1].filledCount(), 1);
        // Across dimensions the pair still shows among the similar items.
        bool crossDimension = false;
        for (const SimilarPair &pair : comparison->pairs)
            crossDimension = crossDimension || (comparison->items[pair.right].column == 2
                                                && comparison->items[pair.right].kind == ItemKind::Objective);
        QVERIFY(crossDimension);
    }

    // One notion of similarity: two items share a line only when they are a similar pair, the
    // pair their panels list. A shared topic orders the pairs, it never makes one: the two health
    // items below share one word ("salud"), so no bonus puts them on one line.
    void aSharedTopicNeverMakesALine()
    {
        const QList<Plan> plans{
            tinyPlan(1, 1, {QStringLiteral("Salud para todos los vecinos"), QStringLiteral("Vecinos organizados")},
                     QStringLiteral("Social")),
            tinyPlan(2, 100, {QStringLiteral("Hospital de salud materna"), QStringLiteral("Vecinos del distrito")},
                     QStringLiteral("Social"))};
        const QList<Topic> topics = TopicTaxonomy::defaultTopics();
        const QHash<qint64, QStringList> itemTopics = PlanComparer::topicsOf(plans, topics);
        for (double bonus : {0.0, 0.1, 1.0}) {
            ComparisonOptions options;
            options.threshold = 0.05;
            options.topicBonus = bonus;
            QString error;
            const auto comparison = PlanComparer::compare(plans, topics, itemTopics, options, &error);
            QVERIFY2(comparison, qPrintable(error));
            for (const AlignedLine &line : comparison->alignment.constFirst().lines) {
                if (line.kind == ItemKind::Objective && line.filledCount() == 2)
                    QVERIFY(!comparison->items[line.cells[0]].text.contains(QStringLiteral("Salud")));
            }
            for (const SimilarPair &pair : comparison->pairs)
                QVERIFY(!comparison->items[pair.left].text.contains(QStringLiteral("Salud")));
        }
    }

    // Two items match on what they are about, several content words, never on one common verb or
    // on the words every plan uses ("mejorar", "proyecto", "distrito").
    void oneCommonWordIsNoLikeness()
    {
        const QList<Plan> plans{
            tinyPlan(1, 1, {QStringLiteral("Promover que los jóvenes puedan acceder al deporte competitivo"),
                            QStringLiteral("Reducir la desnutrición crónica infantil"),
                            QStringLiteral("Mejorar el distrito con proyectos de inversión")}, QStringLiteral("Social")),
            tinyPlan(2, 100, {QStringLiteral("Garantizar que las familias puedan acceder al agua potable"),
                              QStringLiteral("Desnutrición crónica infantil reducida a la mitad"),
                              QStringLiteral("Proyectos para mejorar el distrito")}, QStringLiteral("Social"))};
        const QList<Topic> topics = TopicTaxonomy::defaultTopics();
        ComparisonOptions options;
        options.threshold = 0.05;
        QString error;
        const auto comparison = PlanComparer::compare(plans, topics, PlanComparer::topicsOf(plans, topics), options, &error);
        QVERIFY2(comparison, qPrintable(error));
        QStringList matched;
        for (const SimilarPair &pair : comparison->pairs) {
            if (comparison->items[pair.left].kind == ItemKind::Objective)
                matched.append(comparison->items[pair.left].text);
        }
        QCOMPARE(matched, QStringList{QStringLiteral("Reducir la desnutrición crónica infantil")});
        // Why they match: the words they share, as each writes them; plan words do not count.
        QCOMPARE(SharedWords::words(QStringLiteral("Desnutrición crónica infantil reducida a la mitad"),
                                    QStringLiteral("Reducir la desnutrición crónica infantil")),
                 (QStringList{QStringLiteral("Desnutrición"), QStringLiteral("crónica"), QStringLiteral("infantil"), QStringLiteral("reducida")}));
        QCOMPARE(SharedWords::in(QStringLiteral("Mejorar el agua"), QStringLiteral("Mejorar la salud")), QList<SharedWords::Span>{});
        QCOMPARE(SharedWords::in(QStringLiteral("Agua potable"), QStringLiteral("más agua")), (QList<SharedWords::Span>{{0, 4}}));
    }

    void independenciaPlansAlignOnSharedTopics()
    {
        const PlanComparison comparison = compareIndependencia();
        QCOMPARE(comparison.columnCount(), 2);
        QCOMPARE(comparison.plans[0].itemCount, 155);
        QCOMPARE(comparison.plans[1].itemCount, 48);
        QCOMPARE(comparison.alignment.size(), 4); // Social, Económica, Ambiental, Institucional in both
        int sharedTopicLines = 0;
        for (const AlignedDimension &dimension : comparison.alignment) {
            QCOMPARE(dimension.present, (QList<bool>{true, true}));
            for (const AlignedLine &line : dimension.lines) {
                if (line.filledCount() < 2)
                    continue;
                const ComparedItem &left = comparison.items[line.cells[0]];
                const ComparedItem &right = comparison.items[line.cells[1]];
                QCOMPARE(left.kind, right.kind);
                QCOMPARE(left.dimension, dimension.name);
                QCOMPARE(right.dimension, dimension.name);
                for (const QString &key : left.topics) {
                    if (right.topics.contains(key)) {
                        ++sharedTopicLines;
                        break;
                    }
                }
            }
        }
        QVERIFY2(sharedTopicLines >= 1, qPrintable(QString::number(sharedTopicLines)));
        // Every two items on one line are a similar pair: what the line shows, the panel lists.
        for (const AlignedDimension &dimension : comparison.alignment) {
            for (const AlignedLine &line : dimension.lines) {
                if (line.filledCount() < 2)
                    continue;
                const auto isPair = [&](int a, int b) {
                    return std::any_of(comparison.pairs.cbegin(), comparison.pairs.cend(), [&](const SimilarPair &pair) {
                        return (pair.left == a && pair.right == b) || (pair.left == b && pair.right == a);
                    });
                };
                QVERIFY(isPair(line.cells[0], line.cells[1]));
                QVERIFY(line.score >= 0.2);
            }
        }
        // Both plans speak of vulnerable people, of MYPE; only 000 of security.
        const auto coverage = [&](const QString &key) {
            for (const TopicCoverage &topic : comparison.topics) {
                if (topic.key == key)
                    return QList<int>{topic.count(0), topic.count(1)};
            }
            return QList<int>{};
        };
        QVERIFY(coverage(QStringLiteral("poblacion-vulnerable")).value(1) > 0);
        QVERIFY(coverage(QStringLiteral("empleo-mype")).value(1) > 0);
        QVERIFY(coverage(QStringLiteral("seguridad-ciudadana")).value(0) > 0);
        QCOMPARE(coverage(QStringLiteral("seguridad-ciudadana")).value(1), 0);
        // Pairs: best first, across plans, at or above the threshold.
        QVERIFY(!comparison.pairs.isEmpty());
        for (qsizetype i = 0; i < comparison.pairs.size(); ++i) {
            const SimilarPair &pair = comparison.pairs[i];
            QVERIFY(pair.score >= 0.2);
            QCOMPARE(comparison.items[pair.left].column, 0);
            QCOMPARE(comparison.items[pair.right].column, 1);
            if (i > 0)
                QVERIFY(comparison.pairs[i - 1].score >= pair.score);
        }
        // A higher threshold keeps fewer pairs.
        QVERIFY(compareIndependencia(0.35).pairs.size() < comparison.pairs.size());
        // Measurability covers every meta.
        QCOMPARE(comparison.measurability[0].overall.total(), 85);
        QCOMPARE(comparison.measurability[1].overall.total(), 12);
        for (const PlanMeasurability &plan : comparison.measurability) {
            double sum = 0.0;
            for (Measurability level : allMeasurabilities)
                sum += plan.overall.share(level);
            QVERIFY(qAbs(sum - 1.0) < 1e-9);
            int byDimension = 0;
            for (const DimensionMeasurability &dimension : plan.byDimension)
                byDimension += dimension.shares.total();
            QCOMPARE(byDimension, plan.overall.total());
        }
    }

    void csvHoldsTopicsLinesPairsAndShares()
    {
        const PlanComparison comparison = compareIndependencia();
        const QString csv = QString::fromUtf8(ComparisonCsvWriter::write(comparison));
        const QList<QStringList> records = parseCsv(csv);
        QVERIFY(!records.isEmpty());
        QCOMPARE(records[0].size(), 7);
        QCOMPARE(records[0].mid(0, 5), (QStringList{QStringLiteral("section"), QStringLiteral("dimension"),
                                                    QStringLiteral("topic"), QStringLiteral("kind"), QStringLiteral("score")}));
        QVERIFY(records[0][5].contains(QStringLiteral("INDEPENDENCIA")));
        QHash<QString, int> sections;
        for (const QStringList &record : records) {
            QCOMPARE(record.size(), 7);
            ++sections[record[0]];
        }
        QCOMPARE(sections.value(QStringLiteral("topic")), int(comparison.topics.size()));
        QCOMPARE(sections.value(QStringLiteral("similar")), int(comparison.pairs.size()));
        int lines = 0;
        for (const AlignedDimension &dimension : comparison.alignment)
            lines += int(dimension.lines.size());
        QCOMPARE(sections.value(QStringLiteral("alignment")), lines);
        QVERIFY(sections.value(QStringLiteral("measurability")) > 0);
        bool foundTopic = false;
        bool foundMeta = false;
        for (const QStringList &record : records) {
            if (record[0] == u"topic" && record[2] == u"Seguridad ciudadana") {
                foundTopic = true;
                QVERIFY(record[5].toInt() > 0);
                QCOMPARE(record[6], QStringLiteral("0"));
            }
            // A text with a comma and quotes survives quoting.
            if (record[0] == u"alignment" && record[5].contains(QStringLiteral("01 Proyecto de construcción del Hospital Tahuantinsuyo, financiado")))
                foundMeta = true;
            if (record[0] == u"measurability" && record[1].isEmpty() && record[3] == u"measurable")
                QVERIFY(qAbs(record[5].toDouble() - comparison.measurability[0].overall.share(Measurability::Measurable)) < 0.001);
        }
        QVERIFY(foundTopic);
        QVERIFY(foundMeta);
    }

    void htmlIsOneSelfContainedPage()
    {
        QList<Plan> plans{tinyPlan(1, 1, {QStringLiteral("Salud <para> todos & \"siempre\"")}, QStringLiteral("Social")),
                          tinyPlan(2, 100, {QStringLiteral("Turismo")}, QStringLiteral("Social"))};
        const QList<Topic> topics = TopicTaxonomy::defaultTopics();
        QString error;
        const auto comparison = PlanComparer::compare(plans, topics, PlanComparer::topicsOf(plans, topics), {}, &error);
        QVERIFY2(comparison, qPrintable(error));
        const QString html = ComparisonHtmlWriter::write(*comparison);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<style>")));
        QVERIFY(html.trimmed().endsWith(QStringLiteral("</html>")));
        for (const QString &external : {QStringLiteral("<script"), QStringLiteral("<link"), QStringLiteral("src="),
                                        QStringLiteral("http://"), QStringLiteral("https://"), QStringLiteral("@import"),
                                        QStringLiteral("url(")})
            QVERIFY2(!html.contains(external, Qt::CaseInsensitive), qPrintable(external));
        QVERIFY(html.contains(QStringLiteral("Salud &lt;para&gt; todos &amp; &quot;siempre&quot;")));
        QVERIFY(!html.contains(QStringLiteral("<para>")));
        QVERIFY(html.contains(QStringLiteral("PARTIDO 1")));
        QVERIFY(html.contains(QStringLiteral("Seguridad ciudadana")));
        QVERIFY(html.contains(QStringLiteral("class=\"gap\"")));
        QVERIFY(html.contains(QStringLiteral("Medibilidad de las metas")));
    }

    void jsonHoldsCountsPairsAndShares()
    {
        const PlanComparison comparison = compareIndependencia();
        const QJsonObject json = ComparisonJson::toJson(comparison);
        QCOMPARE(json.value(QStringLiteral("plans")).toArray().size(), 2);
        const QJsonArray topics = json.value(QStringLiteral("topics")).toArray();
        QCOMPARE(topics.size(), comparison.topics.size());
        QCOMPARE(topics[0].toObject().value(QStringLiteral("counts")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("pairs")).toArray().size(), comparison.pairs.size());
        const QJsonObject firstPair = json.value(QStringLiteral("pairs")).toArray()[0].toObject();
        QVERIFY(firstPair.value(QStringLiteral("score")).toDouble() >= 0.2);
        QCOMPARE(firstPair.value(QStringLiteral("left")).toObject().value(QStringLiteral("plan_id")).toInteger(), 1);
        const QJsonArray measurability = json.value(QStringLiteral("measurability")).toArray();
        QCOMPARE(measurability[1].toObject().value(QStringLiteral("metas")).toInt(), 12);
        QCOMPARE(json.value(QStringLiteral("metas")).toArray().size(), 85 + 12);
        // An item's topics, and which keyword put it in each.
        const QJsonObject left = firstPair.value(QStringLiteral("left")).toObject();
        const QJsonObject keywords = left.value(QStringLiteral("topic_keywords")).toObject();
        QCOMPARE(keywords.size(), left.value(QStringLiteral("topics")).toArray().size());
        for (const QJsonValue &topic : left.value(QStringLiteral("topics")).toArray())
            QVERIFY(!keywords.value(topic.toString()).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlanComparer)
#include "TestPlanComparer.moc"
