#include "ProgressTestSupport.h"

#include "progress/ItemMatcher.h"

#include <QTest>

using namespace vigia;
using namespace vigia::test;

// A corrected source of a tracked plan replaces it: every progress record follows its item onto the
// new plan, and records whose item is gone are listed for attaching by hand, never dropped.
class TestProgressReimport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("reimport-%1.vigia").arg(++m_counter)); }

    // The sample plan as a corrected edition would print it: a new source, a typo fixed in one meta,
    // a row added at the top of Social (so positions shift), and the Económica meta rewritten beyond
    // recognition.
    static Plan correctedPlan()
    {
        Plan plan = samplePlan();
        plan.sourceFileName = QStringLiteral("plan-one-fe-de-erratas.pdf");
        plan.sourceSha256 = sha256Of("corrected edition");
        Dimension &social = plan.dimensions[0];
        Row added;
        added.items(ItemKind::Problem).append(makeItem(QStringLiteral("Baja cobertura de agua potable")));
        added.items(ItemKind::Objective).append(makeItem(QStringLiteral("Ampliar la red de agua potable")));
        added.items(ItemKind::Target).append(makeItem(QStringLiteral("Reducir la deserción escolar rural al 5% en zonas altas")));
        social.rows.prepend(added);
        social.rows[2].items(ItemKind::Target)[0].text = QStringLiteral("Reducir la desercion escolar al 5 %");
        plan.dimensions[1].rows[0].items(ItemKind::Target)[0].text = QStringLiteral("Instalar un parque industrial");
        return plan;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void similarityIgnoresAccentsCaseAndPunctuation()
    {
        QCOMPARE(ItemMatcher::words(QStringLiteral("Reducir la DESERCIÓN, escolar.")),
                 (QStringList{QStringLiteral("reducir"), QStringLiteral("la"), QStringLiteral("desercion"),
                              QStringLiteral("escolar")}));
        QCOMPARE(ItemMatcher::textSimilarity(QStringLiteral("Reducir la deserción escolar"),
                                             QStringLiteral("reducir la desercion escolar")), 1.0);
        QVERIFY(ItemMatcher::textSimilarity(QStringLiteral("Dos mil empleos formales"),
                                            QStringLiteral("Instalar un parque industrial")) < 0.1);
    }

    void sameTextGoesToTheSamePlace()
    {
        // The same meta printed in two dimensions, and twice in one: position decides.
        const auto planWith = [](const QList<std::pair<QString, QStringList>> &dimensions) {
            Plan plan;
            qint64 nextId = 1;
            for (const auto &[name, metas] : dimensions) {
                Dimension dimension;
                dimension.name = name;
                for (const QString &text : metas) {
                    Row row;
                    Item item = makeItem(text);
                    item.id = nextId++;
                    row.items(ItemKind::Target).append(item);
                    dimension.rows.append(row);
                }
                plan.dimensions.append(dimension);
            }
            return plan;
        };
        const QString shared = QStringLiteral("Capacitar a 100 líderes comunales");
        const Plan before = planWith({{QStringLiteral("Social"), {shared, QStringLiteral("Otra meta social")}},
                                      {QStringLiteral("Económica"), {QStringLiteral("Meta económica"), shared, shared}}});
        const Plan after = planWith({{QStringLiteral("Social"), {QStringLiteral("Nueva meta"), shared, QStringLiteral("Otra meta social")}},
                                     {QStringLiteral("Económica"), {QStringLiteral("Meta económica"), shared, shared}}});
        const QHash<qint64, ItemMatcher::Match> matches = ItemMatcher::match(before, after);
        QCOMPARE(matches.value(1).toItemId, 2);  // Social's copy stays in Social, one row down
        QCOMPARE(matches.value(2).toItemId, 3);
        QCOMPARE(matches.value(3).toItemId, 4);
        QCOMPARE(matches.value(4).toItemId, 5);  // Económica's first copy stays first
        QCOMPARE(matches.value(5).toItemId, 6);
        QVERIFY(ItemMatcher::match(before, planWith({{QStringLiteral("Social"), {QStringLiteral("Nada que ver")}}})).isEmpty());
    }

    void reimportKeepsEveryRecord()
    {
        TrackedLibrary tracked = TrackedLibrary::create(newPath());
        QVERIFY2(tracked.isValid(), qPrintable(tracked.error));
        PlanLibrary &library = *tracked.library;
        ProgressTracker &tracker = *tracked.tracker;
        const qint64 oldPlan = tracked.planId;
        const qint64 dropout = itemId(library, oldPlan, QStringLiteral("Reducir la deserción escolar al 5%"));
        const qint64 census = itemId(library, oldPlan, QStringLiteral("100% de población"));
        const qint64 jobs = itemId(library, oldPlan, QStringLiteral("Dos mil empleos"));
        const qint64 objective = itemId(library, oldPlan, QStringLiteral("Reducir la anemia"));
        QString error;
        QVERIFY(tracker.setSemesters(oldPlan, {QStringLiteral("2023-S2"), QStringLiteral("2024-S1")}, &error));
        const std::optional<ProgressRecord> dropoutRecord =
            tracker.setProgress(dropout, QStringLiteral("2023-S2"), values(ProgressStatus::InProgress, 20.0), &error);
        QVERIFY2(dropoutRecord, qPrintable(error));
        QVERIFY(tracker.addEvidenceData(dropoutRecord->id, "acta", QStringLiteral("acta.pdf"), {}, &error));
        QVERIFY(tracker.setProgress(dropout, QStringLiteral("2024-S1"), values(ProgressStatus::Met, 100.0), &error));
        QVERIFY(tracker.setProgress(census, QStringLiteral("2023-S2"), values(ProgressStatus::NotStarted), &error));
        QVERIFY(tracker.setProgress(jobs, QStringLiteral("2023-S2"), values(ProgressStatus::NotMet), &error));
        QVERIFY(tracker.setProgress(objective, QStringLiteral("2024-S1"), values(ProgressStatus::InProgress), &error));

        const ReimportResult result = tracker.reimport(oldPlan, correctedPlan(), {}, QStringLiteral("Ana"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.newPlanImported);
        QVERIFY(result.newPlanId != oldPlan);
        QCOMPARE(result.moved.size(), 4);
        QCOMPARE(result.unmatched.size(), 1);
        QCOMPARE(result.unmatched.at(0).itemId, jobs);

        const qint64 newPlan = result.newPlanId;
        const qint64 newDropout = itemId(library, newPlan, QStringLiteral("Reducir la desercion escolar al 5 %"));
        const qint64 newCensus = itemId(library, newPlan, QStringLiteral("100% de población"));
        const qint64 newObjective = itemId(library, newPlan, QStringLiteral("Reducir la anemia"));
        QVERIFY(newDropout && newCensus && newObjective);
        // Both semesters of the corrected meta follow it, with their evidence; not onto the look-alike
        // meta of the added row.
        const std::optional<ProgressRecord> moved = tracker.record(newDropout, QStringLiteral("2023-S2"));
        QVERIFY(moved);
        QCOMPARE(moved->id, dropoutRecord->id);
        QCOMPARE(moved->values.percent, std::optional<double>(20.0));
        QCOMPARE(moved->evidence.size(), 1);
        QCOMPARE(tracker.record(newDropout, QStringLiteral("2024-S1"))->values.status, ProgressStatus::Met);
        QCOMPARE(tracker.record(newCensus, QStringLiteral("2023-S2"))->values.status, ProgressStatus::NotStarted);
        QCOMPARE(tracker.record(newObjective, QStringLiteral("2024-S1"))->values.status, ProgressStatus::InProgress);
        QCOMPARE(tracker.records(newPlan).size(), 4);
        // Edited semesters pass on to the new plan.
        QCOMPARE(tracker.semesters(newPlan), (QStringList{QStringLiteral("2023-S2"), QStringLiteral("2024-S1")}));

        // The timeline follows the record: set, evidence, moved.
        const QList<HistoryEntry> timeline = tracker.history(newDropout, &error);
        QStringList actions;
        for (const HistoryEntry &entry : timeline)
            actions.append(entry.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("set"), QStringLiteral("evidence"), QStringLiteral("set"),
                                       QStringLiteral("moved"), QStringLiteral("moved")}));
        QCOMPARE(timeline.last().changedBy, QStringLiteral("Ana"));

        // The unmatched record waits on the old plan, listed for the new one, until attached by hand.
        QList<ProgressRecord> waiting = tracker.unmatchedRecords(newPlan, &error);
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.at(0).values.status, ProgressStatus::NotMet);
        const qint64 park = itemId(library, newPlan, QStringLiteral("Instalar un parque"));
        const qint64 problem = itemId(library, newPlan, QStringLiteral("Desempleo juvenil"));
        QVERIFY(!tracker.attachRecord(waiting.at(0).id, problem, QStringLiteral("Ana"), &error));
        QVERIFY(!tracker.attachRecord(waiting.at(0).id, newCensus, QStringLiteral("Ana"), &error)); // semester taken
        QVERIFY2(tracker.attachRecord(waiting.at(0).id, park, QStringLiteral("Ana"), &error), qPrintable(error));
        QVERIFY(tracker.unmatchedRecords(newPlan, &error).isEmpty());
        QCOMPARE(tracker.record(park, QStringLiteral("2023-S2"))->values.status, ProgressStatus::NotMet);
        QCOMPARE(tracker.history(park).last().action, QStringLiteral("attached"));
        QCOMPARE(tracker.records(newPlan).size(), 5);
        QVERIFY(tracker.records(oldPlan).isEmpty());
        QVERIFY(library.plan(oldPlan)); // the old plan is kept
    }

    void reimportRefusesTheSameSourceAndUnknownPlans()
    {
        TrackedLibrary tracked = TrackedLibrary::create(newPath());
        QVERIFY2(tracked.isValid(), qPrintable(tracked.error));
        ReimportResult result = tracked.tracker->reimport(tracked.planId, samplePlan(), {}, {});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("very file")), qPrintable(result.error));
        result = tracked.tracker->reimport(4242, correctedPlan(), {}, {});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("4242")), qPrintable(result.error));
        QCOMPARE(tracked.library->plans().size(), 1);
    }

    void reimportingAgainMovesNothingTwice()
    {
        TrackedLibrary tracked = TrackedLibrary::create(newPath());
        QVERIFY2(tracked.isValid(), qPrintable(tracked.error));
        QString error;
        const qint64 census = itemId(*tracked.library, tracked.planId, QStringLiteral("100% de población"));
        QVERIFY(tracked.tracker->setProgress(census, QStringLiteral("2023-S2"), values(ProgressStatus::Met), &error));
        const ReimportResult first = tracked.tracker->reimport(tracked.planId, correctedPlan(), {}, {});
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.moved.size(), 1);
        const ReimportResult second = tracked.tracker->reimport(tracked.planId, correctedPlan(), {}, {});
        QVERIFY2(second.ok, qPrintable(second.error));
        QVERIFY(!second.newPlanImported);
        QCOMPARE(second.newPlanId, first.newPlanId);
        QVERIFY(second.moved.isEmpty());
        QVERIFY(second.unmatched.isEmpty());
        QCOMPARE(tracked.tracker->records(first.newPlanId).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProgressReimport)
#include "TestProgressReimport.moc"
