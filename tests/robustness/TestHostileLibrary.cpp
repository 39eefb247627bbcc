// A library file from someone else (issue 11, items 1 and 2): its own triggers never run, a view
// cannot hang Vigía, and a library altered at this schema version opens read-only so that what is
// safe in it can still be read and exported.

#include "RobustnessTestSupport.h"

#include "../core/store/StoreTestSupport.h"

#include "store/SqliteDatabase.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

class TestHostileLibrary : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliRun run(const QStringList &arguments) const { return runCli(arguments, path(QStringLiteral("home")), 60000); }

    // A library holding samplePlan(name), altered afterwards by `sql` through a plain connection.
    QString alteredLibrary(const QString &name, const QString &sql)
    {
        const QString library = path(name);
        {
            QString error;
            std::unique_ptr<PlanLibrary> opened = PlanLibrary::open(library, &error);
            if (!opened || opened->importPlan(samplePlan(name)).status != ImportOutcome::Status::Imported)
                return {};
        }
        SqliteDatabase raw;
        QString error;
        if (!raw.open(library, SqliteDatabase::OpenMode::ReadWrite, &error) || !raw.execute(sql, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return library;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Issue 11's trigger deletes plan 1 and copies every imported text into a table of its own. The
    // library opens read-only with a warning naming what was added: the import is refused, nothing
    // in the file changes, and its plan can still be listed and exported.
    void aLibraryWithSomeoneElsesTriggerOpensReadOnly()
    {
        const QString library = alteredLibrary(QStringLiteral("trigger.vigia"),
                                               QStringLiteral("CREATE TABLE loot (x); CREATE TRIGGER evil AFTER INSERT ON items BEGIN "
                                                              "DELETE FROM plans WHERE id = 1; INSERT INTO loot VALUES (new.text); END"));
        QVERIFY(!library.isEmpty());
        const QByteArray before = readBytes(library);
        const QString file = path(QStringLiteral("evil.json"));
        QVERIFY(writeBytes(file, PlanJson::toJson(samplePlan(QStringLiteral("another")))));

        const CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), library, file});
        QCOMPARE(imported.exitCode, 1);
        const QStringList lines = imported.errorLines();
        QVERIFY2(lines.size() == 2, imported.err.constData());
        QVERIFY2(lines.at(0).contains(QStringLiteral("warning: ") + library) && lines.at(0).contains(QStringLiteral("altered outside Vigía"))
                     && lines.at(0).contains(QStringLiteral("trigger evil")) && lines.at(0).contains(QStringLiteral("table loot"))
                     && lines.at(0).contains(QStringLiteral("open read-only")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(QStringLiteral("nothing can be changed")), qPrintable(lines.at(1)));
        for (const QStringList &write : {QStringList{QStringLiteral("progress"), QStringLiteral("semesters"), QStringLiteral("1"),
                                                    QStringLiteral("--set"), QStringLiteral("2024-S1")},
                                        QStringList{QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--done"), QStringLiteral("1")}}) {
            const CliRun refused = run(write + QStringList{QStringLiteral("--db"), library});
            QVERIFY2(refused.exitCode == 1 && refused.err.contains("nothing can be changed"), refused.err.constData());
        }
        QCOMPARE(readBytes(library), before);
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT count(*) FROM plans")), qint64(1));
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT count(*) FROM loot")), qint64(0));

        // What is safe can be read: the plan is listed and exported whole.
        const CliRun listed = run({QStringLiteral("list"), QStringLiteral("--db"), library});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY(listed.out.contains("ALIANZA TRIGGER.VIGIA"));
        const CliRun exported = run({QStringLiteral("export"), QStringLiteral("--db"), library, QStringLiteral("1")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const QJsonObject plan = QJsonDocument::fromJson(exported.out).object();
        QCOMPARE(plan.value(QStringLiteral("plan")).toObject().value(QStringLiteral("organization")).toString(), QStringLiteral("ALIANZA TRIGGER.VIGIA"));
        QCOMPARE(readBytes(library), before);
    }

    // A table replaced by a view over an endless query (issue 11): every command ends at once with
    // a message naming the view, instead of spinning.
    void aLibraryWithAViewEndsAtOnce()
    {
        const QString library = alteredLibrary(QStringLiteral("view.vigia"),
                                               QStringLiteral("PRAGMA legacy_alter_table = ON; ALTER TABLE plans RENAME TO plans_real; "
                                                              "CREATE VIEW plans AS WITH RECURSIVE forever(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM forever) "
                                                              "SELECT n AS id FROM forever"));
        QVERIFY(!library.isEmpty());
        for (const QStringList &command : {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("search"), QStringLiteral("salud")},
                                           QStringList{QStringLiteral("export"), QStringLiteral("1")},
                                           QStringList{QStringLiteral("import"), path(QStringLiteral("view.vigia"))}}) {
            QElapsedTimer timer;
            timer.start();
            const CliRun result = run(command + QStringList{QStringLiteral("--db"), library});
            QVERIFY2(result.finished && timer.elapsed() < 20000, qPrintable(command.join(u' ')));
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains("view plans"), result.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileLibrary)
#include "TestHostileLibrary.moc"
