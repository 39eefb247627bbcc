// What is recorded lands whole or not at all: a progress record and its evidence (in vigia-cli, in
// the app's tracking window and in a merge of another group's file; a kill at any moment leaves no
// record without its evidence), and an imported plan and the copy of its document.

#include "RobustnessTestSupport.h"

#include "../core/store/StoreTestSupport.h"

#include "progress/EvidenceIntake.h"
#include "progress/ProgressTracker.h"
#include "progress/TrackingExchange.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace vigia;
using namespace vigia::test;

namespace {

constexpr int killCount = 12;
constexpr qint64 bigEvidenceSize = 6LL * 1024 * 1024;

} // namespace

class TestAtomicProgress : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A library holding samplePlan(seed); its id and the ids of its objectives and metas.
    QString libraryWithPlan(const QString &name, qint64 *planId, QList<qint64> *trackable)
    {
        const QString library = path(name);
        QString error;
        std::unique_ptr<PlanLibrary> opened = PlanLibrary::open(library, &error);
        if (!opened)
            return {};
        const ImportOutcome outcome = opened->importPlan(samplePlan(name));
        *planId = outcome.planId;
        const std::optional<Plan> plan = opened->plan(outcome.planId);
        for (const Dimension &dimension : plan->dimensions) {
            for (const Row &row : dimension.rows) {
                for (ItemKind kind : {ItemKind::Objective, ItemKind::Target}) {
                    for (const Item &item : row.items(kind))
                        trackable->append(item.id);
                }
            }
        }
        return library;
    }

    CliRun setProgress(const QString &library, qint64 planId, qint64 itemId, const QStringList &extra)
    {
        return runCli(QStringList{QStringLiteral("progress"), QStringLiteral("set"), QStringLiteral("--db"), library,
                                  QString::number(planId), QString::number(itemId), QStringLiteral("--semester"),
                                  QStringLiteral("2024-S1"), QStringLiteral("--status"), QStringLiteral("in-progress")}
                          + extra,
                      path(QStringLiteral("home")));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Evidence that cannot be stored (a missing file, a script address, a pipe) stops `progress set`
    // before anything is written: no new record, and an existing record keeps its values.
    void refusedEvidenceLeavesNoRecord()
    {
        qint64 planId = 0;
        QList<qint64> items;
        const QString library = libraryWithPlan(QStringLiteral("refused.vigia"), &planId, &items);
        QVERIFY(items.size() >= 2);
        const QString missing = path(QStringLiteral("no-such-evidence.pdf"));
        QVERIFY(mkfifo(QFile::encodeName(path(QStringLiteral("evidence.pipe"))).constData(), 0600) == 0);
        const QList<QStringList> refusals{
            {QStringLiteral("--evidence-file"), missing},
            {QStringLiteral("--evidence-url"), QStringLiteral("javascript:alert(1)")},
            {QStringLiteral("--evidence-url"), QStringLiteral("https://example.org/ok"), QStringLiteral("--evidence-file"), missing},
            {QStringLiteral("--evidence-file"), path(QStringLiteral("evidence.pipe"))},
            // A title with no address to go with it.
            {QStringLiteral("--evidence-title"), QStringLiteral("Acta")},
        };
        for (const QStringList &refusal : refusals) {
            const CliRun run = setProgress(library, planId, items.at(0), refusal);
            QVERIFY2(run.finished, qPrintable(refusal.join(u' ')));
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains("nothing was recorded"), run.err.constData());
        }
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT count(*) FROM progress_records")), 0);
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT count(*) FROM progress_history")), 0);

        // A record already there keeps its values when a change comes with refused evidence.
        QCOMPARE(setProgress(library, planId, items.at(1), {QStringLiteral("--percent"), QStringLiteral("40")}).exitCode, 0);
        const CliRun changed = setProgress(library, planId, items.at(1), {QStringLiteral("--percent"), QStringLiteral("90"),
                                                                          QStringLiteral("--evidence-file"), missing});
        QCOMPARE(changed.exitCode, 1);
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT CAST(percent AS INTEGER) FROM progress_records")), 40);
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT count(*) FROM progress_history")), 1);

        // Good evidence lands with its record, each with its history entry.
        const QString file = path(QStringLiteral("acta.txt"));
        QVERIFY(writeBytes(file, "acta de entrega\n"));
        const CliRun stored = setProgress(library, planId, items.at(0), {QStringLiteral("--evidence-url"), QStringLiteral("https://example.org/acta"),
                                                                         QStringLiteral("--evidence-title"), QStringLiteral("Acta de entrega"),
                                                                         QStringLiteral("--evidence-file"), file});
        QVERIFY2(stored.exitCode == 0, stored.err.constData());
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT count(*) FROM progress_evidence")), 2);
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT count(*) FROM progress_evidence WHERE url = 'https://example.org/acta' "
                                                      "AND title = 'Acta de entrega'")), 1);
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT count(*) FROM progress_history WHERE action = 'evidence'")), 2);
    }

    // The core call the app uses: a record and evidence in one transaction; a refused piece of
    // evidence is refused before, and evidence alone on unchanged values adds only the evidence.
    void setProgressWithEvidenceIsOneTransaction()
    {
        qint64 planId = 0;
        QList<qint64> items;
        const QString library = libraryWithPlan(QStringLiteral("core.vigia"), &planId, &items);
        QString error;
        const OpenedTracker opened = openTracker(library, &error);
        QVERIFY2(opened.tracker, qPrintable(error));
        ProgressTracker *tracker = opened.tracker.get();
        QVERIFY(!EvidenceIntake::fromUrl(QStringLiteral("file:///etc/passwd"), {}, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("file:///etc/passwd")), qPrintable(error));
        QVERIFY(!EvidenceIntake::fromFile(QStringLiteral("/dev/zero"), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));

        const std::optional<PendingEvidence> url = EvidenceIntake::fromUrl(QStringLiteral("https://example.org/obra"), {}, QStringLiteral("Ana"), &error);
        QVERIFY(url);
        ProgressValues values;
        values.status = ProgressStatus::InProgress;
        values.evaluator = QStringLiteral("Ana");
        const std::optional<ProgressRecord> record = tracker->setProgress(items.at(0), QStringLiteral("2024-S1"), values, {*url}, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->evidence.size(), 1);
        QCOMPARE(record->evidence.constFirst().url, QStringLiteral("https://example.org/obra"));
        // A failure inside the transaction (a semester the plan does not track) stores nothing.
        QVERIFY(!tracker->setProgress(items.at(1), QStringLiteral("2030-S1"), values, {*url}, &error));
        const std::optional<PendingEvidence> file = EvidenceIntake::fromData("informe", QStringLiteral("informe.txt"), QStringLiteral("Ana"), &error);
        QVERIFY(file);
        const std::optional<ProgressRecord> again = tracker->setProgress(items.at(0), QStringLiteral("2024-S1"), values, {*file}, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->evidence.size(), 2);
        const QList<HistoryEntry> history = tracker->history(items.at(0));
        QStringList actions;
        for (const HistoryEntry &entry : history)
            actions.append(entry.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("set"), QStringLiteral("evidence"), QStringLiteral("evidence")}));
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT count(*) FROM progress_records")), 1);
    }

    // Another group's file with a script address as evidence is refused whole: nothing merged.
    void aMergeWithAScriptAddressChangesNothing()
    {
        qint64 planId = 0;
        QList<qint64> items;
        const QString library = libraryWithPlan(QStringLiteral("merge.vigia"), &planId, &items);
        QString error;
        const OpenedTracker opened = openTracker(library, &error);
        QVERIFY2(opened.tracker, qPrintable(error));
        ProgressTracker *tracker = opened.tracker.get();
        ProgressValues values;
        values.status = ProgressStatus::Met;
        values.evaluator = QStringLiteral("Otro grupo");
        QVERIFY(tracker->setProgress(items.at(0), QStringLiteral("2024-S1"), values, &error));
        QVERIFY(tracker->setProgress(items.at(1), QStringLiteral("2024-S1"), values, &error));
        QVERIFY(tracker->addEvidenceUrl(tracker->record(items.at(1), QStringLiteral("2024-S1"))->id, QStringLiteral("https://example.org/a"), {}, {}, &error));
        TrackingExchange exchange(*tracker);
        const QByteArray exported = exchange.exportPlan(planId, QStringLiteral("Otro grupo"), &error);
        QVERIFY2(!exported.isEmpty(), qPrintable(error));
        QJsonObject root = QJsonDocument::fromJson(exported).object();
        QJsonArray records = root.value(QStringLiteral("records")).toArray();
        QJsonObject last = records.last().toObject();
        QJsonArray evidence = last.value(QStringLiteral("evidence")).toArray();
        QJsonObject piece = evidence.first().toObject();
        piece.insert(QStringLiteral("url"), QStringLiteral("javascript:alert(1)"));
        evidence.replace(0, piece);
        last.insert(QStringLiteral("evidence"), evidence);
        records.replace(records.size() - 1, last);
        root.insert(QStringLiteral("records"), records);

        // Merged into a fresh library with the same plan: the good first record must not land either.
        qint64 otherPlan = 0;
        QList<qint64> otherItems;
        const QString other = path(QStringLiteral("merge-target.vigia"));
        {
            const OpenedTracker target = openTracker(other, &error);
            QVERIFY2(target.tracker, qPrintable(error));
            otherPlan = target.library->importPlan(samplePlan(QStringLiteral("merge.vigia"))).planId;
            const MergeReport report = TrackingExchange(*target.tracker).merge(QJsonDocument(root).toJson(), QStringLiteral("otro.json"), otherPlan, QStringLiteral("yo"));
            QVERIFY(!report.ok);
            QVERIFY2(report.error.contains(QStringLiteral("javascript:alert(1)")), qPrintable(report.error));
        }
        QCOMPARE(queryInteger(other, QStringLiteral("SELECT count(*) FROM progress_records")), 0);
        QCOMPARE(queryInteger(other, QStringLiteral("SELECT count(*) FROM progress_evidence")), 0);
        QCOMPARE(queryInteger(other, QStringLiteral("SELECT count(*) FROM progress_history")), 0);
    }

    // A document whose copy cannot be kept beside the library (a full disk; here the archive
    // folder's name is taken by a file): `vigia-cli import` fails naming the file, and stores no plan.
    void anImportWhoseSourceCannotBeKeptStoresNothing()
    {
        const QString library = path(QStringLiteral("no-room.vigia"));
        const QString plan = path(QStringLiteral("plan-sin-copia.json"));
        QVERIFY(writeBytes(plan, PlanJson::toJson(samplePlan(QStringLiteral("no-room")))));
        QVERIFY(writeBytes(library + QStringLiteral(".sources"), "not a folder"));
        const CliRun imported = runCli({QStringLiteral("import"), QStringLiteral("--db"), library, plan}, path(QStringLiteral("home")));
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(plan.toUtf8()) && imported.err.contains("nothing was imported"), imported.err.constData());
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT count(*) FROM plans")), 0);
        QVERIFY(QFile::remove(library + QStringLiteral(".sources")));
        const CliRun again = runCli({QStringLiteral("import"), QStringLiteral("--db"), library, plan}, path(QStringLiteral("home")));
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT count(*) FROM plans")), 1);
    }

    // `progress set` with a large evidence file, killed (SIGKILL) at random moments: each time the
    // record is there with its evidence and both history entries, or nothing is.
    void aKilledSetLeavesNoRecordWithoutItsEvidence()
    {
        qint64 planId = 0;
        QList<qint64> items;
        const QString library = libraryWithPlan(QStringLiteral("killed.vigia"), &planId, &items);
        QVERIFY(items.size() >= 4);
        const QString big = path(QStringLiteral("evidencia-grande.bin"));
        QByteArray bytes(bigEvidenceSize, '\0');
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QVERIFY(writeBytes(big, bytes));
        const QStringList semesters{QStringLiteral("2023-S1"), QStringLiteral("2023-S2"), QStringLiteral("2024-S1")};

        // How long one uninterrupted set takes (in a library of its own).
        qint64 referencePlan = 0;
        QList<qint64> referenceItems;
        const QString reference = libraryWithPlan(QStringLiteral("killed-reference.vigia"), &referencePlan, &referenceItems);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(setProgress(reference, referencePlan, referenceItems.at(0), {QStringLiteral("--evidence-file"), big}).exitCode, 0);
        const qint64 fullRun = timer.elapsed();

        const quint32 seed = qEnvironmentVariableIsSet("VIGIA_CRASH_SEED") ? quint32(qEnvironmentVariableIntValue("VIGIA_CRASH_SEED"))
                                                                           : QRandomGenerator::global()->generate();
        qInfo("random seed %u (set VIGIA_CRASH_SEED to repeat); one set with %lld MiB of evidence takes %lld ms", seed,
              bigEvidenceSize >> 20, fullRun);
        QRandomGenerator random(seed);
        int killed = 0;
        int stored = 0;
        for (int i = 0; i < killCount; ++i) {
            const qint64 itemId = items.at(i % items.size());
            const QString semester = semesters.at((i / items.size()) % semesters.size());
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(VIGIA_CLI_PATH),
                          {QStringLiteral("progress"), QStringLiteral("set"), QStringLiteral("--db"), library, QString::number(planId),
                           QString::number(itemId), QStringLiteral("--semester"), semester, QStringLiteral("--status"),
                           QStringLiteral("in-progress"), QStringLiteral("--evidence-file"), big});
            QVERIFY(process.waitForStarted());
            const int delay = int(random.bounded(fullRun + 1));
            if (!process.waitForFinished(delay)) {
                process.kill();
                QVERIFY(process.waitForFinished());
                ++killed;
            }
            const QString record = QStringLiteral("(SELECT id FROM progress_records WHERE item_id = %1 AND semester = '%2')").arg(itemId).arg(semester);
            const qint64 records = queryInteger(library, QStringLiteral("SELECT count(*) FROM progress_records WHERE item_id = %1 AND semester = '%2'").arg(itemId).arg(semester));
            const qint64 evidence = queryInteger(library, QStringLiteral("SELECT count(*) FROM progress_evidence WHERE record_id = %1 AND size = %2").arg(record).arg(bigEvidenceSize));
            const qint64 history = queryInteger(library, QStringLiteral("SELECT count(*) FROM progress_history WHERE record_id = %1").arg(record));
            QVERIFY2((records == 0 && evidence == 0 && history == 0) || (records == 1 && evidence == 1 && history == 2),
                     qPrintable(QStringLiteral("kill %1 at %2 ms: %3 record(s), %4 evidence, %5 history entries").arg(i).arg(delay).arg(records).arg(evidence).arg(history)));
            stored += int(records);
        }
        qInfo("%d runs: %d killed, %d records stored with their evidence", killCount, killed, stored);
        QCOMPARE(integrityCheck(library), QStringLiteral("ok"));
        QVERIFY2(killed > 0, "no run was killed before it finished");
    }
};

QTEST_GUILESS_MAIN(TestAtomicProgress)
#include "TestAtomicProgress.moc"
