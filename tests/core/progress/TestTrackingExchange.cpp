#include "ProgressTestSupport.h"

#include "progress/TrackingExchange.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

// Team work: one group's tracking exported to a file and merged into another group's library.
class TestTrackingExchange : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("exchange-%1.vigia").arg(++m_counter)); }

    // Row counts of every progress table, to see that a merge changed nothing.
    static QList<qint64> tableCounts(const QString &path)
    {
        QList<qint64> counts;
        for (const char *table : {"progress_records", "progress_evidence", "progress_history", "progress_conflicts"})
            counts.append(queryInteger(path, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        counts.append(queryInteger(path, QStringLiteral("SELECT total(length(content)) FROM progress_evidence")));
        return counts;
    }

    static const QString semester() { return QStringLiteral("2024-S1"); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void mergeAddsReportsConflictsAndIsIdempotent()
    {
        const QString pathA = newPath();
        const QString pathB = newPath();
        TrackedLibrary a = TrackedLibrary::create(pathA);
        TrackedLibrary b = TrackedLibrary::create(pathB);
        QVERIFY2(a.isValid(), qPrintable(a.error));
        QVERIFY2(b.isValid(), qPrintable(b.error));
        QString error;
        const qint64 censusA = itemId(*a.library, a.planId, QStringLiteral("100% de población"));
        const qint64 dropoutA = itemId(*a.library, a.planId, QStringLiteral("Reducir la deserción"));
        const qint64 censusB = itemId(*b.library, b.planId, QStringLiteral("100% de población"));
        const qint64 dropoutB = itemId(*b.library, b.planId, QStringLiteral("Reducir la deserción"));
        const qint64 jobsB = itemId(*b.library, b.planId, QStringLiteral("Dos mil"));

        // Group A: census met with a file and a URL; dropout in progress.
        const std::optional<ProgressRecord> censusRecord =
            a.tracker->setProgress(censusA, semester(), values(ProgressStatus::Met, 100.0, {}, QStringLiteral("Padrón completo")), &error);
        QVERIFY2(censusRecord, qPrintable(error));
        const QByteArray photo("\x89PNG\r\n\x1a\n fake image bytes \x00\x01\x02", 28);
        QVERIFY(a.tracker->addEvidenceData(censusRecord->id, photo, QStringLiteral("../foto.png"), QStringLiteral("Ana"), &error));
        QVERIFY(a.tracker->addEvidenceUrl(censusRecord->id, QStringLiteral("https://example.org/padron"), QDate(2024, 5, 2),
                                          QStringLiteral("Ana"), &error, QStringLiteral("Padrón nominal")));
        QVERIFY(a.tracker->setProgress(dropoutA, semester(), values(ProgressStatus::InProgress, 40.0), &error));
        // Group B: dropout not started (a conflict), jobs met (theirs alone).
        QVERIFY(b.tracker->setProgress(dropoutB, semester(),
                                       values(ProgressStatus::NotStarted, {}, {}, {}, QStringLiteral("Beto")), &error));
        QVERIFY(b.tracker->setProgress(jobsB, semester(), values(ProgressStatus::Met), &error));

        TrackingExchange exchangeA(*a.tracker);
        const QString file = m_dir.filePath(QStringLiteral("grupo-a.json"));
        QVERIFY2(exchangeA.exportPlanToFile(a.planId, QStringLiteral("Grupo A"), file, &error), qPrintable(error));
        const QJsonObject root = QJsonDocument::fromJson(fileBytes(file)).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("vigia-progress"));
        QCOMPARE(root.value(QStringLiteral("records")).toArray().size(), 2);

        TrackingExchange exchangeB(*b.tracker);
        const MergeReport first = exchangeB.mergeFile(file, 0, QStringLiteral("Beto"));
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.planId, b.planId);
        QCOMPARE(first.origin, QStringLiteral("Grupo A"));
        QCOMPARE(first.addedRecords, 1);
        QCOMPARE(first.unchangedRecords, 0);
        QCOMPARE(first.addedEvidence, 2);
        QVERIFY(first.addedHistory >= 3);
        QVERIFY(first.unmatched.isEmpty());
        QCOMPARE(first.conflicts.size(), 1);
        const ProgressConflict conflict = first.conflicts.at(0);
        QCOMPARE(conflict.itemId, dropoutB);
        QCOMPARE(conflict.semester, semester());
        QCOMPARE(conflict.local.status, ProgressStatus::NotStarted);
        QCOMPARE(conflict.incoming.status, ProgressStatus::InProgress);
        QCOMPARE(conflict.incoming.percent, std::optional<double>(40.0));
        QVERIFY(!conflict.resolution);
        // Ours stays until resolved.
        QCOMPARE(b.tracker->record(dropoutB, semester())->values.status, ProgressStatus::NotStarted);
        // Theirs arrived with its evidence, bytes intact.
        const std::optional<ProgressRecord> census = b.tracker->record(censusB, semester());
        QVERIFY(census);
        QCOMPARE(census->values.note, QStringLiteral("Padrón completo"));
        QCOMPARE(census->evidence.size(), 2);
        QCOMPARE(b.tracker->evidenceContent(census->evidence.at(0).id), photo);
        QCOMPARE(census->evidence.at(0).sha256, sha256Of(photo));
        QCOMPARE(census->evidence.at(1).url, QStringLiteral("https://example.org/padron"));
        QCOMPARE(census->evidence.at(1).title, QStringLiteral("Padrón nominal"));
        // Their file name came from elsewhere: written out, it stays inside the folder.
        QTemporaryDir out;
        const QString saved = b.tracker->saveEvidence(census->evidence.at(0).id, out.path(), &error);
        QVERIFY2(!saved.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(saved).absolutePath(), QDir(out.path()).absolutePath());
        QCOMPARE(fileBytes(saved), photo);
        QVERIFY(!b.tracker->history(censusB).isEmpty());

        // Merging the same file again changes nothing.
        const QList<qint64> before = tableCounts(pathB);
        const MergeReport second = exchangeB.mergeFile(file, 0, QStringLiteral("Beto"));
        QVERIFY2(second.ok, qPrintable(second.error));
        QVERIFY(second.changedNothing());
        QCOMPARE(second.unchangedRecords, 1);
        QCOMPARE(tableCounts(pathB), before);

        // Resolving by taking theirs; merging again still changes nothing.
        QVERIFY2(b.tracker->resolveConflict(conflict.id, ProgressConflict::Side::Incoming, QStringLiteral("Beto"), &error),
                 qPrintable(error));
        QVERIFY(!b.tracker->resolveConflict(conflict.id, ProgressConflict::Side::Local, QStringLiteral("Beto"), &error));
        QCOMPARE(b.tracker->record(dropoutB, semester())->values.status, ProgressStatus::InProgress);
        QCOMPARE(b.tracker->history(dropoutB).last().action, QStringLiteral("resolved"));
        QVERIFY(b.tracker->conflicts(b.planId, true).isEmpty());
        QCOMPARE(b.tracker->conflicts(b.planId, false).size(), 1);
        const QList<qint64> resolved = tableCounts(pathB);
        QVERIFY(exchangeB.mergeFile(file, 0, QStringLiteral("Beto")).changedNothing());
        QCOMPARE(tableCounts(pathB), resolved);

        // And back: A merges B's file; merging it twice changes nothing there either.
        const QString back = m_dir.filePath(QStringLiteral("grupo-b.json"));
        QVERIFY(exchangeB.exportPlanToFile(b.planId, QStringLiteral("Grupo B"), back, &error));
        const MergeReport intoA = exchangeA.mergeFile(back, 0, QStringLiteral("Ana"));
        QVERIFY2(intoA.ok, qPrintable(intoA.error));
        QCOMPARE(intoA.addedRecords, 1); // jobs
        QVERIFY(intoA.conflicts.isEmpty()); // B now says what A says
        const QList<qint64> countsA = tableCounts(pathA);
        QVERIFY(exchangeA.mergeFile(back, 0, QStringLiteral("Ana")).changedNothing());
        QCOMPARE(tableCounts(pathA), countsA);
    }

    void resolvingForOursKeepsOurValues()
    {
        TrackedLibrary a = TrackedLibrary::create(newPath());
        TrackedLibrary b = TrackedLibrary::create(newPath());
        QVERIFY(a.isValid() && b.isValid());
        QString error;
        QVERIFY(a.tracker->setProgress(itemId(*a.library, a.planId, QStringLiteral("Dos mil")), semester(),
                                       values(ProgressStatus::Met), &error));
        const qint64 jobsB = itemId(*b.library, b.planId, QStringLiteral("Dos mil"));
        QVERIFY(b.tracker->setProgress(jobsB, semester(), values(ProgressStatus::NotMet), &error));
        const QByteArray file = TrackingExchange(*a.tracker).exportPlan(a.planId, QStringLiteral("A"), &error);
        TrackingExchange exchangeB(*b.tracker);
        const MergeReport report = exchangeB.merge(file, QStringLiteral("a.json"), b.planId, {});
        QCOMPARE(report.conflicts.size(), 1);
        QVERIFY(b.tracker->resolveConflict(report.conflicts.at(0).id, ProgressConflict::Side::Local, QStringLiteral("Beto"), &error));
        QCOMPARE(b.tracker->record(jobsB, semester())->values.status, ProgressStatus::NotMet);
        QVERIFY(exchangeB.merge(file, QStringLiteral("a.json"), b.planId, {}).changedNothing());
    }

    void badFilesAreRefusedAndChangeNothing()
    {
        const QString path = newPath();
        TrackedLibrary a = TrackedLibrary::create(newPath());
        TrackedLibrary b = TrackedLibrary::create(path);
        QVERIFY(a.isValid() && b.isValid());
        QString error;
        const std::optional<ProgressRecord> record = a.tracker->setProgress(
            itemId(*a.library, a.planId, QStringLiteral("Dos mil")), semester(), values(ProgressStatus::Met), &error);
        QVERIFY(a.tracker->setProgress(itemId(*a.library, a.planId, QStringLiteral("100%")), semester(),
                                       values(ProgressStatus::Met), &error));
        QVERIFY(a.tracker->addEvidenceData(record->id, "original bytes", QStringLiteral("x.pdf"), {}, &error));
        QJsonObject root = QJsonDocument::fromJson(TrackingExchange(*a.tracker).exportPlan(a.planId, QStringLiteral("A"), &error)).object();

        // Evidence whose bytes do not match its SHA-256: the whole merge is refused.
        QJsonArray records = root.value(QStringLiteral("records")).toArray();
        for (qsizetype i = 0; i < records.size(); ++i) {
            QJsonObject recordObject = records.at(i).toObject();
            QJsonArray evidence = recordObject.value(QStringLiteral("evidence")).toArray();
            if (evidence.isEmpty())
                continue;
            QJsonObject piece = evidence.at(0).toObject();
            piece.insert(QStringLiteral("content_base64"), QString::fromLatin1(QByteArray("tampered").toBase64()));
            evidence.replace(0, piece);
            recordObject.insert(QStringLiteral("evidence"), evidence);
            records.replace(i, recordObject);
        }
        root.insert(QStringLiteral("records"), records);
        TrackingExchange exchangeB(*b.tracker);
        const QList<qint64> before = tableCounts(path);
        MergeReport report = exchangeB.merge(QJsonDocument(root).toJson(), QStringLiteral("tampered.json"), 0, {});
        QVERIFY(!report.ok);
        QVERIFY2(report.error.startsWith(QStringLiteral("tampered.json: ")), qPrintable(report.error));
        QVERIFY2(report.error.contains(QStringLiteral("SHA-256")), qPrintable(report.error));
        QCOMPARE(tableCounts(path), before);

        // An unknown status is refused too, not read as "no information".
        QJsonObject badStatus = root;
        QJsonArray badRecords = root.value(QStringLiteral("records")).toArray();
        QJsonObject firstRecord = badRecords.at(0).toObject();
        QJsonObject firstValues = firstRecord.value(QStringLiteral("values")).toObject();
        firstValues.insert(QStringLiteral("status"), QStringLiteral("done"));
        firstRecord.insert(QStringLiteral("values"), firstValues);
        badRecords.replace(0, firstRecord);
        badStatus.insert(QStringLiteral("records"), badRecords);
        report = exchangeB.merge(QJsonDocument(badStatus).toJson(), QStringLiteral("status.json"), 0, {});
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(QStringLiteral("unknown status 'done'")), qPrintable(report.error));
        QCOMPARE(tableCounts(path), before);

        report = exchangeB.merge("not json", QStringLiteral("junk.json"), 0, {});
        QVERIFY(!report.ok);
        QVERIFY2(report.error.startsWith(QStringLiteral("junk.json: not a Vigía tracking file")), qPrintable(report.error));
        report = exchangeB.merge(R"({"format":"something-else"})", QStringLiteral("other.json"), 0, {});
        QVERIFY(!report.ok);
        report = exchangeB.mergeFile(m_dir.filePath(QStringLiteral("missing.json")), 0, {});
        QVERIFY(!report.ok);
        QVERIFY(report.error.contains(QStringLiteral("missing.json")));

        // A file about a plan this library does not hold.
        root.insert(QStringLiteral("plan"), QJsonObject{{QStringLiteral("source_sha256"), QStringLiteral("00ff")}});
        report = exchangeB.merge(QJsonDocument(root).toJson(), QStringLiteral("other-plan.json"), 0, {});
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(QStringLiteral("not in the library")), qPrintable(report.error));
        QCOMPARE(tableCounts(path), before);
    }

    void evidenceListedTwiceIsStoredOnce()
    {
        TrackedLibrary a = TrackedLibrary::create(newPath());
        TrackedLibrary b = TrackedLibrary::create(newPath());
        QVERIFY(a.isValid() && b.isValid());
        QString error;
        const std::optional<ProgressRecord> record = a.tracker->setProgress(
            itemId(*a.library, a.planId, QStringLiteral("Dos mil")), semester(), values(ProgressStatus::Met), &error);
        QVERIFY(a.tracker->addEvidenceData(record->id, "same bytes", QStringLiteral("uno.pdf"), {}, &error));
        QVERIFY(a.tracker->addEvidenceData(record->id, "same bytes", QStringLiteral("dos.pdf"), {}, &error));
        QCOMPARE(a.tracker->recordById(record->id)->evidence.size(), 2);
        TrackingExchange exchangeB(*b.tracker);
        const MergeReport report =
            exchangeB.merge(TrackingExchange(*a.tracker).exportPlan(a.planId, QStringLiteral("A"), &error), QStringLiteral("a.json"), 0, {});
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.addedEvidence, 1);
        QCOMPARE(b.tracker->records(b.planId).at(0).evidence.size(), 1);
    }

    void recordsWithoutAMatchingItemAreListed()
    {
        TrackedLibrary a = TrackedLibrary::create(newPath());
        Plan other = samplePlan(QStringLiteral("two"));
        other.dimensions[1].rows[0].items(ItemKind::Target)[0].text = QStringLiteral("Instalar un parque industrial");
        TrackedLibrary b = TrackedLibrary::create(newPath(), other);
        QVERIFY(a.isValid() && b.isValid());
        QString error;
        QVERIFY(a.tracker->setProgress(itemId(*a.library, a.planId, QStringLiteral("Dos mil")), semester(),
                                       values(ProgressStatus::Met), &error));
        QVERIFY(a.tracker->setProgress(itemId(*a.library, a.planId, QStringLiteral("100%")), semester(),
                                       values(ProgressStatus::Met), &error));
        const QByteArray file = TrackingExchange(*a.tracker).exportPlan(a.planId, QStringLiteral("A"), &error);
        // Another source: the plan must be named; items are matched by text.
        TrackingExchange exchangeB(*b.tracker);
        MergeReport report = exchangeB.merge(file, QStringLiteral("a.json"), 0, {});
        QVERIFY(!report.ok);
        report = exchangeB.merge(file, QStringLiteral("a.json"), b.planId, {});
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.addedRecords, 1);
        QCOMPARE(report.unmatched.size(), 1);
        QCOMPARE(report.unmatched.at(0).itemText, QStringLiteral("Dos mil empleos formales"));
        QCOMPARE(b.tracker->records(b.planId).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTrackingExchange)
#include "TestTrackingExchange.moc"
