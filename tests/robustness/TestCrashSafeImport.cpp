// vigia-cli import killed with SIGKILL at random moments of a bulk import, 50 times over: each
// time the library must pass PRAGMA integrity_check, hold only complete plans (as many items of
// each kind and rows as reading the same file gives), and keep everything imported before.

#include "RobustnessTestSupport.h"

#include "readers/PlanFileReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

namespace {

constexpr int killCount = 50;

struct PlanShape {
    int rows = 0;
    std::array<int, 4> items{};
    bool operator==(const PlanShape &) const = default;
};

PlanShape shapeOf(const Plan &plan)
{
    PlanShape shape;
    for (const Dimension &dimension : plan.dimensions) {
        shape.rows += int(dimension.rows.size());
        for (const Row &row : dimension.rows)
            for (ItemKind kind : allItemKinds)
                shape.items[size_t(kind)] += int(row.items(kind).size());
    }
    return shape;
}

QString describe(const PlanShape &shape)
{
    return QStringLiteral("%1 rows, items %2/%3/%4/%5").arg(shape.rows).arg(shape.items[0]).arg(shape.items[1]).arg(shape.items[2]).arg(shape.items[3]);
}

} // namespace

class TestCrashSafeImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_sources;                  // the documents the batches are made of
    QHash<QString, PlanShape> m_expected;   // file name -> shape of the plan read from it
    PlanFileReader m_reader;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Batch `number`: each source document under a new name, with `number` extra blank lines at
    // its end so that its bytes (and so its identity in the library) differ from every other batch.
    QStringList writeBatch(int number)
    {
        QStringList files;
        for (const QString &source : std::as_const(m_sources)) {
            const QFileInfo info(source);
            const QString name = QStringLiteral("batch%1-%2.%3").arg(number, 3, 10, QLatin1Char('0')).arg(info.completeBaseName(), info.suffix());
            const QString file = path(QStringLiteral("docs/") + name);
            writeBytes(file, readBytes(source) + QByteArray(number + 1, '\n'));
            files.append(file);
        }
        return files;
    }

    PlanShape expectedShape(const QString &fileName)
    {
        if (!m_expected.contains(fileName)) {
            const ReadResult read = m_reader.readFile(path(QStringLiteral("docs/") + fileName));
            m_expected.insert(fileName, read.ok() ? shapeOf(read.plan) : PlanShape{-1, {}});
        }
        return m_expected.value(fileName);
    }

    // The library is sound, holds only complete plans, and still holds `before` unchanged.
    void verifyLibrary(const QString &library, const QMap<qint64, QByteArray> &before, QMap<qint64, QByteArray> *after)
    {
        // Killed before it created the library: there must have been nothing to lose.
        if (!QFile::exists(library)) {
            QVERIFY(before.isEmpty());
            after->clear();
            return;
        }
        QCOMPARE(integrityCheck(library), QStringLiteral("ok"));
        QString error;
        const std::unique_ptr<PlanLibrary> opened = PlanLibrary::open(library, &error);
        QVERIFY2(opened, qPrintable(error));
        *after = libraryContents(*opened);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVERIFY2(after->contains(it.key()), qPrintable(QStringLiteral("plan %1 was lost").arg(it.key())));
            QVERIFY2(after->value(it.key()) == it.value(), qPrintable(QStringLiteral("plan %1 changed").arg(it.key())));
        }
        for (const PlanSummary &summary : opened->plans()) {
            const std::optional<Plan> stored = opened->plan(summary.id);
            QVERIFY(stored);
            const PlanShape expected = expectedShape(summary.sourceFileName);
            QVERIFY2(shapeOf(*stored) == expected,
                     qPrintable(QStringLiteral("%1 stored with %2, read with %3").arg(summary.sourceFileName, describe(shapeOf(*stored)), describe(expected))));
            QCOMPARE(summary.itemCount(), expected.items[0] + expected.items[1] + expected.items[2] + expected.items[3]);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("docs")));
        const QDir seeds(QStringLiteral(VIGIA_SAMPLES_DIR "/seeds"));
        for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
            m_sources.append(seeds.filePath(name));
        // A larger Markdown plan too, so that a kill also lands inside a longer write.
        m_sources.append(QStringLiteral(VIGIA_SAMPLES_DIR "/realdocs/04_EG2026_RenovacionPopular_plan.md"));
        QVERIFY(m_sources.size() >= 4);
        for (const QString &source : std::as_const(m_sources))
            QVERIFY2(m_reader.readFile(source).ok(), qPrintable(source));
    }

    void killedImportsLeaveTheLibrarySound()
    {
        const QString library = path(QStringLiteral("library.vigia"));
        const QString home = path(QStringLiteral("home"));

        // How long one batch takes when nobody interrupts it (in its own library).
        QElapsedTimer timer;
        timer.start();
        const CliRun reference = runCli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), path(QStringLiteral("reference.vigia"))} + writeBatch(0), home);
        const qint64 fullImport = timer.elapsed();
        QCOMPARE(reference.exitCode, 0);

        const quint32 seed = qEnvironmentVariableIsSet("VIGIA_CRASH_SEED") ? quint32(qEnvironmentVariableIntValue("VIGIA_CRASH_SEED"))
                                                                           : QRandomGenerator::global()->generate();
        qInfo("random seed %u (set VIGIA_CRASH_SEED to repeat); one batch of %d files imports in %lld ms", seed,
              int(m_sources.size()), fullImport);
        QRandomGenerator random(seed);

        QMap<qint64, QByteArray> contents;
        int killedBeforeAnyPlan = 0;
        int killedMidway = 0;
        int finishedBeforeKill = 0;
        for (int i = 1; i <= killCount; ++i) {
            const QStringList batch = writeBatch(i);
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("HOME"), home);
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(VIGIA_CLI_PATH), QStringList{QStringLiteral("import"), QStringLiteral("--db"), library} + batch);
            QVERIFY(process.waitForStarted());
            const int delay = int(random.bounded(qint64(fullImport) + 1));
            const bool finished = process.waitForFinished(delay);
            if (!finished) {
                process.kill(); // SIGKILL
                QVERIFY(process.waitForFinished());
            }
            const int before = int(contents.size());
            QMap<qint64, QByteArray> after;
            verifyLibrary(library, contents, &after);
            if (QTest::currentTestFailed()) {
                qWarning("failed after kill %d at %d ms (seed %u)", i, delay, seed);
                return;
            }
            const int added = int(after.size()) - before;
            if (finished)
                ++finishedBeforeKill;
            else if (added == 0)
                ++killedBeforeAnyPlan;
            else
                ++killedMidway;
            contents = after;
        }
        qInfo("%d kills: %d before any plan was stored, %d midway through the batch; %d imports finished first; %d plans stored",
              killCount, killedBeforeAnyPlan, killedMidway, finishedBeforeKill, int(contents.size()));
        QVERIFY2(killedMidway > 0, "no kill landed while the import was storing plans");

        // The library stays usable: importing everything again stores what the kills cut off.
        QStringList everything;
        const QDir docs(path(QStringLiteral("docs")));
        for (const QString &name : docs.entryList(QDir::Files, QDir::Name))
            everything.append(docs.filePath(name));
        // Some 300 files: minutes in a sanitizer build, so a longer wait than runCli's default.
        const CliRun resumed = runCli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), library} + everything, home,
                                      15 * 60 * 1000);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QMap<qint64, QByteArray> finalContents;
        verifyLibrary(library, contents, &finalContents);
        QCOMPARE(finalContents.size(), everything.size());
    }
};

QTEST_GUILESS_MAIN(TestCrashSafeImport)
#include "TestCrashSafeImport.moc"
