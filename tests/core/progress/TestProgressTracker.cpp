#include "ProgressTestSupport.h"

#include "progress/EvidenceFileName.h"
#include "progress/EvidenceIntake.h"
#include "progress/HistoryDetail.h"
#include "progress/ProgressStatus.h"
#include "progress/Semester.h"
#include "progress/TargetValue.h"

#include <QDir>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

// Progress records: statuses, semesters, values against targets, the append-only history,
// evidence stored in the library and written back out under safe names.
class TestProgressTracker : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("progress-%1.vigia").arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void statusesHaveStableIdsAndSpanishLabels()
    {
        QSet<QString> ids;
        QSet<QString> labels;
        for (ProgressStatus status : allProgressStatuses) {
            ids.insert(progressStatusId(status));
            labels.insert(progressStatusLabel(status));
            QCOMPARE(progressStatusFromId(progressStatusId(status)), status);
        }
        QCOMPARE(ids.size(), 7);
        QCOMPARE(labels.size(), 7);
        QCOMPARE(progressStatusId(ProgressStatus::PartiallyMet), QStringLiteral("partially-met"));
        QCOMPARE(progressStatusLabel(ProgressStatus::NoInformation), QStringLiteral("Sin información"));
        QCOMPARE(progressStatusLabel(ProgressStatus::NotVerifiable), QStringLiteral("No verificable"));
        QVERIFY(!progressStatusFromId(QStringLiteral("Cumplida")));
    }

    void semestersComeFromThePeriod()
    {
        QCOMPARE(Semester::forPeriod(QStringLiteral("2023-2026")),
                 (QStringList{QStringLiteral("2023-S1"), QStringLiteral("2023-S2"), QStringLiteral("2024-S1"),
                              QStringLiteral("2024-S2"), QStringLiteral("2025-S1"), QStringLiteral("2025-S2"),
                              QStringLiteral("2026-S1"), QStringLiteral("2026-S2")}));
        QVERIFY(Semester::forPeriod(QStringLiteral("2026-2023")).isEmpty());
        QVERIFY(Semester::forPeriod(QString()).isEmpty());
        QCOMPARE(Semester::parse(QStringLiteral("2024-s2"))->toString(), QStringLiteral("2024-S2"));
        QVERIFY(!Semester::parse(QStringLiteral("2024-S3")));
        QCOMPARE(Semester::parse(QStringLiteral("2024-S2"))->firstDay(), QDate(2024, 7, 1));
    }

    void semestersCanBeEditedPerPlan()
    {
        TrackedLibrary tracked = TrackedLibrary::create(newPath());
        QVERIFY2(tracked.isValid(), qPrintable(tracked.error));
        QCOMPARE(tracked.tracker->semesters(tracked.planId).size(), 8);
        QString error;
        QVERIFY2(tracked.tracker->setSemesters(tracked.planId, {QStringLiteral("2027-S1"), QStringLiteral("2026-S2")}, &error),
                 qPrintable(error));
        QCOMPARE(tracked.tracker->semesters(tracked.planId),
                 (QStringList{QStringLiteral("2026-S2"), QStringLiteral("2027-S1")}));
        QVERIFY(!tracked.tracker->setSemesters(tracked.planId, {QStringLiteral("2027-S3")}, &error));
        QVERIFY2(error.contains(QStringLiteral("2027-S3")), qPrintable(error));
        QVERIFY(!tracked.tracker->setSemesters(9999, {QStringLiteral("2027-S1")}, &error));

        const qint64 meta = itemId(*tracked.library, tracked.planId, QStringLiteral("Dos mil"));
        QVERIFY(!tracked.tracker->setProgress(meta, QStringLiteral("2023-S1"), values(ProgressStatus::Met), &error));
        QVERIFY2(error.contains(QStringLiteral("not a semester")), qPrintable(error));
        QVERIFY2(tracked.tracker->setProgress(meta, QStringLiteral("2027-S1"), values(ProgressStatus::Met), &error),
                 qPrintable(error));
        // A semester holding records cannot be dropped from the list.
        QVERIFY(!tracked.tracker->setSemesters(tracked.planId, {QStringLiteral("2026-S2")}, &error));
        QVERIFY2(error.contains(QStringLiteral("2027-S1")), qPrintable(error));
        QCOMPARE(tracked.tracker->semesters(tracked.planId).size(), 2);
        QVERIFY2(tracked.tracker->setSemesters(tracked.planId, {QStringLiteral("2027-S1"), QStringLiteral("2027-S2")}, &error),
                 qPrintable(error));
    }

    void targetValueReadsTheStatedFigure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected"); // -1: none
        QTest::newRow("percent") << QStringLiteral("100% de población vulnerable empadronada") << 100.0;
        QTest::newRow("reduce to") << QStringLiteral("Reducir la deserción escolar al 5%") << 5.0;
        QTest::newRow("decimal comma") << QStringLiteral("Reducir la anemia al 12,5 %") << 12.5;
        QTest::newRow("thousands space") << QStringLiteral("Crear 2 000 empleos formales") << 2000.0;
        QTest::newRow("thousands dot") << QStringLiteral("Atender a 15.000 familias") << 15000.0;
        QTest::newRow("year skipped") << QStringLiteral("Al 2026, construir 3 hospitales") << 3.0;
        QTest::newRow("year after hacia") << QStringLiteral("Hacia 2025 el 80% de hogares con agua") << 80.0;
        QTest::newRow("words only") << QStringLiteral("Dos mil empleos formales") << -1.0;
        QTest::newRow("no figure") << QStringLiteral("Mejorar la atención primaria") << -1.0;
    }

    void targetValueReadsTheStatedFigure()
    {
        QFETCH(QString, text);
        QFETCH(double, expected);
        const std::optional<double> value = TargetValue::fromText(text);
        if (expected < 0) {
            QVERIFY2(!value, qPrintable(QString::number(value.value_or(0))));
        } else {
            QVERIFY(value);
            QCOMPARE(*value, expected);
        }
    }

    void progressIsStoredWithItsTargetAndDefaults()
    {
        TrackedLibrary tracked = TrackedLibrary::create(newPath());
        QVERIFY2(tracked.isValid(), qPrintable(tracked.error));
        const qint64 meta = itemId(*tracked.library, tracked.planId, QStringLiteral("100% de población"));
        const qint64 objective = itemId(*tracked.library, tracked.planId, QStringLiteral("Mejorar la atención"));
        const qint64 problem = itemId(*tracked.library, tracked.planId, QStringLiteral("Desempleo juvenil"));
        QVERIFY(meta && objective && problem);

        QString error;
        ProgressValues given = values(ProgressStatus::InProgress, std::nullopt, 40.0, QStringLiteral("Padrón en curso"));
        given.assessedOn = QDate();
        const std::optional<ProgressRecord> record = tracked.tracker->setProgress(meta, QStringLiteral("2023-S2"), given, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->values.status, ProgressStatus::InProgress);
        QCOMPARE(record->values.targetValue, std::optional<double>(100.0)); // read from the meta's text
        QCOMPARE(record->values.achievedValue, std::optional<double>(40.0));
        QCOMPARE(record->values.effectivePercent(), std::optional<double>(40.0));
        QCOMPARE(record->values.assessedOn, QDate::currentDate());
        QCOMPARE(record->values.note, QStringLiteral("Padrón en curso"));
        QCOMPARE(record->values.evaluator, QStringLiteral("Ana"));

        QVERIFY2(tracked.tracker->setProgress(objective, QStringLiteral("2023-S2"), values(ProgressStatus::PartiallyMet, 55.0), &error),
                 qPrintable(error));
        QList<ProgressRecord> records = tracked.tracker->records(tracked.planId, QStringLiteral("2023-S2"), &error);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).itemId, objective); // plan order: the row's objective before its meta
        QCOMPARE(records.at(0).values.percent, std::optional<double>(55.0));
        QCOMPARE(records.at(0).values.targetValue, std::nullopt);
        QVERIFY(tracked.tracker->records(tracked.planId, QStringLiteral("2024-S1"), &error).isEmpty());
        // Semesters are read leniently and stored in one spelling.
        QVERIFY(tracked.tracker->setProgress(objective, QStringLiteral(" 2023-s2 "), values(ProgressStatus::PartiallyMet, 60.0), &error));
        QCOMPARE(tracked.tracker->record(objective, QStringLiteral("2023-S2"))->values.percent, std::optional<double>(60.0));
        QVERIFY(!tracked.tracker->setProgress(objective, QStringLiteral("2023"), values(ProgressStatus::Met), &error));
        QCOMPARE(tracked.tracker->records(tracked.planId, {}, &error).size(), 2);

        // Refusals: problems are not tracked, percentages stay within 0–100, unknown items.
        QVERIFY(!tracked.tracker->setProgress(problem, QStringLiteral("2023-S2"), values(ProgressStatus::Met), &error));
        QVERIFY2(error.contains(QStringLiteral("only objectives and metas")), qPrintable(error));
        QVERIFY(!tracked.tracker->setProgress(meta, QStringLiteral("2023-S2"), values(ProgressStatus::Met, 150.0), &error));
        QVERIFY(!tracked.tracker->setProgress(meta, QStringLiteral("2023-S2"), values(ProgressStatus::Met, -1.0), &error));
        QVERIFY(!tracked.tracker->setProgress(987654, QStringLiteral("2023-S2"), values(ProgressStatus::Met), &error));
        QVERIFY2(error.contains(QStringLiteral("no item 987654")), qPrintable(error));
        // The refused calls changed nothing.
        QCOMPARE(tracked.tracker->record(meta, QStringLiteral("2023-S2"))->values.status, ProgressStatus::InProgress);
    }

    void historyKeepsEveryChangeAndCannotBeRewritten()
    {
        const QString path = newPath();
        TrackedLibrary tracked = TrackedLibrary::create(path);
        QVERIFY2(tracked.isValid(), qPrintable(tracked.error));
        const qint64 meta = itemId(*tracked.library, tracked.planId, QStringLiteral("Reducir la deserción"));
        QString error;
        QVERIFY(tracked.tracker->setProgress(meta, QStringLiteral("2024-S1"), values(ProgressStatus::NotStarted), &error));
        QVERIFY(tracked.tracker->setProgress(meta, QStringLiteral("2024-S1"),
                                             values(ProgressStatus::InProgress, 30.0, {}, {}, QStringLiteral("Beto")), &error));
        // The same values again are no change.
        QVERIFY(tracked.tracker->setProgress(meta, QStringLiteral("2024-S1"),
                                             values(ProgressStatus::InProgress, 30.0, {}, {}, QStringLiteral("Beto")), &error));
        const std::optional<ProgressRecord> record = tracked.tracker->record(meta, QStringLiteral("2024-S1"));
        QVERIFY(record);
        QVERIFY(tracked.tracker->addEvidenceUrl(record->id, QStringLiteral("https://example.org/informe.pdf"),
                                                QDate(2024, 2, 1), QStringLiteral("Beto"), &error));

        const QList<HistoryEntry> history = tracked.tracker->history(meta, &error);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).action, QStringLiteral("set"));
        QVERIFY(!history.at(0).oldValues);
        QCOMPARE(history.at(0).newValues->status, ProgressStatus::NotStarted);
        QCOMPARE(history.at(0).changedBy, QStringLiteral("Ana"));
        QCOMPARE(history.at(1).oldValues->status, ProgressStatus::NotStarted);
        QCOMPARE(history.at(1).newValues->status, ProgressStatus::InProgress);
        QCOMPARE(history.at(1).newValues->percent, std::optional<double>(30.0));
        QCOMPARE(history.at(1).changedBy, QStringLiteral("Beto"));
        QVERIFY(history.at(1).changedAt.isValid());
        QCOMPARE(history.at(2).action, QStringLiteral("evidence"));
        QVERIFY(history.at(2).detail.contains(QStringLiteral("https://example.org/informe.pdf")));
        QVERIFY(history.at(0).uid != history.at(1).uid);

        // Triggers forbid rewriting history or evidence, even through a raw connection.
        for (const QString &sql : {QStringLiteral("UPDATE progress_history SET changed_by = 'x'"),
                                   QStringLiteral("DELETE FROM progress_history"),
                                   QStringLiteral("UPDATE progress_evidence SET url = 'https://evil.example'"),
                                   QStringLiteral("DELETE FROM progress_evidence"),
                                   QStringLiteral("DELETE FROM progress_records")}) {
            QVERIFY2(!executeOn(path, sql, &error), qPrintable(sql));
            QVERIFY2(error.contains(QStringLiteral("append-only")) || error.contains(QStringLiteral("never deleted")),
                     qPrintable(error));
        }
        QCOMPARE(queryInteger(path, QStringLiteral("SELECT count(*) FROM progress_history")), 3);
        QCOMPARE(queryInteger(path, QStringLiteral("SELECT count(*) FROM progress_history WHERE changed_by = 'x'")), 0);

        // A plan with progress cannot be removed (its records would go).
        QVERIFY(!tracked.library->removePlan(tracked.planId, &error));
        QVERIFY(tracked.library->plan(tracked.planId));
        QCOMPARE(tracked.tracker->records(tracked.planId).size(), 1);
    }

    void evidenceFilesRoundTrip()
    {
        TrackedLibrary tracked = TrackedLibrary::create(newPath());
        QVERIFY2(tracked.isValid(), qPrintable(tracked.error));
        const qint64 meta = itemId(*tracked.library, tracked.planId, QStringLiteral("Dos mil"));
        QString error;
        const std::optional<ProgressRecord> record =
            tracked.tracker->setProgress(meta, QStringLiteral("2024-S2"), values(ProgressStatus::Met), &error);
        QVERIFY2(record, qPrintable(error));

        QByteArray bytes("%PDF-1.4\n");
        for (int i = 0; i < 5000; ++i)
            bytes.append(char(i % 256));
        const std::optional<Evidence> stored =
            tracked.tracker->addEvidenceData(record->id, bytes, QStringLiteral("acta de sesión.pdf"), QStringLiteral("Ana"), &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->sha256, sha256Of(bytes));
        QCOMPARE(stored->size, bytes.size());
        QCOMPARE(stored->mediaType, QStringLiteral("application/pdf"));
        QCOMPARE(tracked.tracker->evidenceContent(stored->id), bytes);

        const std::optional<ProgressRecord> reread = tracked.tracker->recordById(record->id);
        QCOMPARE(reread->evidence.size(), 1);
        QCOMPARE(reread->evidence.at(0).originalName, QStringLiteral("acta de sesión.pdf"));
        QCOMPARE(reread->evidence.at(0).sha256, sha256Of(bytes));

        QTemporaryDir out;
        const QString written = tracked.tracker->saveEvidence(stored->id, out.path(), &error);
        QVERIFY2(!written.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(written).absolutePath(), QDir(out.path()).absolutePath());
        QCOMPARE(fileBytes(written), bytes);
        // Saving again never overwrites.
        const QString again = tracked.tracker->saveEvidence(stored->id, out.path(), &error);
        QVERIFY(!again.isEmpty() && again != written);
        QCOMPARE(fileBytes(again), bytes);

        // From a file on disk: its name, never its folder, is kept.
        const QString source = out.filePath(QStringLiteral("hoja.csv"));
        writeFile(source, "a;b\n1;2\n");
        const std::optional<Evidence> fromFile = tracked.tracker->addEvidenceFile(record->id, source, QStringLiteral("Ana"), &error);
        QVERIFY2(fromFile, qPrintable(error));
        QCOMPARE(fromFile->originalName, QStringLiteral("hoja.csv"));
        QVERIFY(!tracked.tracker->addEvidenceFile(record->id, out.filePath(QStringLiteral("missing.pdf")), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("missing.pdf")), qPrintable(error));

        // URLs: http(s) only, with the day consulted.
        QVERIFY(!tracked.tracker->addEvidenceUrl(record->id, QStringLiteral("javascript:alert(1)"), {}, {}, &error));
        QVERIFY(!tracked.tracker->addEvidenceUrl(record->id, QStringLiteral("file:///etc/passwd"), {}, {}, &error));
        const std::optional<Evidence> url = tracked.tracker->addEvidenceUrl(
            record->id, QStringLiteral("https://www.gob.pe/informe"), QDate(2024, 8, 3), {}, &error);
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(tracked.tracker->recordById(record->id)->evidence.size(), 3);
        QCOMPARE(tracked.tracker->recordById(record->id)->evidence.at(2).consultedOn, QDate(2024, 8, 3));
        QVERIFY(tracked.tracker->evidenceContent(url->id, &error).isNull());

        // A link may have a title, kept on one line and read back; the history names both.
        const std::optional<Evidence> titled = tracked.tracker->addEvidenceUrl(
            record->id, QStringLiteral("https://www.gob.pe/obra"), QDate(2024, 9, 1), QStringLiteral("Ana"), &error,
            QStringLiteral(" Informe \"final\"\nde obra "));
        QVERIFY2(titled, qPrintable(error));
        const Evidence titledStored = tracked.tracker->recordById(record->id)->evidence.constLast();
        QCOMPARE(titledStored.title, QStringLiteral("Informe \"final\" de obra"));
        QVERIFY(tracked.tracker->recordById(record->id)->evidence.at(2).title.isEmpty());
        QVERIFY(!tracked.tracker->addEvidenceUrl(record->id, QStringLiteral("https://www.gob.pe/x"), {}, {}, &error,
                                                 QString(ProgressValues::maximumNameLength + 1, u'x')));
        QVERIFY2(error.contains(QStringLiteral("title")), qPrintable(error));
    }

    // What the history says about a piece of evidence reads back into the evidence it names.
    void historyDetailsOfEvidenceReadBack()
    {
        Evidence link;
        link.kind = Evidence::Kind::Url;
        link.url = QStringLiteral("https://example.org/a?b=1&c=%22");
        link.consultedOn = QDate(2026, 12, 1);
        for (const QString &title : {QString(), QStringLiteral("Informe \"2025\" (final)")}) {
            link.title = title;
            const std::optional<Evidence> read = EvidenceIntake::fromHistoryDetail(EvidenceIntake::historyDetail(link));
            QVERIFY(read);
            QCOMPARE(read->kind, Evidence::Kind::Url);
            QCOMPARE(read->url, link.url);
            QCOMPARE(read->consultedOn, link.consultedOn);
            QCOMPARE(read->title, title);
        }
        Evidence file;
        file.kind = Evidence::Kind::File;
        file.originalName = QStringLiteral("acta (1).pdf");
        file.size = 1234;
        file.sha256 = QByteArray(64, 'a');
        const std::optional<Evidence> read = EvidenceIntake::fromHistoryDetail(EvidenceIntake::historyDetail(file));
        QVERIFY(read);
        QCOMPARE(read->kind, Evidence::Kind::File);
        QCOMPARE(read->originalName, EvidenceFileName::sanitized(file.originalName)); // the history names files safely
        QCOMPARE(read->size, 1234);
        QCOMPARE(read->sha256, file.sha256);
        QVERIFY(!EvidenceIntake::fromHistoryDetail(QStringLiteral("re-import: plan 1 item 2 -> plan 3 item 4 (similarity 0.9)")));
        QVERIFY(!EvidenceIntake::fromHistoryDetail(QString()));

        // The other details the history writes read back the same way, each by its action.
        using Kind = HistoryDetail::Reading::Kind;
        const HistoryDetail::Reading moved = HistoryDetail::read(QStringLiteral("moved"), HistoryDetail::moved(1, 2, 3, 4, 0.876));
        QCOMPARE(moved.kind, Kind::Moved);
        QCOMPARE(moved.similarity, 0.88);
        const HistoryDetail::Reading took = HistoryDetail::read(QStringLiteral("resolved"), HistoryDetail::resolved(5, true, QStringLiteral("Grupo B")));
        QCOMPARE(took.kind, Kind::TookTheirs);
        QCOMPARE(took.origin, QStringLiteral("Grupo B"));
        QCOMPARE(HistoryDetail::read(QStringLiteral("resolved"), HistoryDetail::resolved(5, false, QStringLiteral("B"))).kind, Kind::KeptOurs);
        QCOMPARE(HistoryDetail::read(QStringLiteral("merged"), HistoryDetail::mergedFrom(QStringLiteral("Grupo C"))).origin, QStringLiteral("Grupo C"));
        QCOMPARE(HistoryDetail::read(QStringLiteral("evidence"), EvidenceIntake::historyDetail(file)).kind, Kind::Evidence);
        // A form read under another action, or no form at all, is not read.
        QCOMPARE(HistoryDetail::read(QStringLiteral("set"), HistoryDetail::mergedFrom(QStringLiteral("C"))).kind, Kind::Unknown);
        QCOMPARE(HistoryDetail::read(QStringLiteral("moved"), QStringLiteral("moved somewhere")).kind, Kind::Unknown);
    }

    void hostileEvidenceNamesNeverBecomePaths_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << QStringLiteral("../../escaped.pdf");
        QTest::newRow("absolute") << QStringLiteral("/tmp/absolute.pdf");
        QTest::newRow("windows") << QStringLiteral("C:\\Windows\\system32\\evil.exe");
        QTest::newRow("nul") << (QStringLiteral("informe") + QChar(0) + QStringLiteral("/../../x.pdf"));
        QTest::newRow("dots") << QStringLiteral("..");
        QTest::newRow("hidden") << QStringLiteral(".bashrc");
        QTest::newRow("empty") << QString();
        QTest::newRow("controls") << QStringLiteral("a\nb\tc\x01.png");
        QTest::newRow("long") << (QString(300, u'x') + QStringLiteral(".xlsx"));
    }

    void hostileEvidenceNamesNeverBecomePaths()
    {
        QFETCH(QString, name);
        const QString safe = EvidenceFileName::sanitized(name);
        QVERIFY(!safe.isEmpty());
        QVERIFY(safe.size() <= EvidenceFileName::maximumLength + 8);
        QVERIFY2(!safe.contains(u'/') && !safe.contains(u'\\') && !safe.contains(QChar(0)), qPrintable(safe));
        QVERIFY2(!safe.startsWith(u'.') && !safe.contains(QStringLiteral("..")), qPrintable(safe));
        for (const QChar character : safe)
            QVERIFY2(character.isPrint(), qPrintable(safe));

        TrackedLibrary tracked = TrackedLibrary::create(newPath());
        QVERIFY2(tracked.isValid(), qPrintable(tracked.error));
        QString error;
        const std::optional<ProgressRecord> record = tracked.tracker->setProgress(
            itemId(*tracked.library, tracked.planId, QStringLiteral("Dos mil")), QStringLiteral("2024-S2"),
            values(ProgressStatus::Met), &error);
        QVERIFY2(record, qPrintable(error));
        const std::optional<Evidence> stored = tracked.tracker->addEvidenceData(record->id, "bytes", name, {}, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(tracked.tracker->recordById(record->id)->evidence.at(0).originalName, name); // kept as given

        QTemporaryDir parent;
        QVERIFY(QDir(parent.path()).mkdir(QStringLiteral("out")));
        const QString outDir = QDir(parent.path()).filePath(QStringLiteral("out"));
        const QString written = tracked.tracker->saveEvidence(stored->id, outDir, &error);
        QVERIFY2(!written.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(written).absolutePath(), QFileInfo(outDir).absoluteFilePath());
        QCOMPARE(QDir(outDir).entryList(QDir::Files | QDir::Hidden).size(), 1);
        QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("out")});
        QCOMPARE(fileBytes(written), QByteArray("bytes"));
    }
};

QTEST_GUILESS_MAIN(TestProgressTracker)
#include "TestProgressTracker.moc"
