// Tracking files from other groups, and what a person types, within limits: a field longer than it
// can be, a pipe or a device given as the file, an endless address. Each is refused with the file
// and the reason, and nothing is merged or recorded.

#include "RobustnessTestSupport.h"

#include "../core/store/StoreTestSupport.h"

#include "progress/ProgressTracker.h"
#include "progress/TrackingExchange.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace vigia;
using namespace vigia::test;

class TestHostileExchange : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A library with samplePlan(seed) (by default its name) and its first meta, without records.
    QString libraryWithPlan(const QString &name, qint64 *planId, qint64 *metaId, const QString &seed = {})
    {
        const QString library = path(name);
        QString error;
        std::unique_ptr<PlanLibrary> opened = PlanLibrary::open(library, &error);
        if (!opened)
            return {};
        *planId = opened->importPlan(samplePlan(seed.isEmpty() ? name : seed)).planId;
        *metaId = opened->plan(*planId)->dimensions.constFirst().rows.constFirst().items(ItemKind::Target).constFirst().id;
        return library;
    }

    // The tracking file of one record on that meta, exported from a library of its own.
    QJsonObject exchangeWithOneRecord(const QString &name, const QString &note)
    {
        qint64 planId = 0;
        qint64 metaId = 0;
        const QString library = libraryWithPlan(name, &planId, &metaId);
        QString error;
        const OpenedTracker opened = openTracker(library, &error);
        ProgressTracker *tracker = opened.tracker.get();
        ProgressValues values;
        values.status = ProgressStatus::InProgress;
        values.note = note;
        values.evaluator = QStringLiteral("Vigilancia Norte");
        if (!tracker || !tracker->setProgress(metaId, QStringLiteral("2024-S1"), values, &error))
            return {};
        return QJsonDocument::fromJson(TrackingExchange(*tracker).exportPlan(planId, QStringLiteral("Norte"), &error)).object();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A 60 MB note (issue 11, item 6) and a field name or group of a megabyte: the merge is refused
    // naming the field, and the library gets nothing.
    void anOversizedFieldRefusesTheMerge()
    {
        QJsonObject root = exchangeWithOneRecord(QStringLiteral("source.vigia"), QStringLiteral("Obra al 40 %"));
        QVERIFY(!root.isEmpty());
        qint64 planId = 0;
        qint64 metaId = 0;
        // The same plan (same source) in the library that receives the file.
        const QString target = libraryWithPlan(QStringLiteral("target.vigia"), &planId, &metaId, QStringLiteral("source.vigia"));

        QJsonArray records = root.value(QStringLiteral("records")).toArray();
        QJsonObject record = records.first().toObject();
        QJsonObject values = record.value(QStringLiteral("values")).toObject();
        values.insert(QStringLiteral("note"), QString(60 * 1000 * 1000, u'x'));
        record.insert(QStringLiteral("values"), values);
        records.replace(0, record);
        QJsonObject longNote = root;
        longNote.insert(QStringLiteral("records"), records);
        QJsonObject longGroup = root;
        longGroup.insert(QStringLiteral("group"), QString(1000 * 1000, u'g'));

        const QList<std::pair<QJsonObject, QString>> cases{
            {longNote, QStringLiteral("records[0].values.note: 60000000 characters; at most 20000")},
            {longGroup, QStringLiteral("group: 1000000 characters; at most 1000")},
        };
        for (const auto &[content, field] : cases) {
            const QString file = path(QStringLiteral("hostile.json"));
            QVERIFY(writeBytes(file, QJsonDocument(content).toJson(QJsonDocument::Compact)));
            const CliRun merged = runCli({QStringLiteral("progress"), QStringLiteral("import"), QStringLiteral("--db"), target, file,
                                          QStringLiteral("--plan"), QString::number(planId)},
                                         path(QStringLiteral("home")));
            QVERIFY(merged.finished);
            QCOMPARE(merged.exitCode, 1);
            QVERIFY2(merged.err.contains(file.toUtf8()) && merged.err.contains(field.toUtf8()) && merged.err.contains("nothing was merged"),
                     merged.err.constData());
        }
        QCOMPARE(queryInteger(target, QStringLiteral("SELECT count(*) FROM progress_records")), 0);
        QCOMPARE(queryInteger(target, QStringLiteral("SELECT count(*) FROM progress_history")), 0);

        // The file as exported merges.
        const QString file = path(QStringLiteral("sound.json"));
        QVERIFY(writeBytes(file, QJsonDocument(root).toJson()));
        const CliRun merged = runCli({QStringLiteral("progress"), QStringLiteral("import"), QStringLiteral("--db"), target, file,
                                      QStringLiteral("--plan"), QString::number(planId)},
                                     path(QStringLiteral("home")));
        QVERIFY2(merged.exitCode == 0, merged.err.constData());
        QCOMPARE(queryInteger(target, QStringLiteral("SELECT count(*) FROM progress_records")), 1);
    }

    // A pipe nobody writes to and /dev/zero given as the tracking file: refused at once.
    void pipesAndDevicesAreNotTrackingFiles()
    {
        qint64 planId = 0;
        qint64 metaId = 0;
        const QString library = libraryWithPlan(QStringLiteral("pipes.vigia"), &planId, &metaId);
        const QString pipe = path(QStringLiteral("tracking.json"));
        QVERIFY(mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
        for (const QString &file : {pipe, QStringLiteral("/dev/zero")}) {
            QElapsedTimer timer;
            timer.start();
            const CliRun merged = runCli({QStringLiteral("progress"), QStringLiteral("import"), QStringLiteral("--db"), library, file,
                                          QStringLiteral("--plan"), QString::number(planId)},
                                         path(QStringLiteral("home")), 30000);
            QVERIFY2(merged.finished, qPrintable(file));
            QCOMPARE(merged.exitCode, 1);
            QVERIFY2(merged.err.contains(file.toUtf8() + ": not a regular file"), merged.err.constData());
            QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        }
    }

    // What a person records has the same limits: a note, an evaluator's name, an address.
    void recordedFieldsHaveLimits()
    {
        qint64 planId = 0;
        qint64 metaId = 0;
        const QString library = libraryWithPlan(QStringLiteral("limits.vigia"), &planId, &metaId);
        const QStringList base{QStringLiteral("progress"), QStringLiteral("set"), QStringLiteral("--db"), library, QString::number(planId),
                               QString::number(metaId), QStringLiteral("--semester"), QStringLiteral("2024-S1"), QStringLiteral("--status"),
                               QStringLiteral("met")};
        const QList<std::pair<QStringList, QByteArray>> cases{
            {{QStringLiteral("--note"), QString(20001, u'n')}, "the note is too long (20001 characters; at most 20000)"},
            {{QStringLiteral("--evaluator"), QString(1001, u'e')}, "the evaluator's name is too long (1001 characters; at most 1000)"},
            {{QStringLiteral("--evidence-url"), QStringLiteral("https://example.org/") + QString(5000, u'a')}, "is too long (at most 4096)"},
        };
        for (const auto &[extra, reason] : cases) {
            const CliRun run = runCli(base + extra, path(QStringLiteral("home")));
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(reason), run.err.constData());
        }
        QCOMPARE(queryInteger(library, QStringLiteral("SELECT count(*) FROM progress_records")), 0);
        const CliRun fits = runCli(base + QStringList{QStringLiteral("--note"), QString(20000, u'n')}, path(QStringLiteral("home")));
        QVERIFY2(fits.exitCode == 0, fits.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestHostileExchange)
#include "TestHostileExchange.moc"
