// Backups through SQLite's online backup API: consistent while another connection writes, opened
// as a library with the same plans, never over the library itself or a file that is not one.

#include "RobustnessTestSupport.h"

#include "store/LibraryBackup.h"
#include "store/PlanLibrary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace vigia;
using namespace vigia::test;

namespace {

// A plan of `rows` rows whose identity (source hash) depends on `number`.
Plan numberedPlan(int number, int rows = 40)
{
    Plan plan;
    plan.sourceFileName = QStringLiteral("plan-%1.txt").arg(number);
    plan.sourceSha256 = QCryptographicHash::hash(QByteArray::number(number), QCryptographicHash::Sha256).toHex();
    plan.layout = QStringLiteral("table");
    plan.metadata.organization = QStringLiteral("ORGANIZACIÓN %1").arg(number);
    Dimension dimension;
    dimension.name = QStringLiteral("Social");
    for (int r = 0; r < rows; ++r) {
        Row row;
        for (ItemKind kind : allItemKinds) {
            Item item;
            item.text = QStringLiteral("Texto %1 de la fila %2 del plan %3").arg(itemKindJsonField(kind)).arg(r).arg(number);
            row.items(kind).append(item);
        }
        dimension.rows.append(row);
    }
    plan.dimensions.append(dimension);
    return plan;
}

int itemCountOf(const Plan &plan)
{
    int count = 0;
    for (const Dimension &dimension : plan.dimensions)
        for (const Row &row : dimension.rows)
            for (ItemKind kind : allItemKinds)
                count += int(row.items(kind).size());
    return count;
}

} // namespace

class TestLibraryBackup : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString libraryWithPlans(const QString &name, int count)
    {
        const QString libraryPath = path(name);
        QString error;
        const std::unique_ptr<PlanLibrary> library = PlanLibrary::open(libraryPath, &error);
        if (!library)
            qFatal("%s", qPrintable(error));
        for (int i = 1; i <= count; ++i)
            library->importPlan(numberedPlan(i));
        return libraryPath;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void backupOpensAsTheSameLibrary()
    {
        const QString library = libraryWithPlans(QStringLiteral("same.vigia"), 3);
        const QString backup = path(QStringLiteral("same-backup.vigia"));
        QString error;
        QVERIFY2(LibraryBackup::backup(library, backup, &error), qPrintable(error));
        QCOMPARE(integrityCheck(backup), QStringLiteral("ok"));
        // One self-contained file: no WAL beside it once closed, and no leftover temporary file.
        QVERIFY(!QFile::exists(backup + QStringLiteral("-wal")));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files).size(), 0);
        const QMap<qint64, QByteArray> original = libraryContents(library);
        QCOMPARE(original.size(), 3);
        QCOMPARE(libraryContents(backup), original);
        // An older backup is replaced by a newer one.
        {
            QString openError;
            const std::unique_ptr<PlanLibrary> writer = PlanLibrary::open(library, &openError);
            QVERIFY(writer);
            QCOMPARE(writer->importPlan(numberedPlan(99)).status, ImportOutcome::Status::Imported);
        }
        QVERIFY2(LibraryBackup::backup(library, backup, &error), qPrintable(error));
        QCOMPARE(libraryContents(backup).size(), 4);
        QCOMPARE(libraryContents(backup), libraryContents(library));
    }

    void backupWhileAnotherConnectionWrites()
    {
        const QString library = libraryWithPlans(QStringLiteral("busy.vigia"), 2);
        std::atomic_bool stop = false;
        std::atomic_int written = 0;
        QString writerError;
        std::thread writer([&] {
            QString error;
            const std::unique_ptr<PlanLibrary> connection = PlanLibrary::open(library, &error);
            if (!connection) {
                writerError = error;
                return;
            }
            for (int number = 1000; !stop.load(); ++number) {
                const ImportOutcome outcome = connection->importPlan(numberedPlan(number));
                if (outcome.status != ImportOutcome::Status::Imported) {
                    writerError = outcome.error;
                    return;
                }
                ++written;
            }
        });
        QStringList backups;
        for (int i = 0; i < 6; ++i) {
            const QString backup = path(QStringLiteral("busy-backup-%1.vigia").arg(i));
            QString error;
            const bool ok = LibraryBackup::backup(library, backup, &error);
            if (!ok) {
                stop = true;
                writer.join();
                QFAIL(qPrintable(error));
            }
            backups.append(backup);
            QTest::qWait(20);
        }
        stop = true;
        writer.join();
        QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
        QVERIFY(written.load() > 0);

        // Every backup is a sound library holding complete plans, each as the library has it.
        const QMap<qint64, QByteArray> final = libraryContents(library);
        int previousSize = 0;
        for (const QString &backup : std::as_const(backups)) {
            QCOMPARE(integrityCheck(backup), QStringLiteral("ok"));
            QString error;
            const std::unique_ptr<PlanLibrary> copy = PlanLibrary::open(backup, &error);
            QVERIFY2(copy, qPrintable(error));
            const QMap<qint64, QByteArray> contents = libraryContents(*copy);
            QVERIFY(contents.size() >= previousSize);
            previousSize = int(contents.size());
            for (auto it = contents.cbegin(); it != contents.cend(); ++it) {
                QVERIFY(final.contains(it.key()));
                QCOMPARE(it.value(), final.value(it.key()));
            }
            for (const PlanSummary &summary : copy->plans())
                QCOMPARE(summary.itemCount(), itemCountOf(numberedPlan(int(summary.id))));
        }
        // Once the writer has stopped, a backup holds exactly the library's plans.
        const QString last = path(QStringLiteral("busy-final.vigia"));
        QString error;
        QVERIFY2(LibraryBackup::backup(library, last, &error), qPrintable(error));
        QCOMPARE(libraryContents(last), final);
        QCOMPARE(final.size(), 2 + written.load());
    }

    void theLibraryItselfIsNeverOverwritten()
    {
        const QString library = libraryWithPlans(QStringLiteral("self.vigia"), 1);
        const QMap<qint64, QByteArray> before = libraryContents(library);
        QDir(m_dir.path()).mkpath(QStringLiteral("sub"));
        const QStringList sameFile{library, path(QStringLiteral("sub/../self.vigia")), library + QStringLiteral("-wal")};
        for (const QString &target : sameFile) {
            QString error;
            QVERIFY(!LibraryBackup::backup(library, target, &error));
            QVERIFY2(error.contains(QStringLiteral("is the library itself")), qPrintable(error));
        }
        QCOMPARE(libraryContents(library), before);
    }

    void otherFilesAreNotReplaced()
    {
        const QString library = libraryWithPlans(QStringLiteral("other.vigia"), 1);
        const QString notes = path(QStringLiteral("notes.txt"));
        QVERIFY(writeBytes(notes, "apuntes importantes\n"));
        QString error;
        QVERIFY(!LibraryBackup::backup(library, notes, &error));
        QVERIFY2(error.contains(notes) && error.contains(QStringLiteral("not a Vigía library")), qPrintable(error));
        QCOMPARE(readBytes(notes), QByteArray("apuntes importantes\n"));

        QVERIFY(!LibraryBackup::backup(library, m_dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
        QVERIFY(!LibraryBackup::backup(library, path(QStringLiteral("missing/backup.vigia")), &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(!LibraryBackup::backup(path(QStringLiteral("no-library.vigia")), path(QStringLiteral("b.vigia")), &error));
        QVERIFY2(error.contains(QStringLiteral("no such library")), qPrintable(error));
        QVERIFY(!QFile::exists(path(QStringLiteral("no-library.vigia"))));
        // A file that is not a library is not backed up as one.
        QVERIFY(!LibraryBackup::backup(notes, path(QStringLiteral("c.vigia")), &error));
        QVERIFY2(error.contains(QStringLiteral("not a Vigía library")), qPrintable(error));
        QVERIFY(!QFile::exists(path(QStringLiteral("c.vigia"))));
    }

    void backupThroughTheCli()
    {
        const QString library = libraryWithPlans(QStringLiteral("cli.vigia"), 2);
        const QString home = path(QStringLiteral("home"));
        const QString backup = path(QStringLiteral("cli-backup.vigia"));
        const CliRun done = runCli({QStringLiteral("backup"), QStringLiteral("--db"), library, QStringLiteral("--out"), backup}, home);
        QCOMPARE(done.exitCode, 0);
        QVERIFY(done.err.isEmpty());
        QCOMPARE(libraryContents(backup), libraryContents(library));
        // Restoring is opening the copy.
        const CliRun listed = runCli({QStringLiteral("list"), QStringLiteral("--db"), backup, QStringLiteral("--format"), QStringLiteral("json")}, home);
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 2);

        const CliRun self = runCli({QStringLiteral("backup"), QStringLiteral("--db"), library, QStringLiteral("--out"), library}, home);
        QCOMPARE(self.exitCode, 1);
        QCOMPARE(self.errorLines().size(), 1);
        QVERIFY(self.errorLines().constFirst().contains(QStringLiteral("is the library itself")));
        const CliRun noTarget = runCli({QStringLiteral("backup"), QStringLiteral("--db"), library}, home);
        QCOMPARE(noTarget.exitCode, 2);
        QVERIFY(noTarget.err.contains("--out"));
    }
};

QTEST_GUILESS_MAIN(TestLibraryBackup)
#include "TestLibraryBackup.moc"
