// A library held open the way the app holds it (a main connection, and more connections opened
// and closed by the compare, import and tracking windows) while vigia-cli processes read and
// write the same file: the write-ahead log is never deleted under the holder, nothing committed
// by anyone is lost, and the file checks out afterwards.

#include "RobustnessTestSupport.h"

#include "../core/store/StoreTestSupport.h"

#include "progress/ProgressTracker.h"
#include "readers/PlanFileReader.h"
#include "services/ImportService.h"
#include "store/LibraryBackup.h"
#include "store/OpenDatabaseFiles.h"
#include "store/SqliteFileHeader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>
#include <unistd.h>

using namespace vigia;
using namespace vigia::test;

namespace {

std::optional<quint64> inodeOf(const QString &path)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return quint64(status.st_ino);
}

// Whether this process holds a POSIX lock on the file at `path` (read from /proc/locks, which
// opens nothing of the library's).
bool holdsLockOn(const QString &path)
{
    const std::optional<quint64> inode = inodeOf(path);
    if (!inode)
        return false;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return false;
    const QString pid = QString::number(::getpid());
    const QString inodeText = QStringLiteral(":%1").arg(*inode);
    for (const QByteArray &line : locks.readAll().split('\n')) {
        // "1: POSIX  ADVISORY  READ 1234 08:01:5678 1073741826 1073742335"
        const QStringList fields = QString::fromLatin1(line).simplified().split(u' ');
        if (fields.size() >= 6 && fields.at(1) == u"POSIX" && fields.at(4) == pid && fields.at(5).endsWith(inodeText))
            return true;
    }
    return false;
}

// The descriptors of this process that point at a deleted -wal file.
QStringList deletedLogsOpen()
{
    QStringList deleted;
    const QDir descriptors(QStringLiteral("/proc/self/fd"));
    for (const QFileInfo &entry : descriptors.entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = entry.symLinkTarget();
        if (target.contains(QStringLiteral("-wal")) && target.endsWith(QStringLiteral(" (deleted)")))
            deleted.append(target);
    }
    return deleted;
}

qint64 targetItemOf(const Plan &plan)
{
    for (const Dimension &dimension : plan.dimensions)
        for (const Row &row : dimension.rows)
            for (const Item &item : row.items(ItemKind::Target))
                return item.id;
    return 0;
}

// One vigia-cli process after another, each command made by `next` from its number; counts
// the runs that ended well and keeps what the others said.
class CliWorker {
public:
    CliWorker(QString name, QString home, std::function<QStringList(int)> next)
        : m_name(std::move(name))
        , m_home(std::move(home))
        , m_next(std::move(next))
    {
    }

    void start()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home + QStringLiteral("/runtime"));
        m_process.setProcessEnvironment(environment);
        QObject::connect(&m_process, &QProcess::finished, &m_process, [this](int exitCode, QProcess::ExitStatus status) {
            if (status == QProcess::NormalExit && exitCode == 0)
                ++m_succeeded;
            else
                m_failures.append(QStringLiteral("%1 #%2 (exit %3): %4").arg(m_name).arg(m_runs).arg(exitCode).arg(QString::fromUtf8(m_process.readAllStandardError())));
            m_process.readAll();
            if (!m_stopping)
                runNext();
        });
        runNext();
    }
    void stop() { m_stopping = true; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    int succeeded() const { return m_succeeded; }
    int runs() const { return m_runs; }
    QStringList failures() const { return m_failures; }

private:
    void runNext()
    {
        m_process.start(QStringLiteral(VIGIA_CLI_PATH), m_next(m_runs++));
    }

    QString m_name;
    QString m_home;
    std::function<QStringList(int)> m_next;
    QProcess m_process;
    int m_runs = 0;
    int m_succeeded = 0;
    bool m_stopping = false;
    QStringList m_failures;
};

} // namespace

class TestConcurrentUse : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(path(QStringLiteral("home/runtime"))));
        QFile::setPermissions(path(QStringLiteral("home/runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // Everything in this process that may look at a library file while a connection holds it:
    // opening it again (the compare, import and tracking windows do), a second connection, a
    // backup, and a person picking the library where a document is expected.
    void openingTheLibraryAgainKeepsTheLocks()
    {
        const QString library = path(QStringLiteral("held.vigia"));
        QString error;
        std::unique_ptr<PlanLibrary> holder = PlanLibrary::open(library, &error);
        QVERIFY2(holder, qPrintable(error));
        QCOMPARE(holder->importPlan(samplePlan(QStringLiteral("held"))).status, ImportOutcome::Status::Imported);
        const std::optional<quint64> logInode = inodeOf(library + QStringLiteral("-wal"));
        QVERIFY(logInode);
        QVERIFY2(holdsLockOn(library), "a library open in WAL mode holds a lock on its file");
        QVERIFY(OpenDatabaseFiles::contains(library));
        QVERIFY(OpenDatabaseFiles::contains(library + QStringLiteral("-wal")));

        {
            std::unique_ptr<PlanLibrary> again = PlanLibrary::open(library, &error);
            QVERIFY2(again, qPrintable(error));
            QCOMPARE(again->plans().size(), 1);
        }
        QVERIFY2(holdsLockOn(library), "opening and closing the library again dropped the holder's locks");
        QVERIFY(holder->openConnection(&error));
        const std::optional<SqliteFileHeader> header = SqliteFileHeader::read(library, &error);
        QVERIFY2(header, qPrintable(error));
        QVERIFY(header->isSqlite);
        QVERIFY2(LibraryBackup::backup(library, path(QStringLiteral("held-copy.vigia")), &error), qPrintable(error));
        QVERIFY2(holdsLockOn(library), "a header read, a second connection or a backup dropped the holder's locks");

        // The library or its log picked as a plan document, evidence or a backup target: refused
        // with a message that names the file, and never opened as a plain file.
        const PlanFileReader reader;
        for (const QString &picked : {library, library + QStringLiteral("-wal")}) {
            const ReadResult read = reader.readFile(picked);
            QVERIFY(!read.ok());
            QVERIFY2(read.error.startsWith(picked) && read.error.contains(QStringLiteral("open in this program")), qPrintable(read.error));
        }
        ImportService importer(*holder, reader);
        const FileImportResult imported = importer.importFile(library, {});
        QCOMPARE(imported.outcome.status, ImportOutcome::Status::Failed);
        std::unique_ptr<ProgressTracker> tracker = ProgressTracker::open(*holder, &error);
        QVERIFY2(tracker, qPrintable(error));
        const qint64 planId = holder->plans().constFirst().id;
        QVERIFY(tracker->setSemesters(planId, {QStringLiteral("2024-S1")}, &error));
        ProgressValues values;
        values.status = ProgressStatus::InProgress;
        const std::optional<ProgressRecord> record = tracker->setProgress(targetItemOf(*holder->plan(planId)), QStringLiteral("2024-S1"), values, &error);
        QVERIFY2(record, qPrintable(error));
        QVERIFY(!tracker->addEvidenceFile(record->id, library, QStringLiteral("test"), &error));
        QVERIFY2(error.contains(QStringLiteral("open in this program")), qPrintable(error));
        QVERIFY(!LibraryBackup::backup(path(QStringLiteral("held-copy.vigia")), library, &error));
        QVERIFY2(error.startsWith(library), qPrintable(error));
        QVERIFY2(holdsLockOn(library), "refusing a file dropped the holder's locks");

        // Another process comes and goes: it must see that it is not the last user.
        const CliRun list = runCli({QStringLiteral("list"), QStringLiteral("--db"), library}, path(QStringLiteral("home")));
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(inodeOf(library + QStringLiteral("-wal")), logInode);
        QCOMPARE(deletedLogsOpen(), QStringList());

        QCOMPARE(holder->importPlan(samplePlan(QStringLiteral("after"))).status, ImportOutcome::Status::Imported);
        tracker.reset();
        holder.reset();
        QVERIFY(!OpenDatabaseFiles::contains(library));
        QCOMPARE(integrityCheck(library), QStringLiteral("ok"));
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT count(*) FROM plans")), 2);
    }

    // Two writers at once: vigia-cli waits while the app writes, and when the app keeps writing
    // for too long it says the library is busy, in words a person understands.
    void aSecondWriterWaitsAndThenSaysBusy()
    {
        const QString library = path(QStringLiteral("busy.vigia"));
        const QString home = path(QStringLiteral("home"));
        QString error;
        std::unique_ptr<PlanLibrary> holder = PlanLibrary::open(library, &error);
        QVERIFY2(holder, qPrintable(error));
        std::optional<SqliteDatabase> writer = holder->openConnection(&error);
        QVERIFY2(writer, qPrintable(error));
        const auto importArguments = [&](const QString &seed) {
            const QString file = path(QStringLiteral("busy-%1.json").arg(seed));
            writeFile(file, PlanJson::toJson(samplePlan(seed)));
            return QStringList{QStringLiteral("import"), file, QStringLiteral("--db"), library};
        };

        // A write of one second: the import waits for it and then goes through.
        QVERIFY2(writer->execute(QStringLiteral("BEGIN IMMEDIATE"), &error), qPrintable(error));
        QTimer::singleShot(1000, [&] { writer->execute(QStringLiteral("COMMIT"), &error); });
        QProcess waiting;
        waiting.start(QStringLiteral(VIGIA_CLI_PATH), importArguments(QStringLiteral("waits")));
        QVERIFY(waiting.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(waiting.state() == QProcess::NotRunning, 30000);
        QVERIFY2(waiting.exitCode() == 0, waiting.readAllStandardError().constData());
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT count(*) FROM plans")), 1);

        // A write that does not end: the import gives up after its wait with a clear message.
        QVERIFY2(writer->execute(QStringLiteral("BEGIN IMMEDIATE"), &error), qPrintable(error));
        const CliRun blocked = runCli(importArguments(QStringLiteral("blocked")), home);
        QVERIFY(blocked.finished);
        QVERIFY(blocked.exitCode != 0);
        const QString message = QString::fromUtf8(blocked.err);
        QVERIFY2(message.contains(library) && message.contains(QStringLiteral("the library is busy")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("database is locked")), qPrintable(message));
        QVERIFY(writer->execute(QStringLiteral("ROLLBACK"), &error));
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT count(*) FROM plans")), 1);
    }

    // The holder writes progress and opens and closes connections as the app does, while
    // vigia-cli lists, searches, imports and records progress in other processes for a bounded
    // time (VIGIA_CONCURRENCY_SECONDS, 15 by default).
    void appAndCliWorkersLoseNothing()
    {
        const QString library = path(QStringLiteral("shared.vigia"));
        const QString home = path(QStringLiteral("home"));
        QString error;
        std::unique_ptr<PlanLibrary> holder = PlanLibrary::open(library, &error);
        QVERIFY2(holder, qPrintable(error));
        QCOMPARE(holder->importPlan(samplePlan(QStringLiteral("shared"))).status, ImportOutcome::Status::Imported);
        const qint64 planId = holder->plans().constFirst().id;
        const qint64 itemId = targetItemOf(*holder->plan(planId));
        QVERIFY(itemId > 0);
        std::unique_ptr<ProgressTracker> tracker = ProgressTracker::open(*holder, &error);
        QVERIFY2(tracker, qPrintable(error));
        QVERIFY(tracker->setSemesters(planId, {QStringLiteral("2024-S1"), QStringLiteral("2024-S2")}, &error));
        ProgressValues values;
        values.status = ProgressStatus::InProgress;
        const std::optional<ProgressRecord> record = tracker->setProgress(itemId, QStringLiteral("2024-S2"), values, &error);
        QVERIFY2(record, qPrintable(error));
        const std::optional<quint64> logInode = inodeOf(library + QStringLiteral("-wal"));
        QVERIFY(logInode);

        const QString db = QStringLiteral("--db");
        std::vector<std::unique_ptr<CliWorker>> workers;
        workers.push_back(std::make_unique<CliWorker>(QStringLiteral("list"), home, [&](int) {
            return QStringList{QStringLiteral("list"), db, library};
        }));
        workers.push_back(std::make_unique<CliWorker>(QStringLiteral("search"), home, [&](int) {
            return QStringList{QStringLiteral("search"), QStringLiteral("salud"), db, library};
        }));
        workers.push_back(std::make_unique<CliWorker>(QStringLiteral("import"), home, [&](int run) {
            const QString file = path(QStringLiteral("import-%1.json").arg(run));
            writeFile(file, PlanJson::toJson(samplePlan(QStringLiteral("imported-%1").arg(run))));
            return QStringList{QStringLiteral("import"), file, db, library};
        }));
        workers.push_back(std::make_unique<CliWorker>(QStringLiteral("progress"), home, [&](int run) {
            return QStringList{QStringLiteral("progress"), QStringLiteral("set"), QString::number(planId), QString::number(itemId),
                               QStringLiteral("--semester"), QStringLiteral("2024-S1"), QStringLiteral("--status"),
                               QStringLiteral("in-progress"), QStringLiteral("--evidence-url"),
                               QStringLiteral("https://example.org/cli/%1").arg(run), db, library};
        }));
        for (const std::unique_ptr<CliWorker> &worker : workers)
            worker->start();

        const int seconds = qEnvironmentVariableIsSet("VIGIA_CONCURRENCY_SECONDS") ? qEnvironmentVariableIntValue("VIGIA_CONCURRENCY_SECONDS") : 15;
        int holderWrites = 0;
        QStringList holderFailures;
        QStringList violations;
        int tick = 0;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < seconds * 1000) {
            QTest::qWait(50);
            ++tick;
            // The app records progress through its own connection…
            if (tracker->addEvidenceUrl(record->id, QStringLiteral("https://example.org/app/%1").arg(holderWrites), QDate::currentDate(), QStringLiteral("app"), &error))
                ++holderWrites;
            else
                holderFailures.append(error);
            // …and its windows open and close more connections.
            if (tick % 5 == 0) {
                const std::unique_ptr<PlanLibrary> window = PlanLibrary::open(library, &error);
                if (!window)
                    holderFailures.append(error);
                else if (window->plans().isEmpty())
                    holderFailures.append(window->lastError());
            }
            if (tick % 7 == 0 && !holder->openConnection(&error))
                holderFailures.append(error);
            if (inodeOf(library + QStringLiteral("-wal")) != logInode)
                violations.append(QStringLiteral("the -wal file was deleted or replaced at %1 ms").arg(clock.elapsed()));
            if (const QStringList deleted = deletedLogsOpen(); !deleted.isEmpty())
                violations.append(QStringLiteral("writing into a deleted log at %1 ms: %2").arg(clock.elapsed()).arg(deleted.join(u' ')));
            if (!holdsLockOn(library))
                violations.append(QStringLiteral("the holder lost its lock at %1 ms").arg(clock.elapsed()));
            if (violations.size() > 5)
                break;
        }
        for (const std::unique_ptr<CliWorker> &worker : workers)
            worker->stop();
        QTRY_VERIFY_WITH_TIMEOUT(std::none_of(workers.begin(), workers.end(), [](const auto &worker) { return worker->isRunning(); }), 60000);

        QCOMPARE(violations, QStringList());
        QCOMPARE(holderFailures, QStringList());
        QStringList failures;
        for (const std::unique_ptr<CliWorker> &worker : workers) {
            failures += worker->failures();
            QVERIFY2(worker->succeeded() > 0, "every worker got some work done");
        }
        QCOMPARE(failures, QStringList());
        qInfo("%d s: holder %d writes; list %d, search %d, import %d, progress %d runs", seconds, holderWrites,
              workers[0]->succeeded(), workers[1]->succeeded(), workers[2]->succeeded(), workers[3]->succeeded());

        tracker.reset();
        holder.reset();
        QCOMPARE(integrityCheck(library), QStringLiteral("ok"));
        // Every commit that anyone reported is there.
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT count(*) FROM progress_evidence WHERE url LIKE 'https://example.org/app/%'")), holderWrites);
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT count(*) FROM progress_evidence WHERE url LIKE 'https://example.org/cli/%'")),
                 workers[3]->succeeded());
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT count(*) FROM plans")), 1 + workers[2]->succeeded());
    }
};

QTEST_GUILESS_MAIN(TestConcurrentUse)
#include "TestConcurrentUse.moc"
