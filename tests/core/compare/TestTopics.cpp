#include "../store/StoreTestSupport.h"

#include "store/PlanLibrary.h"
#include "topics/TermAnalyzer.h"
#include "topics/TopicMatcher.h"
#include "topics/TopicStore.h"
#include "topics/TopicTaxonomy.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

// Stemming, topic matching, the taxonomy file and the library's topic store (edits, manual
// assignments that survive recomputation, staleness after edits).
class TestTopics : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("topics-%1.vigia").arg(++m_counter)); }

    static QList<Topic> smallTaxonomy()
    {
        return {{QStringLiteral("salud"), QStringLiteral("Salud"), {QStringLiteral("salud"), QStringLiteral("centro de salud")}},
                {QStringLiteral("deporte"), QStringLiteral("Deporte"), {QStringLiteral("escuelas deportivas")}},
                {QStringLiteral("vulnerable"), QStringLiteral("Población vulnerable"), {QStringLiteral("población vulnerable")}}};
    }

    // The id of the first item of `plan` whose text contains `needle`.
    static qint64 itemId(const Plan &plan, const QString &needle)
    {
        for (const Dimension &dimension : plan.dimensions) {
            for (const Row &row : dimension.rows) {
                for (ItemKind kind : allItemKinds) {
                    for (const Item &item : row.items(kind)) {
                        if (item.text.contains(needle))
                            return item.id;
                    }
                }
            }
        }
        return 0;
    }

    static QStringList keysOf(const QList<ItemTopic> &topics)
    {
        QStringList keys;
        for (const ItemTopic &topic : topics)
            keys.append(topic.key);
        return keys;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void inflectionsShareTheirTerm_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("plural") << QStringLiteral("escuela") << QStringLiteral("escuelas");
        QTest::newRow("gender and number") << QStringLiteral("deportivo") << QStringLiteral("deportivas");
        QTest::newRow("accent and case") << QStringLiteral("población") << QStringLiteral("POBLACIONES");
        QTest::newRow("derivation") << QStringLiteral("educación") << QStringLiteral("educativa");
        QTest::newRow("verb forms") << QStringLiteral("implementar") << QStringLiteral("implementado");
    }

    void inflectionsShareTheirTerm()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        TermAnalyzer analyzer;
        QVERIFY(!analyzer.term(first).isEmpty());
        QCOMPARE(analyzer.term(first), analyzer.term(second));
    }

    void stopWordsAndNumbersAreNotTerms()
    {
        TermAnalyzer analyzer;
        QVERIFY(analyzer.isStopWord(QStringLiteral("de")));
        QVERIFY(analyzer.isStopWord(QStringLiteral("MÁS")));
        QCOMPARE(analyzer.terms(QStringLiteral("05 de las escuelas, y los 100 parques")).size(), 2);
        QVERIFY(analyzer.term(QStringLiteral("para")).isEmpty());
        QVERIFY(analyzer.terms(QStringLiteral("salud")) != analyzer.terms(QStringLiteral("seguridad")));
    }

    void topicsMatchInflectedKeywords()
    {
        TermAnalyzer analyzer;
        TopicMatcher matcher(smallTaxonomy(), analyzer);
        QCOMPARE(matcher.topicsFor(QStringLiteral("05 Escuela Deportiva implementada")), QStringList{QStringLiteral("deporte")});
        QCOMPARE(matcher.topicsFor(QStringLiteral("Atención a las POBLACIONES VULNERABLES y su salud")),
                 (QStringList{QStringLiteral("salud"), QStringLiteral("vulnerable")}));
        // A phrase needs its words together and in order.
        QVERIFY(matcher.topicsFor(QStringLiteral("Escuelas de vóley con losas deportivas")).isEmpty());
        QVERIFY(matcher.topicsFor(QStringLiteral("Mejorar las vías")).isEmpty());
    }

    void defaultTaxonomyCoversTheMunicipalTopics()
    {
        const QList<Topic> topics = TopicTaxonomy::defaultTopics();
        QVERIFY(topics.size() >= 18);
        QStringList names;
        for (const Topic &topic : topics) {
            QVERIFY2(!topic.keywords.isEmpty(), qPrintable(topic.name));
            names.append(topic.name);
        }
        for (const QString &expected : {QStringLiteral("Seguridad ciudadana"), QStringLiteral("Agua y saneamiento"),
                                        QStringLiteral("Gestión de riesgos y defensa civil")})
            QVERIFY2(names.contains(expected), qPrintable(expected));
        TermAnalyzer analyzer;
        TopicMatcher matcher(topics, analyzer);
        QVERIFY(matcher.topicsFor(QStringLiteral("Instalación de cámaras de videovigilancia y patrullaje integrado"))
                    .contains(QStringLiteral("seguridad-ciudadana")));
        QVERIFY(matcher.topicsFor(QStringLiteral("Ampliar la red de agua potable y alcantarillado"))
                    .contains(QStringLiteral("agua-saneamiento")));
    }

    void taxonomyFileRoundTripsAndRefusesBadFiles()
    {
        const QList<Topic> topics = smallTaxonomy();
        QString error;
        const std::optional<QList<Topic>> read = TopicTaxonomy::fromJson(TopicTaxonomy::toJson(topics), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, topics);
        QVERIFY(!TopicTaxonomy::fromJson("{\"topics\": []}", &error));
        QVERIFY(error.contains(QStringLiteral("not a Vigía topic list")));
        QVERIFY(!TopicTaxonomy::fromJson(
            "{\"format\": \"vigia-topics\", \"topics\": [{\"name\": \"Salud\"}, {\"name\": \"SALUD\"}]}", &error));
        QVERIFY(error.contains(QStringLiteral("two topics")));
        const std::optional<QList<Topic>> keyed = TopicTaxonomy::fromJson(
            "{\"format\": \"vigia-topics\", \"topics\": [{\"name\": \"Agua y Saneamiento\", \"keywords\": [\" agua \", \"AGUA\", \"\"]}]}",
            &error);
        QVERIFY2(keyed, qPrintable(error));
        QCOMPARE(keyed->constFirst().key, QStringLiteral("agua-y-saneamiento"));
        QCOMPARE(keyed->constFirst().keywords, QStringList{QStringLiteral("agua")});
    }

    void newLibraryHoldsTheDefaultTaxonomy()
    {
        QString error;
        const auto library = PlanLibrary::open(newPath(), &error);
        QVERIFY2(library, qPrintable(error));
        const auto store = TopicStore::open(*library, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->topics(), TopicTaxonomy::defaultTopics());
    }

    void itemsGetTopicsAndManualChoicesSurviveRecomputation()
    {
        QString error;
        const auto library = PlanLibrary::open(newPath(), &error);
        QVERIFY2(library, qPrintable(error));
        const ImportOutcome outcome = library->importPlan(samplePlan());
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
        const Plan plan = *library->plan(outcome.planId);
        const auto store = TopicStore::open(*library, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(store->replaceTopics(smallTaxonomy(), &error), qPrintable(error));

        const qint64 vulnerable = itemId(plan, QStringLiteral("Población vulnerable sin atención de salud"));
        const qint64 anemia = itemId(plan, QStringLiteral("Reducir la anemia"));
        const qint64 jobs = itemId(plan, QStringLiteral("Desempleo juvenil"));
        auto topics = store->itemTopics(outcome.planId, &error);
        QVERIFY2(topics, qPrintable(error));
        QCOMPARE(keysOf(topics->value(vulnerable)), (QStringList{QStringLiteral("salud"), QStringLiteral("vulnerable")}));
        QVERIFY(!topics->contains(anemia));

        // A person gives "anemia" the health topic and takes "vulnerable" away from the first problem.
        QVERIFY2(store->addItemTopic(anemia, QStringLiteral("salud"), &error), qPrintable(error));
        QVERIFY2(store->removeItemTopic(vulnerable, QStringLiteral("vulnerable"), &error), qPrintable(error));
        // The taxonomy changes: a new keyword that also matches "anemia" and "desempleo".
        QVERIFY2(store->addKeywords(QStringLiteral("vulnerable"), {QStringLiteral("anemia"), QStringLiteral("desempleo")}, &error),
                 qPrintable(error));
        topics = store->itemTopics(outcome.planId, &error);
        QVERIFY2(topics, qPrintable(error));
        QCOMPARE(topics->value(anemia),
                 (QList<ItemTopic>{{QStringLiteral("salud"), TopicOrigin::Added},
                                   {QStringLiteral("vulnerable"), TopicOrigin::Computed}}));
        QCOMPARE(keysOf(topics->value(vulnerable)), QStringList{QStringLiteral("salud")});
        QCOMPARE(keysOf(topics->value(jobs)), QStringList{QStringLiteral("vulnerable")});
        // Recomputing on demand keeps the manual choices too.
        QVERIFY2(store->recompute(outcome.planId, &error), qPrintable(error));
        topics = store->itemTopics(outcome.planId, &error);
        QCOMPARE(keysOf(topics->value(vulnerable)), QStringList{QStringLiteral("salud")});
        QCOMPARE(topics->value(anemia).constFirst().origin, TopicOrigin::Added);

        // Forgetting the choice lets the keywords decide again.
        QVERIFY2(store->resetItemTopic(vulnerable, QStringLiteral("vulnerable"), &error), qPrintable(error));
        topics = store->itemTopics(outcome.planId, &error);
        QCOMPARE(keysOf(topics->value(vulnerable)), (QStringList{QStringLiteral("salud"), QStringLiteral("vulnerable")}));

        // A corrected text is matched again.
        QVERIFY2(library->correctItemText(jobs, QStringLiteral("Falta de centros de salud"), &error), qPrintable(error));
        topics = store->itemTopics(outcome.planId, &error);
        QCOMPARE(keysOf(topics->value(jobs)), QStringList{QStringLiteral("salud")});
    }

    void taxonomyEdits()
    {
        QString error;
        const auto library = PlanLibrary::open(newPath(), &error);
        QVERIFY2(library, qPrintable(error));
        const auto store = TopicStore::open(*library, &error);
        QVERIFY2(store->replaceTopics(smallTaxonomy(), &error), qPrintable(error));
        QString key;
        QVERIFY2(store->addTopic(QStringLiteral("Agua y Saneamiento"), {QStringLiteral("agua potable")}, &key, &error),
                 qPrintable(error));
        QCOMPARE(key, QStringLiteral("agua-y-saneamiento"));
        QVERIFY(!store->addTopic(QStringLiteral("SALUD"), {}, &key, &error));
        QVERIFY(error.contains(QStringLiteral("already a topic")));
        QVERIFY2(store->renameTopic(QStringLiteral("salud"), QStringLiteral("Salud pública"), &error), qPrintable(error));
        QCOMPARE(store->topic(QStringLiteral("salud"))->name, QStringLiteral("Salud pública"));
        QVERIFY(!store->renameTopic(QStringLiteral("nada"), QStringLiteral("X"), &error));
        QVERIFY(error.contains(QStringLiteral("no topic 'nada'")));
        QVERIFY2(store->removeKeywords(QStringLiteral("salud"), {QStringLiteral("CENTRO DE SALUD")}, &error), qPrintable(error));
        QCOMPARE(store->topic(QStringLiteral("salud"))->keywords, QStringList{QStringLiteral("salud")});
        QVERIFY(!store->removeKeywords(QStringLiteral("salud"), {QStringLiteral("hospital")}, &error));
        QVERIFY2(store->removeTopic(QStringLiteral("deporte"), &error), qPrintable(error));
        QStringList keys;
        for (const Topic &topic : store->topics())
            keys.append(topic.key);
        QCOMPARE(keys, (QStringList{QStringLiteral("salud"), QStringLiteral("vulnerable"), QStringLiteral("agua-y-saneamiento")}));
        QVERIFY(!store->addItemTopic(999999, QStringLiteral("salud"), &error));
        QVERIFY(error.contains(QStringLiteral("no item")));
        QVERIFY(!store->itemTopics(424242, &error));
        QVERIFY(error.contains(QStringLiteral("no plan")));
    }
};

QTEST_GUILESS_MAIN(TestTopics)
#include "TestTopics.moc"
