// No query runs away: a statement that runs past its connection's budget, or whose user cancels,
// is stopped with a message that says why, and the connection goes on working.

#include "../core/store/StoreTestSupport.h"

#include "store/PlanLibrary.h"
#include "store/SqliteDatabase.h"
#include "store/SqliteStatement.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace vigia;
using namespace vigia::test;

namespace {

// Counts for ever: a recursive query without an end.
const QString endless = QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c");

} // namespace

class TestQueryBudget : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Past its budget, a statement stops within a moment with the reason; the next one runs.
    void aRunawayStatementIsStoppedAtItsBudget()
    {
        SqliteDatabase database;
        QString error;
        QVERIFY(database.open(QStringLiteral(":memory:"), SqliteDatabase::OpenMode::ReadWriteCreate, &error));
        database.setQueryBudget(300);
        QElapsedTimer timer;
        timer.start();
        SqliteStatement statement = database.prepare(endless);
        QVERIFY(statement.isValid());
        QCOMPARE(statement.step(), SqliteStatement::StepResult::Error);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(statement.errorMessage(), QStringLiteral("a query ran for more than 0.3 s and was stopped (the library may have been altered)"));
        // execute() keeps the same budget.
        QVERIFY(!database.execute(QStringLiteral("CREATE TABLE t AS ") + endless, &error));
        QVERIFY2(error.startsWith(QStringLiteral("a query ran for more than 0.3 s")), qPrintable(error));
        // The clock starts again with each statement: quick ones go through after a stopped one.
        SqliteStatement quick = database.prepare(QStringLiteral("SELECT 42"));
        QCOMPARE(quick.step(), SqliteStatement::StepResult::Row);
        QCOMPARE(quick.columnInt(0), 42);
        // Without a limit a long statement is left alone (here it is stopped by a cancel instead).
        database.setQueryBudget(0);
        std::atomic_bool cancel = false;
        database.setCancelFlag(&cancel);
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(700));
            cancel = true;
        });
        timer.restart();
        SqliteStatement longer = database.prepare(endless);
        QCOMPARE(longer.step(), SqliteStatement::StepResult::Error);
        canceller.join();
        QVERIFY(timer.elapsed() >= 600);
        QCOMPARE(longer.errorMessage(), QStringLiteral("cancelled"));
    }

    // A library's calls carry the budget and the cancel to its connection: a cancelled read returns
    // nothing and says so; once the flag is down again the library reads.
    void aLibraryCallStopsWhenCancelled()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<PlanLibrary> library = PlanLibrary::open(dir.filePath(QStringLiteral("budget.vigia")), &error);
        QVERIFY2(library, qPrintable(error));
        QCOMPARE(library->importPlan(samplePlan()).status, ImportOutcome::Status::Imported);
        std::atomic_bool cancel = true;
        library->setCancelFlag(&cancel);
        QVERIFY(library->plans().isEmpty());
        QVERIFY2(library->lastError().contains(QStringLiteral("cancelled")), qPrintable(library->lastError()));
        QCOMPARE(library->importPlan(samplePlan(QStringLiteral("two"))).status, ImportOutcome::Status::Failed);
        cancel = false;
        QCOMPARE(library->plans().size(), 1);
        QCOMPARE(library->importPlan(samplePlan(QStringLiteral("two"))).status, ImportOutcome::Status::Imported);
    }
};

QTEST_GUILESS_MAIN(TestQueryBudget)
#include "TestQueryBudget.moc"
