#include "StoreTestSupport.h"

#include "store/LibrarySchema.h"
#include "store/PlanLibrary.h"
#include "text/TextNormalizer.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <thread>

using namespace vigia;
using namespace vigia::test;

class TestPlanLibrary : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newLibraryPath() { return m_dir.filePath(QStringLiteral("library-%1.vigia").arg(++m_counter)); }

    std::unique_ptr<PlanLibrary> openNew()
    {
        QString error;
        std::unique_ptr<PlanLibrary> library = PlanLibrary::open(newLibraryPath(), &error);
        if (!library)
            qWarning("%s", qPrintable(error));
        return library;
    }

    static QStringList texts(const QList<SearchHit> &hits)
    {
        QStringList result;
        for (const SearchHit &hit : hits)
            result.append(hit.text);
        return result;
    }

    // Opening must be refused with a reason naming the file, and leave the file's bytes alone.
    void verifyRefused(const QString &path, const QString &expectedReason)
    {
        const QByteArray before = fileBytes(path);
        QString error;
        QVERIFY(!PlanLibrary::open(path, &error));
        QVERIFY2(error.startsWith(path + u':'), qPrintable(error));
        QVERIFY2(error.contains(expectedReason), qPrintable(error));
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsANewLibraryWithTheCurrentSchema()
    {
        const QString path = newLibraryPath();
        QString error;
        auto library = PlanLibrary::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        QCOMPARE(library->path(), path);
        QVERIFY(library->plans().isEmpty());
        QVERIFY(library->lastError().isEmpty());
        QCOMPARE(queryInteger(path, QStringLiteral("PRAGMA application_id")), qint64(LibrarySchema::applicationId));
        QCOMPARE(queryInteger(path, QStringLiteral("PRAGMA user_version")), qint64(LibrarySchema::currentVersion()));
        QCOMPARE(queryInteger(path, QStringLiteral("SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'")), 1);
    }

    void importedPlanReadsBackEqual()
    {
        auto library = openNew();
        QVERIFY(library);
        const Plan plan = samplePlan();
        const ImportOutcome outcome = library->importPlan(plan, {QStringLiteral("encoding converted")});
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
        QVERIFY(outcome.planId > 0);
        QVERIFY(outcome.error.isEmpty());

        const std::optional<Plan> stored = library->plan(outcome.planId);
        QVERIFY2(stored, qPrintable(library->lastError()));
        QCOMPARE(stored->id, outcome.planId);
        QCOMPARE(withoutIds(*stored), plan);
        // Every stored part has its own id.
        QVERIFY(stored->dimensions.at(0).id > 0);
        QVERIFY(stored->dimensions.at(0).rows.at(1).id > 0);
        QVERIFY(stored->dimensions.at(1).rows.at(0).items(ItemKind::Target).at(0).id > 0);
        // A metadata field the document did not state stays "not stated".
        QVERIFY(stored->metadata.electionType.isNull());
        QCOMPARE(library->importWarnings(outcome.planId), QStringList{QStringLiteral("encoding converted")});
    }

    void sameSourceIsADuplicateAndChangesNothing()
    {
        auto library = openNew();
        QVERIFY(library);
        const ImportOutcome first = library->importPlan(samplePlan());
        QCOMPARE(first.status, ImportOutcome::Status::Imported);
        Plan changed = samplePlan();
        changed.metadata.organization = QStringLiteral("OTRA");
        changed.dimensions.removeLast();
        const ImportOutcome second = library->importPlan(changed);
        QCOMPARE(second.status, ImportOutcome::Status::Duplicate);
        QCOMPARE(second.planId, first.planId);
        QCOMPARE(library->plans().size(), 1);
        QCOMPARE(withoutIds(*library->plan(first.planId)), samplePlan());
        QCOMPARE(library->importPlan(samplePlan(QStringLiteral("two"))).status, ImportOutcome::Status::Imported);
        QCOMPARE(library->plans().size(), 2);
    }

    void planWithoutSourceHashIsRefused()
    {
        auto library = openNew();
        Plan plan = samplePlan();
        plan.sourceSha256.clear();
        const ImportOutcome outcome = library->importPlan(plan);
        QCOMPARE(outcome.status, ImportOutcome::Status::Failed);
        QVERIFY(outcome.error.contains(QStringLiteral("SHA-256")));
        QVERIFY(library->plans().isEmpty());
    }

    void listingCountsDimensionsRowsAndItems()
    {
        auto library = openNew();
        const Plan one = samplePlan(QStringLiteral("one"));
        Plan two = samplePlan(QStringLiteral("two"));
        two.dimensions.removeFirst();
        const qint64 firstId = library->importPlan(one).planId;
        const qint64 secondId = library->importPlan(two).planId;
        const QList<PlanSummary> summaries = library->plans();
        QCOMPARE(summaries.size(), 2);
        const PlanSummary &first = summaries.at(0);
        QCOMPARE(first.id, firstId);
        QCOMPARE(first.sourceFileName, one.sourceFileName);
        QCOMPARE(first.sourceSha256, one.sourceSha256);
        QCOMPARE(first.layout, one.layout);
        QCOMPARE(first.metadata, one.metadata);
        QVERIFY(first.importedAt.isValid());
        QVERIFY(qAbs(first.importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(first.dimensionCount, int(one.dimensions.size()));
        QCOMPARE(first.rowCount, int(one.rowCount()));
        for (ItemKind kind : allItemKinds)
            QCOMPARE(first.itemCounts[static_cast<size_t>(kind)], int(one.itemCount(kind)));
        QCOMPARE(first.itemCount(), int(one.itemCount()));
        const PlanSummary &second = summaries.at(1);
        QCOMPARE(second.id, secondId);
        QCOMPARE(second.dimensionCount, 1);
        QCOMPARE(second.itemCount(), int(two.itemCount()));
        QCOMPARE(second.itemCounts[static_cast<size_t>(ItemKind::Indicator)], 0);
    }

    void searchIgnoresAccentsAndCase()
    {
        auto library = openNew();
        library->importPlan(samplePlan());
        for (const QString &query : {QStringLiteral("poblacion"), QStringLiteral("POBLACIÓN"), QStringLiteral("Población"),
                                     QStringLiteral("pobla"), QStringLiteral("POBLACION vulner")}) {
            const QList<SearchHit> hits = library->search({query});
            QVERIFY2(library->lastError().isEmpty(), qPrintable(library->lastError()));
            QVERIFY2(texts(hits).contains(QStringLiteral("Población vulnerable sin atención de salud")), qPrintable(query));
            for (const SearchHit &hit : hits)
                QVERIFY2(TextNormalizer::fold(hit.text).contains(QStringLiteral("poblacion")), qPrintable(hit.text));
        }
        // Words are ANDed: both must be in the item.
        QCOMPARE(texts(library->search({QStringLiteral("poblacion empadronada")})),
                 QStringList{QStringLiteral("100% de población vulnerable empadronada")});
        // Only the last word is a prefix.
        QVERIFY(library->search({QStringLiteral("pobla vulnerable")}).isEmpty());
        QVERIFY(library->search({QStringLiteral("inexistente")}).isEmpty());
        QVERIFY(library->search({QStringLiteral("   ")}).isEmpty());
        QVERIFY(library->lastError().isEmpty());
    }

    void searchHitsCarryPlanKindDimensionAndSnippet()
    {
        auto library = openNew();
        const qint64 planId = library->importPlan(samplePlan()).planId;
        const QList<SearchHit> hits = library->search({QStringLiteral("desempleo")});
        QCOMPARE(hits.size(), 1);
        const SearchHit &hit = hits.constFirst();
        QCOMPARE(hit.planId, planId);
        QCOMPARE(hit.kind, ItemKind::Problem);
        QCOMPARE(hit.dimension, QStringLiteral("Económica"));
        QCOMPARE(hit.text, QStringLiteral("Desempleo juvenil"));
        QCOMPARE(hit.snippet, PlanLibrary::snippetOpen.toString() + QStringLiteral("Desempleo")
                                  + PlanLibrary::snippetClose.toString() + QStringLiteral(" juvenil"));
        QVERIFY(hit.planLabel.contains(QStringLiteral("ALIANZA ONE")));
        QVERIFY(hit.planLabel.contains(QStringLiteral("2023-2026")));
        const std::optional<Plan> plan = library->plan(planId);
        QCOMPARE(hit.itemId, plan->dimensions.at(1).rows.at(0).items(ItemKind::Problem).at(0).id);
    }

    void searchRanksTheBetterMatchFirst()
    {
        auto library = openNew();
        Plan plan = samplePlan();
        Row row;
        row.items(ItemKind::Objective).append(makeItem(QStringLiteral(
            "Fortalecer la gestión municipal con transparencia, participación ciudadana y rendición de cuentas "
            "para la población en general")));
        row.items(ItemKind::Objective).append(makeItem(QStringLiteral("Población población")));
        plan.dimensions[1].rows.append(row);
        library->importPlan(plan);
        const QList<SearchHit> hits = library->search({QStringLiteral("poblacion")});
        QVERIFY(hits.size() >= 3);
        QCOMPARE(hits.constFirst().text, QStringLiteral("Población población"));
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits.at(i - 1).rank <= hits.at(i).rank);
        SearchQuery limited{QStringLiteral("poblacion")};
        limited.limit = 2;
        QCOMPARE(library->search(limited).size(), 2);
    }

    void searchFiltersByPlanKindAndDimension()
    {
        auto library = openNew();
        const qint64 one = library->importPlan(samplePlan(QStringLiteral("one"))).planId;
        const qint64 two = library->importPlan(samplePlan(QStringLiteral("two"))).planId;
        QCOMPARE(library->search({QStringLiteral("poblacion")}).size(), 6);

        SearchQuery byPlan{QStringLiteral("poblacion")};
        byPlan.planId = two;
        const QList<SearchHit> planHits = library->search(byPlan);
        QCOMPARE(planHits.size(), 3);
        for (const SearchHit &hit : planHits)
            QCOMPARE(hit.planId, two);

        SearchQuery byKind{QStringLiteral("poblacion")};
        byKind.kind = ItemKind::Target;
        const QList<SearchHit> kindHits = library->search(byKind);
        QCOMPARE(kindHits.size(), 2);
        for (const SearchHit &hit : kindHits)
            QCOMPARE(hit.kind, ItemKind::Target);

        SearchQuery byDimension{QStringLiteral("poblacion")};
        byDimension.dimension = QStringLiteral("economica"); // as a person types it
        byDimension.planId = one;
        const QList<SearchHit> dimensionHits = library->search(byDimension);
        QCOMPARE(texts(dimensionHits), QStringList{QStringLiteral("Promover el empleo de la población joven")});
        QCOMPARE(dimensionHits.constFirst().dimension, QStringLiteral("Económica"));

        SearchQuery none{QStringLiteral("poblacion")};
        none.dimension = QStringLiteral("Ambiental");
        QVERIFY(library->search(none).isEmpty());
    }

    void searchNeverPassesUserSyntaxToFts()
    {
        auto library = openNew();
        library->importPlan(samplePlan());
        for (const QString &query : {QStringLiteral("\""), QStringLiteral("anemia\""), QStringLiteral("NEAR(anemia"),
                                     QStringLiteral("text:anemia"), QStringLiteral("anemia OR"), QStringLiteral("* -"),
                                     QStringLiteral("^anemia"), QStringLiteral("anemia AND NOT"), QStringLiteral("(")}) {
            library->search({query});
            QVERIFY2(library->lastError().isEmpty(), qPrintable(query + QStringLiteral(" → ") + library->lastError()));
        }
        // An operator word is just a word: "anemia OR salud" needs all three words.
        QVERIFY(library->search({QStringLiteral("anemia OR salud")}).isEmpty());
        QCOMPARE(library->search({QStringLiteral("\"anemia\"")}).size(), 2);
    }

    void searchFollowsCorrectionsAndDeletions()
    {
        auto library = openNew();
        const qint64 planId = library->importPlan(samplePlan()).planId;
        const QList<SearchHit> before = library->search({QStringLiteral("desempleo")});
        QCOMPARE(before.size(), 1);
        QString error;
        QVERIFY2(library->correctItemText(before.constFirst().itemId, QStringLiteral("Informalidad laboral juvenil"), &error),
                 qPrintable(error));
        QVERIFY(library->search({QStringLiteral("desempleo")}).isEmpty());
        const QList<SearchHit> after = library->search({QStringLiteral("informalidad")});
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.constFirst().itemId, before.constFirst().itemId);
        const Item corrected = library->plan(planId)->dimensions.at(1).rows.at(0).items(ItemKind::Problem).at(0);
        QCOMPARE(corrected.text, QStringLiteral("Informalidad laboral juvenil"));
        QVERIFY(corrected.corrected);
        QVERIFY(!library->correctItemText(999999, QStringLiteral("x"), &error));
        QVERIFY(error.contains(QStringLiteral("999999")));

        const qint64 otherId = library->importPlan(samplePlan(QStringLiteral("two"))).planId;
        QVERIFY2(library->removePlan(planId, &error), qPrintable(error));
        QVERIFY(!library->plan(planId));
        QVERIFY(library->search({QStringLiteral("informalidad")}).isEmpty());
        for (const SearchHit &hit : library->search({QStringLiteral("poblacion")}))
            QCOMPARE(hit.planId, otherId);
        QCOMPARE(library->search({QStringLiteral("poblacion")}).size(), 3);
        QCOMPARE(queryInteger(library->path(), QStringLiteral("SELECT count(*) FROM items")),
                 qint64(samplePlan().itemCount()));
        QCOMPARE(queryInteger(library->path(), QStringLiteral("SELECT count(*) FROM dimensions")), 2);
        // The index agrees with its content table.
        QVERIFY(executeOn(library->path(), QStringLiteral("INSERT INTO item_search(item_search, rank) VALUES ('integrity-check', 1)"),
                          &error));
        QVERIFY(!library->removePlan(planId, &error));
    }

    void importPlansStoresEachPlanAllOrNothingInOneTransaction()
    {
        auto library = openNew();
        const QString path = library->path();
        QString error;
        QVERIFY2(executeOn(path, QStringLiteral("CREATE TRIGGER fail_midway BEFORE INSERT ON items "
                                                "WHEN new.text = 'falla inyectada' BEGIN SELECT RAISE(ABORT, 'injected failure'); END"),
                           &error),
                 qPrintable(error));
        // The third plan fails at its fourth item; the fourth repeats the first; the fifth has no hash.
        Plan failing = samplePlan(QStringLiteral("three"));
        failing.dimensions[0].rows[0].items(ItemKind::Indicator)[0].text = QStringLiteral("falla inyectada");
        Plan withoutHash = samplePlan(QStringLiteral("four"));
        withoutHash.sourceSha256.clear();
        const Plan one = samplePlan(QStringLiteral("one"));
        const Plan two = samplePlan(QStringLiteral("two"));
        const QList<ImportOutcome> outcomes = library->importPlans({one, two, failing, one, withoutHash});
        QCOMPARE(outcomes.size(), 5);
        QCOMPARE(outcomes.at(0).status, ImportOutcome::Status::Imported);
        QCOMPARE(outcomes.at(1).status, ImportOutcome::Status::Imported);
        QCOMPARE(outcomes.at(2).status, ImportOutcome::Status::Failed);
        QVERIFY2(outcomes.at(2).error.contains(QStringLiteral("injected failure")), qPrintable(outcomes.at(2).error));
        QCOMPARE(outcomes.at(3).status, ImportOutcome::Status::Duplicate);
        QCOMPARE(outcomes.at(3).planId, outcomes.at(0).planId);
        QCOMPARE(outcomes.at(4).status, ImportOutcome::Status::Failed);
        // Nothing of the failed plan stayed; the others are whole.
        const QList<PlanSummary> plans = library->plans();
        QCOMPARE(plans.size(), 2);
        QCOMPARE(queryInteger(path, QStringLiteral("SELECT count(*) FROM items")), qint64(2 * one.itemCount()));
        QCOMPARE(queryInteger(path, QStringLiteral("SELECT count(*) FROM dimensions")), 4);
        QCOMPARE(withoutIds(*library->plan(outcomes.at(1).planId)), withoutIds(two));
        QCOMPARE(library->search({QStringLiteral("anemia")}).size(), 4);
        QVERIFY(library->search({QStringLiteral("inyectada")}).isEmpty());
    }

    // Words matching too many items to rank them all: the short items that hold them come first,
    // best ranked (bm25 puts them first), then the other matches in library order.
    void aCommonWordGivesTheBestShortItemsFirst()
    {
        auto library = openNew();
        Plan plan;
        Dimension social;
        social.name = QStringLiteral("Social");
        const QStringList texts{
            QStringLiteral("Mejorar el servicio de agua potable en todos los barrios del distrito y sus anexos"),
            QStringLiteral("Ampliar la red de agua y alcantarillado hasta cubrir a la población rural dispersa"),
            QStringLiteral("Agua segura para las escuelas"),
            QStringLiteral("Instalar medidores de agua en los hogares que todavía no cuentan con ellos"),
            QStringLiteral("Agua para todos"),
            QStringLiteral("Reducir las pérdidas de agua en las redes antiguas del centro histórico de la ciudad"),
        };
        for (const QString &text : texts) {
            QVERIFY(text.size() != LibrarySchema::shortItemLength);
            Row row;
            Item item;
            item.text = text;
            row.items(ItemKind::Objective).append(item);
            social.rows.append(row);
        }
        plan.dimensions.append(social);
        plan.sourceSha256 = "common-word";
        QCOMPARE(library->importPlan(plan).status, ImportOutcome::Status::Imported);

        SearchQuery query{QStringLiteral("agua")};
        query.rankedMatchLimit = 0; // every match ranked
        const QList<SearchHit> everyRanked = library->search(query);
        QCOMPARE(everyRanked.size(), texts.size());

        query.rankedMatchLimit = 3; // six matches: too many to rank
        const QList<SearchHit> hits = library->search(query);
        QVERIFY2(library->lastError().isEmpty(), qPrintable(library->lastError()));
        QStringList found;
        for (const SearchHit &hit : hits)
            found.append(hit.text);
        // The two short items, the shorter (better bm25) first, then the others in library order.
        QCOMPARE(found, (QStringList{texts[4], texts[2], texts[0], texts[1], texts[3], texts[5]}));
        QCOMPARE(everyRanked.constFirst().text, texts[4]);
        QVERIFY(hits.at(0).rank <= hits.at(1).rank);
        QVERIFY(hits.at(0).snippet.contains(PlanLibrary::snippetOpen));
        // The limit counts both parts.
        query.limit = 3;
        QCOMPARE(library->search(query).size(), 3);
        QCOMPARE(library->search(query).constLast().text, texts[0]);
        // Short items that are themselves too many come the shortest first (bm25's order for a
        // word each holds once), though the longer came first in the library; unranked.
        query.limit = 10;
        query.rankedMatchLimit = 2;
        found.clear();
        const QList<SearchHit> byLength = library->search(query);
        QVERIFY2(library->lastError().isEmpty(), qPrintable(library->lastError()));
        for (const SearchHit &hit : byLength)
            found.append(hit.text);
        QCOMPARE(found, (QStringList{texts[4], texts[2], texts[0], texts[1], texts[3], texts[5]}));
        QCOMPARE(byLength.constFirst().rank, 0.0);
        QVERIFY(byLength.constFirst().snippet.contains(PlanLibrary::snippetOpen.toString() + QStringLiteral("Agua")));
        // Filters apply to them too: no short item is a meta.
        query.kind = ItemKind::Target;
        QVERIFY(library->search(query).isEmpty());
        query.kind.reset();
        // A correction that makes an item short brings it forward.
        QString error;
        QVERIFY2(library->correctItemText(hits.at(5).itemId, QStringLiteral("Agua sin pérdidas"), &error), qPrintable(error));
        query.rankedMatchLimit = 4; // three short items, ranked
        const QList<SearchHit> afterCorrection = library->search(query);
        QCOMPARE(afterCorrection.size(), texts.size());
        QCOMPARE((QSet<QString>{afterCorrection.at(0).text, afterCorrection.at(1).text}),
                 (QSet<QString>{texts[4], QStringLiteral("Agua sin pérdidas")}));
        QCOMPARE(afterCorrection.at(2).text, texts[2]);
        // By length, the corrected item takes its new length's place.
        query.rankedMatchLimit = 2;
        found.clear();
        for (const SearchHit &hit : library->search(query))
            found.append(hit.text);
        QCOMPARE(found, (QStringList{texts[4], QStringLiteral("Agua sin pérdidas"), texts[2], texts[0], texts[1], texts[3]}));
        // A removed plan's short items are gone from that order too.
        QVERIFY2(library->removePlan(hits.at(0).planId, &error), qPrintable(error));
        QVERIFY(library->search(query).isEmpty());
        QVERIFY(library->lastError().isEmpty());
    }

    void aWordMatchingTooManyItemsGivesTheFirstHitsInLibraryOrderOrInAPlanByLength()
    {
        auto library = openNew();
        const qint64 one = library->importPlan(samplePlan(QStringLiteral("one"))).planId;
        const qint64 two = library->importPlan(samplePlan(QStringLiteral("two"))).planId;
        SearchQuery ranked{QStringLiteral("poblacion")};
        const QList<SearchHit> rankedHits = library->search(ranked);
        QCOMPARE(rankedHits.size(), 6);
        for (qsizetype i = 1; i < rankedHits.size(); ++i)
            QVERIFY(rankedHits.at(i - 1).rank <= rankedHits.at(i).rank);

        // Six matches reach a limit of six: no ranking, the first hits by library order.
        SearchQuery unranked = ranked;
        unranked.rankedMatchLimit = 6;
        unranked.limit = 4;
        const QList<SearchHit> firstHits = library->search(unranked);
        QVERIFY2(library->lastError().isEmpty(), qPrintable(library->lastError()));
        QCOMPARE(firstHits.size(), 4);
        for (qsizetype i = 1; i < firstHits.size(); ++i)
            QVERIFY(firstHits.at(i - 1).itemId < firstHits.at(i).itemId);
        QCOMPARE(firstHits.constFirst().planId, one);
        QCOMPARE(firstHits.constLast().planId, two);
        for (const SearchHit &hit : firstHits) {
            QVERIFY(TextNormalizer::fold(hit.text).contains(QStringLiteral("poblacion")));
            QVERIFY(hit.snippet.contains(PlanLibrary::snippetOpen));
            QCOMPARE(hit.rank, 0.0); // not ranked
        }
        // Filters apply the same way.
        unranked.kind = ItemKind::Target;
        QCOMPARE(library->search(unranked).size(), 2);
        // Within one plan, whether a word is common is still a matter of the library (bm25 counts
        // the library's items that hold it): the plan's three matches, the shorter first, though
        // they are not so in the plan.
        SearchQuery inPlan = unranked;
        inPlan.kind.reset();
        inPlan.planId = two;
        const QList<SearchHit> planHits = library->search(inPlan);
        QCOMPARE(planHits.size(), 3);
        bool libraryOrder = true;
        for (qsizetype i = 0; i < planHits.size(); ++i) {
            QCOMPARE(planHits.at(i).planId, two);
            QCOMPARE(planHits.at(i).rank, 0.0);
            QVERIFY(planHits.at(i).snippet.contains(PlanLibrary::snippetOpen));
            if (i > 0) {
                QVERIFY(planHits.at(i - 1).text.size() <= planHits.at(i).text.size());
                libraryOrder = libraryOrder && planHits.at(i - 1).itemId < planHits.at(i).itemId;
            }
        }
        QVERIFY(!libraryOrder);
        // Under the limit, the plan's matches are ranked.
        inPlan.rankedMatchLimit = 7;
        const QList<SearchHit> rankedPlanHits = library->search(inPlan);
        QCOMPARE(rankedPlanHits.size(), 3);
        for (qsizetype i = 0; i < rankedPlanHits.size(); ++i) {
            QCOMPARE(rankedPlanHits.at(i).planId, two);
            if (i > 0)
                QVERIFY(rankedPlanHits.at(i - 1).rank <= rankedPlanHits.at(i).rank);
        }
        QCOMPARE(rankedPlanHits.constFirst().rank, rankedHits.constFirst().rank);
        // A plan that does not exist has no hits, and that is no error.
        inPlan.planId = two + 100;
        QVERIFY(library->search(inPlan).isEmpty());
        QVERIFY(library->lastError().isEmpty());
    }

    void idsAreNeverReused()
    {
        auto library = openNew();
        const qint64 first = library->importPlan(samplePlan(QStringLiteral("one"))).planId;
        const qint64 lastItem = library->search({QStringLiteral("empleos")}).constFirst().itemId;
        QString error;
        QVERIFY(library->removePlan(first, &error));
        const qint64 second = library->importPlan(samplePlan(QStringLiteral("one"))).planId;
        QVERIFY(second > first);
        QVERIFY(library->search({QStringLiteral("empleos")}).constFirst().itemId > lastItem);
    }

    void importIsAllOrNothing()
    {
        auto library = openNew();
        const QString path = library->path();
        // A failure injected in the middle of the plan: the fourth item cannot be stored.
        QString error;
        QVERIFY2(executeOn(path, QStringLiteral("CREATE TRIGGER fail_midway BEFORE INSERT ON items "
                                                "WHEN new.text = 'Tasa de anemia' BEGIN SELECT RAISE(ABORT, 'injected failure'); END"),
                           &error),
                 qPrintable(error));
        const ImportOutcome outcome = library->importPlan(samplePlan());
        QCOMPARE(outcome.status, ImportOutcome::Status::Failed);
        QVERIFY2(outcome.error.contains(QStringLiteral("injected failure")), qPrintable(outcome.error));
        QVERIFY(outcome.error.contains(path));
        for (const QString &table : {QStringLiteral("plans"), QStringLiteral("dimensions"), QStringLiteral("plan_rows"),
                                     QStringLiteral("items")})
            QCOMPARE(queryInteger(path, QStringLiteral("SELECT count(*) FROM %1").arg(table)), 0);
        QVERIFY(library->search({QStringLiteral("poblacion")}).isEmpty());
        QVERIFY(library->plans().isEmpty());

        QVERIFY(executeOn(path, QStringLiteral("DROP TRIGGER fail_midway"), &error));
        QCOMPARE(library->importPlan(samplePlan()).status, ImportOutcome::Status::Imported);
        QCOMPARE(library->search({QStringLiteral("anemia")}).size(), 2);
    }

    void twoConnectionsSeeEachOther()
    {
        const QString path = newLibraryPath();
        QString error;
        auto writer = PlanLibrary::open(path, &error);
        auto reader = PlanLibrary::open(path, &error);
        QVERIFY(writer && reader);
        QVERIFY(reader->plans().isEmpty());
        const qint64 planId = writer->importPlan(samplePlan()).planId;
        QCOMPARE(reader->plans().size(), 1);
        QCOMPARE(reader->search({QStringLiteral("anemia")}).constFirst().planId, planId);
    }

    void connectionsOpeningANewLibraryAtOnceAgree()
    {
        const QString path = newLibraryPath();
        constexpr int connections = 4;
        std::array<QString, connections> errors;
        std::array<bool, connections> opened{};
        std::vector<std::thread> threads;
        for (int i = 0; i < connections; ++i) {
            threads.emplace_back([&, i] {
                auto library = PlanLibrary::open(path, &errors[size_t(i)]);
                opened[size_t(i)] = library && library->importPlan(samplePlan(QString::number(i))).status
                                                   == ImportOutcome::Status::Imported;
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        for (int i = 0; i < connections; ++i)
            QVERIFY2(opened[size_t(i)], qPrintable(errors[size_t(i)]));
        auto library = PlanLibrary::open(path, nullptr);
        QCOMPARE(library->plans().size(), connections);
    }

    void refusesAFileThatIsNotSqlite()
    {
        const QString path = newLibraryPath();
        QByteArray noise;
        for (int i = 0; i < 4096; ++i)
            noise.append(char((i * 7919 + 13) % 251));
        writeFile(path, noise);
        verifyRefused(path, QStringLiteral("not an SQLite database"));
        const QString text = newLibraryPath();
        writeFile(text, "Plan de gobierno\n");
        verifyRefused(text, QStringLiteral("not an SQLite database"));
    }

    void refusesSqliteOfAnotherApplication()
    {
        const QString path = newLibraryPath();
        QString error;
        QVERIFY(executeOn(path, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); "
                                               "INSERT INTO notes (body) VALUES ('mine')"),
                          &error));
        verifyRefused(path, QStringLiteral("another application"));
        // Marked by another application, even without tables.
        const QString marked = newLibraryPath();
        QVERIFY(executeOn(marked, QStringLiteral("PRAGMA application_id = 1234; PRAGMA user_version = 3"), &error));
        verifyRefused(marked, QStringLiteral("another application"));
        // Our own tables without our mark are not ours either.
        const QString unmarked = newLibraryPath();
        QVERIFY(executeOn(unmarked, QStringLiteral("CREATE TABLE plans (id INTEGER PRIMARY KEY)"), &error));
        verifyRefused(unmarked, QStringLiteral("another application"));
    }

    void refusesANewerLibrary()
    {
        const QString path = newLibraryPath();
        {
            auto library = PlanLibrary::open(path, nullptr);
            QVERIFY(library);
            library->importPlan(samplePlan());
        }
        QString error;
        QVERIFY(executeOn(path, QStringLiteral("PRAGMA user_version = %1").arg(LibrarySchema::currentVersion() + 1), &error));
        verifyRefused(path, QStringLiteral("newer version of Vigía"));
    }

    void refusesADamagedLibrary()
    {
        const QString path = newLibraryPath();
        {
            auto library = PlanLibrary::open(path, nullptr);
            QVERIFY(library);
            library->importPlan(samplePlan());
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        // Keep the header, wreck the first page's schema.
        QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.size() > 4096);
        for (int i = 100; i < 4096; ++i)
            bytes[i] = char(0xA5 ^ (i & 0xff));
        writeFile(path, bytes);
        verifyRefused(path, QStringLiteral("damaged"));
    }

    void refusesPathsThatCannotHoldALibrary()
    {
        QString error;
        QVERIFY(!PlanLibrary::open(m_dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
        const QString missingFolder = m_dir.filePath(QStringLiteral("missing/library.vigia"));
        QVERIFY(!PlanLibrary::open(missingFolder, &error));
        QVERIFY2(error.startsWith(missingFolder) && error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(!QFile::exists(missingFolder));
        const QString file = m_dir.filePath(QStringLiteral("plain-file"));
        writeFile(file, "x");
        const QString underFile = file + QStringLiteral("/library.vigia");
        QVERIFY(!PlanLibrary::open(underFile, &error));
        QVERIFY2(error.contains(QStringLiteral("not a folder")), qPrintable(error));
        QVERIFY(!PlanLibrary::open(QString(), &error));
    }

    void acceptsAnEmptyFileAsANewLibrary()
    {
        const QString path = newLibraryPath();
        writeFile(path, QByteArray());
        QVERIFY(QFile::exists(path));
        QString error;
        auto library = PlanLibrary::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        QCOMPARE(library->importPlan(samplePlan()).status, ImportOutcome::Status::Imported);
    }

};

QTEST_GUILESS_MAIN(TestPlanLibrary)
#include "TestPlanLibrary.moc"
