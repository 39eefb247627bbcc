#include "../store/StoreTestSupport.h"

#include "progress/ProgressTracker.h"
#include "store/LibrarySchema.h"
#include "store/PlanLibrary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

// Migration step 3 (progress tracking): a version-2 library with plans opens as version 3 with its
// data intact and can be tracked at once.
class TestProgressSchema : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The version the progress tracking step brings a library to.
    static int progressStep()
    {
        for (const SchemaMigration &step : LibrarySchema::migrations()) {
            if (step.description.contains(QStringLiteral("progress")))
                return step.version;
        }
        return 0;
    }

    void progressStepIsOnTheLadder()
    {
        const int step = progressStep();
        QVERIFY(step >= 3);
        QCOMPARE(LibrarySchema::migrations().at(size_t(step - 1)).version, step);
    }

    void libraryOfThePreviousVersionMigratesWithItsData()
    {
        const int step = progressStep();
        QVERIFY(step >= 3);
        const QString path = m_dir.filePath(QStringLiteral("previous-version.vigia"));
        {
            SqliteDatabase database;
            QString error;
            QVERIFY2(database.open(path, SqliteDatabase::OpenMode::ReadWriteCreate, &error, SqliteDatabase::Trust::Verified), qPrintable(error));
            QVERIFY2(LibrarySchema::migrate(database, step - 1, &error), qPrintable(error));
            QCOMPARE(LibrarySchema::userVersion(database, &error), step - 1);
            QVERIFY2(database.execute(QStringLiteral(R"sql(
                INSERT INTO plans (id, source_file_name, source_sha256, layout, organization, place, period, imported_at)
                    VALUES (5, 'plan.txt', 'abc', 'columns', 'ALIANZA', 'ILO', '2019-2022', '2024-01-02T03:04:05.000Z');
                INSERT INTO dimensions (id, plan_id, position, name) VALUES (6, 5, 0, 'Social');
                INSERT INTO plan_rows (id, dimension_id, position, heading) VALUES (7, 6, 0, '');
                INSERT INTO items (id, row_id, kind, position, text) VALUES (8, 7, 'target', 0, 'Cobertura de agua al 90%');
            )sql"), &error), qPrintable(error));
            QCOMPARE(queryInteger(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'progress_records'")), 0);
        }
        QString error;
        std::unique_ptr<PlanLibrary> library = PlanLibrary::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        QCOMPARE(queryInteger(path, QStringLiteral("PRAGMA user_version")), qint64(LibrarySchema::currentVersion()));
        QVERIFY(LibrarySchema::currentVersion() >= step);
        for (const char *table : {"tracking_semesters", "progress_records", "progress_evidence", "progress_history",
                                  "plan_replacements", "progress_conflicts"}) {
            QCOMPARE(queryInteger(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%1'")
                                            .arg(QLatin1String(table))),
                     1);
        }
        QCOMPARE(library->plans().size(), 1);
        QCOMPARE(library->search({QStringLiteral("agua")}).size(), 1);

        std::unique_ptr<ProgressTracker> tracker = ProgressTracker::open(*library, &error);
        QVERIFY2(tracker, qPrintable(error));
        QCOMPARE(tracker->semesters(5).size(), 8); // 2019-S1 … 2022-S2
        ProgressValues values;
        values.status = ProgressStatus::PartiallyMet;
        values.achievedValue = 45.0;
        const std::optional<ProgressRecord> record = tracker->setProgress(8, QStringLiteral("2020-S1"), values, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->values.targetValue, std::optional<double>(90.0));
        QCOMPARE(record->values.effectivePercent(), std::optional<double>(50.0));
    }

    void checksRejectBadRows()
    {
        const QString path = m_dir.filePath(QStringLiteral("checks.vigia"));
        QString error;
        std::unique_ptr<PlanLibrary> library = PlanLibrary::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        QCOMPARE(library->importPlan(samplePlan()).status, ImportOutcome::Status::Imported);
        const qint64 item = queryInteger(path, QStringLiteral("SELECT id FROM items WHERE kind = 'target' LIMIT 1"));
        const QString insert = QStringLiteral(
            "INSERT INTO progress_records (item_id, semester, status, percent, assessed_on, updated_at) "
            "VALUES (%1, '%2', '%3', %4, '2024-01-01', '2024-01-01')");
        QVERIFY2(executeOn(path, insert.arg(item).arg(QStringLiteral("2024-S1"), QStringLiteral("met")).arg(50), &error), qPrintable(error));
        QVERIFY(!executeOn(path, insert.arg(item).arg(QStringLiteral("2024-S1"), QStringLiteral("met")).arg(50), &error)); // one per semester
        QVERIFY(!executeOn(path, insert.arg(item).arg(QStringLiteral("2024-S3"), QStringLiteral("met")).arg(50), &error));
        QVERIFY(!executeOn(path, insert.arg(item).arg(QStringLiteral("2024-S2"), QStringLiteral("done")).arg(50), &error));
        QVERIFY(!executeOn(path, insert.arg(item).arg(QStringLiteral("2024-S2"), QStringLiteral("met")).arg(101), &error));
        // A file evidence must carry its SHA-256 and a size equal to its bytes.
        QVERIFY(!executeOn(path, QStringLiteral("INSERT INTO progress_evidence (record_id, kind, content, sha256, size, added_at) "
                                                "VALUES (1, 'file', x'0102', 'abc', 2, 'now')"), &error));
    }
};

QTEST_GUILESS_MAIN(TestProgressSchema)
#include "TestProgressSchema.moc"
