#include "json/PlanJson.h"
#include "readers/PlanFileReader.h"
#include "services/ImportService.h"
#include "store/SourceArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>

using namespace vigia;

namespace {

// A reader for *.plan files: "TEXT" gives a plan with one problem TEXT and a warning; "FAIL" is not a plan.
class FakeReader : public PlanReader {
public:
    explicit FakeReader(std::atomic_int *reads = nullptr)
        : m_reads(reads)
    {
    }
    QString id() const override { return QStringLiteral("fake"); }
    bool accepts(const QString &fileName, const QByteArray &) const override
    {
        return fileName.endsWith(QStringLiteral(".plan"));
    }
    ReadResult read(const QByteArray &content, const QString &, const ReadOptions &options) const override
    {
        if (m_reads)
            ++*m_reads;
        ReadResult result;
        if (options.progress)
            options.progress(1, 1);
        // "LOCKED:word": opens with the password "word" only, like an encrypted PDF.
        if (content.startsWith("LOCKED:") && options.password.toUtf8() != content.mid(7).trimmed()) {
            result.failure = options.password.isEmpty() ? ReadResult::Failure::PasswordRequired : ReadResult::Failure::WrongPassword;
            result.error = QStringLiteral("the document is encrypted");
            return result;
        }
        if (content.startsWith("FAIL")) {
            result.failure = ReadResult::Failure::NotAPlan;
            result.error = QStringLiteral("no plan structure found");
            return result;
        }
        Dimension dimension;
        dimension.name = QStringLiteral("Social");
        Row row;
        Item item;
        item.text = QString::fromUtf8(content.trimmed());
        row.items(ItemKind::Problem).append(item);
        // "HEADINGS": titles taken for metas, as a thin reading does.
        if (content.startsWith("HEADINGS")) {
            for (const char *title : {"EDUCACIÓN", "SALUD", "MEDIO AMBIENTE"}) {
                Item meta;
                meta.text = QString::fromUtf8(title);
                row.items(ItemKind::Target).append(meta);
            }
        }
        dimension.rows.append(row);
        result.plan.dimensions.append(dimension);
        result.plan.layout = QStringLiteral("fake");
        result.warnings.append(QStringLiteral("made up by the fake reader"));
        return result;
    }

private:
    std::atomic_int *m_reads = nullptr;
};

std::vector<std::unique_ptr<PlanReader>> fakeReaders(std::atomic_int *reads = nullptr)
{
    std::vector<std::unique_ptr<PlanReader>> readers;
    readers.push_back(std::make_unique<FakeReader>(reads));
    return readers;
}

} // namespace

class TestImportService : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

    std::unique_ptr<PlanLibrary> openLibrary(const QString &name)
    {
        QString error;
        auto library = PlanLibrary::open(m_dir.filePath(name), &error);
        if (!library)
            qWarning("%s", qPrintable(error));
        return library;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A plan that looks thinner than its document is imported with warnings saying what to check,
    // in the outcome and kept with the plan.
    void aThinResultIsImportedWithItsWarnings()
    {
        auto library = openLibrary(QStringLiteral("thin.vigia"));
        QVERIFY(library);
        const PlanFileReader reader(fakeReaders());
        ImportService service(*library, reader);
        const FileImportResult result = service.importFile(writeFile(QStringLiteral("thin.plan"), "HEADINGS"));
        QCOMPARE(result.outcome.status, ImportOutcome::Status::Imported);
        const auto isThin = [](const QString &warning) { return warning.contains(QStringLiteral("read like headings")); };
        QVERIFY2(std::any_of(result.warnings.cbegin(), result.warnings.cend(), isThin), qPrintable(result.warnings.join(u'|')));
        const QStringList stored = library->importWarnings(result.outcome.planId);
        QVERIFY2(std::any_of(stored.cbegin(), stored.cend(), isThin), qPrintable(stored.join(u'|')));
    }

    void importsEachFileAndReportsItsOutcome()
    {
        auto library = openLibrary(QStringLiteral("outcomes.vigia"));
        QVERIFY(library);
        const PlanFileReader reader(fakeReaders());
        ImportService service(*library, reader);
        const QString first = writeFile(QStringLiteral("a.plan"), "Agua potable insuficiente");
        const QString copy = writeFile(QStringLiteral("copy-of-a.plan"), "Agua potable insuficiente");
        const QString broken = writeFile(QStringLiteral("broken.plan"), "FAIL");
        const QString unknown = writeFile(QStringLiteral("notes.xyz"), "whatever");
        const QString missing = m_dir.filePath(QStringLiteral("missing.plan"));

        QStringList reported;
        const QList<FileImportResult> results = service.importFiles(
            {first, copy, broken, unknown, missing}, {}, [&](const FileImportResult &result) { reported.append(result.path); });
        QCOMPARE(results.size(), 5);
        QCOMPARE(reported, (QStringList{first, copy, broken, unknown, missing}));

        QCOMPARE(results[0].outcome.status, ImportOutcome::Status::Imported);
        QVERIFY(results[0].outcome.planId > 0);
        QCOMPARE(results[0].warnings, QStringList{QStringLiteral("made up by the fake reader")});
        QCOMPARE(library->importWarnings(results[0].outcome.planId), results[0].warnings);

        // Same bytes under another name: same SHA-256, so the plan already stored.
        QCOMPARE(results[1].outcome.status, ImportOutcome::Status::Duplicate);
        QCOMPARE(results[1].outcome.planId, results[0].outcome.planId);

        for (int i : {2, 3, 4}) {
            QCOMPARE(results[i].outcome.status, ImportOutcome::Status::Failed);
            QCOMPARE(results[i].outcome.planId, 0);
            QVERIFY2(results[i].outcome.error.startsWith(results[i].path + u':'), qPrintable(results[i].outcome.error));
        }
        QVERIFY(results[2].outcome.error.contains(QStringLiteral("no plan structure found")));
        QVERIFY(results[4].outcome.error.contains(QStringLiteral("no such file")));

        const QList<PlanSummary> plans = library->plans();
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans.constFirst().sourceFileName, QStringLiteral("a.plan"));
        QCOMPARE(plans.constFirst().layout, QStringLiteral("fake"));

        // The stored source is kept beside the library with its bytes; failed files are not.
        const SourceArchive archive(library->path());
        const QString kept = archive.find(plans.constFirst().sourceSha256, QStringLiteral("a.plan"));
        QVERIFY(!kept.isEmpty());
        QFile keptFile(kept);
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), QByteArray("Agua potable insuficiente"));
        QCOMPARE(QDir(archive.directory()).entryList(QDir::Files).size(), 1);
    }

    // What the reader found is reported with the file: how much, and how many rows to check.
    void reportsWhatWasReadAndTheRowsToReview()
    {
        auto library = openLibrary(QStringLiteral("review.vigia"));
        QVERIFY(library);
        const PlanFileReader reader(fakeReaders());
        ImportService service(*library, reader);
        const QList<FileImportResult> results = service.importFiles(
            {writeFile(QStringLiteral("sure.plan"), "Agua potable insuficiente"), writeFile(QStringLiteral("doubt.plan"), "y potable")});
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].layout, QStringLiteral("fake"));
        QCOMPARE(results[0].rowCount, 1);
        QCOMPARE(results[0].itemCount, 1);
        QCOMPARE(results[0].reviewRowCount, 0);
        QCOMPARE(results[1].reviewRowCount, 1);
    }

    void aFailureWhileStoringNamesTheFileAndStoresNothing()
    {
        auto library = openLibrary(QStringLiteral("store-failure.vigia"));
        QVERIFY(library);
        {
            SqliteDatabase raw;
            QString error;
            QVERIFY(raw.open(library->path(), SqliteDatabase::OpenMode::ReadWrite, &error));
            QVERIFY(raw.execute(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON items WHEN new.text LIKE 'refused%' "
                                               "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"),
                                &error));
        }
        const PlanFileReader reader(fakeReaders());
        ImportService service(*library, reader);
        const QString refused = writeFile(QStringLiteral("refused.plan"), "refused item");
        const QString accepted = writeFile(QStringLiteral("accepted.plan"), "accepted item");
        const QList<FileImportResult> results = service.importFiles({refused, accepted});
        QCOMPARE(results[0].outcome.status, ImportOutcome::Status::Failed);
        QVERIFY2(results[0].outcome.error.startsWith(refused + u':'), qPrintable(results[0].outcome.error));
        QVERIFY(results[0].outcome.error.contains(QStringLiteral("injected failure")));
        QCOMPARE(results[1].outcome.status, ImportOutcome::Status::Imported);
        QCOMPARE(library->plans().size(), 1);
        QCOMPARE(library->plans().constFirst().sourceFileName, QStringLiteral("accepted.plan"));
        // The refused file's source copy, made before the plan was stored, is taken away again.
        const SourceArchive archive(library->path());
        QCOMPARE(QDir(archive.directory()).entryList(QDir::Files), QStringList{QFileInfo(archive.find(library->plans().constFirst().sourceSha256, QStringLiteral("accepted.plan"))).fileName()});
    }

    // A source that cannot be kept beside the library (a full disk; here the archive folder's name
    // is taken by a file) fails the import whole, naming the file and the reason; nothing is stored.
    void aSourceThatCannotBeKeptFailsTheImport()
    {
        auto library = openLibrary(QStringLiteral("no-archive.vigia"));
        QVERIFY(library);
        const SourceArchive archive(library->path());
        QFile blocker(archive.directory());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const PlanFileReader reader(fakeReaders());
        ImportService service(*library, reader);
        const QString path = writeFile(QStringLiteral("kept.plan"), "Agua potable insuficiente");
        const FileImportResult failed = service.importFile(path);
        QCOMPARE(failed.outcome.status, ImportOutcome::Status::Failed);
        QVERIFY2(failed.outcome.error.startsWith(path + u':'), qPrintable(failed.outcome.error));
        QVERIFY2(failed.outcome.error.contains(QStringLiteral("cannot create the folder"))
                     && failed.outcome.error.contains(QStringLiteral("nothing was imported")),
                 qPrintable(failed.outcome.error));
        QVERIFY(library->plans().isEmpty());
        // With room for the copy the same file imports, with its copy.
        QVERIFY(QFile::remove(archive.directory()));
        const FileImportResult imported = service.importFile(path);
        QCOMPARE(imported.outcome.status, ImportOutcome::Status::Imported);
        QVERIFY(!archive.find(library->plans().constFirst().sourceSha256, QStringLiteral("kept.plan")).isEmpty());
    }

    void aStoredSourceIsNotReadAgain()
    {
        auto library = openLibrary(QStringLiteral("reads.vigia"));
        std::atomic_int reads = 0;
        const PlanFileReader reader(fakeReaders(&reads));
        ImportService service(*library, reader);
        const QString path = writeFile(QStringLiteral("once.plan"), "Leído una sola vez");
        const FileImportResult first = service.importFile(path);
        QCOMPARE(first.outcome.status, ImportOutcome::Status::Imported);
        QCOMPARE(reads.load(), 1);
        const FileImportResult second = service.importFile(path);
        QCOMPARE(second.outcome.status, ImportOutcome::Status::Duplicate);
        QCOMPARE(second.outcome.planId, first.outcome.planId);
        QCOMPARE(reads.load(), 1);
        // Other bytes are read.
        writeFile(QStringLiteral("once.plan"), "Leído otra vez");
        QCOMPARE(service.importFile(path).outcome.status, ImportOutcome::Status::Imported);
        QCOMPARE(reads.load(), 2);
    }

    void stopsWhenCancelled()
    {
        auto library = openLibrary(QStringLiteral("cancel.vigia"));
        const PlanFileReader reader(fakeReaders());
        ImportService service(*library, reader);
        std::atomic_bool cancel = false;
        ReadOptions options;
        options.cancel = &cancel;
        const QString first = writeFile(QStringLiteral("c1.plan"), "primero");
        const QString second = writeFile(QStringLiteral("c2.plan"), "segundo");
        const QList<FileImportResult> results
            = service.importFiles({first, second}, options, [&](const FileImportResult &) { cancel = true; });
        QCOMPARE(results[0].outcome.status, ImportOutcome::Status::Imported);
        QCOMPARE(results[1].outcome.status, ImportOutcome::Status::Failed);
        QVERIFY(results[1].outcome.error.contains(QStringLiteral("cancelled")));
        QCOMPARE(library->plans().size(), 1);
    }

    // Files are read on several threads while one stores: results and plans come in the order the
    // files were given, and the same bytes twice in one batch are stored once, with one copy.
    void readsAheadAndStoresInOrder()
    {
        auto library = openLibrary(QStringLiteral("ahead.vigia"));
        const PlanFileReader reader(fakeReaders());
        ImportService service(*library, reader);
        service.setReaderThreads(3);
        QStringList paths;
        for (int i = 0; i < 12; ++i)
            paths.append(writeFile(QStringLiteral("ahead-%1.plan").arg(i), QStringLiteral("propuesta %1").arg(i).toUtf8()));
        paths.insert(5, writeFile(QStringLiteral("twin.plan"), "propuesta 2"));
        paths.insert(7, writeFile(QStringLiteral("broken.plan"), "FAIL"));
        QStringList told;
        const QList<FileImportResult> results
            = service.importFiles(paths, {}, [&](const FileImportResult &result) { told.append(result.path); });
        QCOMPARE(told, paths);
        QCOMPARE(results.size(), paths.size());
        qint64 lastPlan = 0;
        for (qsizetype i = 0; i < results.size(); ++i) {
            QCOMPARE(results[i].path, paths[i]);
            if (i == 5) {
                QCOMPARE(results[i].outcome.status, ImportOutcome::Status::Duplicate);
                QCOMPARE(results[i].outcome.planId, results[2].outcome.planId);
            } else if (i == 7) {
                QCOMPARE(results[i].outcome.status, ImportOutcome::Status::Failed);
            } else {
                QCOMPARE(results[i].outcome.status, ImportOutcome::Status::Imported);
                QVERIFY(results[i].outcome.planId > lastPlan);
                lastPlan = results[i].outcome.planId;
            }
        }
        QCOMPARE(library->plans().size(), 12);
        QCOMPARE(library->search({QStringLiteral("propuesta")}).size(), 12);
        const SourceArchive archive(library->path());
        QCOMPARE(QDir(archive.directory()).entryList(QDir::Files).size(), 12);
    }

    // Each file may be read with options of its own (its password, progress naming it); each
    // read file is told as its reading begins, on a reading thread.
    void eachFileIsReadWithItsOwnOptions()
    {
        auto library = openLibrary(QStringLiteral("own-options.vigia"));
        const PlanFileReader reader(fakeReaders());
        ImportService service(*library, reader);
        service.setReaderThreads(2);
        const QStringList paths{writeFile(QStringLiteral("locked-a.plan"), "LOCKED:uno"),
                                writeFile(QStringLiteral("open.plan"), "Agua para todos"),
                                writeFile(QStringLiteral("locked-b.plan"), "LOCKED:dos"),
                                writeFile(QStringLiteral("locked-c.plan"), "LOCKED:tres")};
        const QStringList passwords{QStringLiteral("uno"), QString(), QStringLiteral("dos"), QStringLiteral("otra")};
        QMutex mutex;
        QList<qsizetype> progressOf;
        QList<qsizetype> started;
        bool startedOnThisThread = false;
        QStringList done;
        ImportService::FileHooks hooks;
        hooks.options = [&](qsizetype index) {
            ReadOptions options;
            options.password = passwords.at(index);
            options.progress = [&, index](int, int) {
                const QMutexLocker lock(&mutex);
                progressOf.append(index);
            };
            return options;
        };
        hooks.fileStarted = [&](qsizetype index) {
            const QMutexLocker lock(&mutex);
            started.append(index);
            startedOnThisThread = startedOnThisThread || QThread::currentThread() == thread();
        };
        hooks.fileDone = [&](const FileImportResult &result) { done.append(result.path); };
        const QList<FileImportResult> results = service.importFiles(paths, hooks);
        QCOMPARE(done, paths);
        QCOMPARE(results[0].outcome.status, ImportOutcome::Status::Imported);
        QCOMPARE(results[1].outcome.status, ImportOutcome::Status::Imported);
        QCOMPARE(results[2].outcome.status, ImportOutcome::Status::Imported);
        QCOMPARE(results[3].outcome.status, ImportOutcome::Status::Failed);
        QCOMPARE(results[3].failure, ReadResult::Failure::WrongPassword);
        std::sort(progressOf.begin(), progressOf.end());
        std::sort(started.begin(), started.end());
        QCOMPARE(progressOf, (QList<qsizetype>{0, 1, 2, 3}));
        QCOMPARE(started, (QList<qsizetype>{0, 1, 2, 3}));
        QVERIFY(!startedOnThisThread);
        QCOMPARE(library->plans().size(), 3);

        // A file stored already is not read again, so neither started nor given progress.
        started.clear();
        progressOf.clear();
        const QList<FileImportResult> again = service.importFiles({paths[1]}, hooks);
        QCOMPARE(again.constFirst().outcome.status, ImportOutcome::Status::Duplicate);
        QVERIFY(started.isEmpty());
        QVERIFY(progressOf.isEmpty());
    }

    void importsPlanJsonWithTheDefaultReaders()
    {
        auto library = openLibrary(QStringLiteral("json.vigia"));
        Plan plan;
        Dimension dimension;
        dimension.name = QStringLiteral("Institucional");
        Row row;
        Item item;
        item.text = QStringLiteral("Gobierno abierto");
        row.items(ItemKind::Objective).append(item);
        dimension.rows.append(row);
        plan.dimensions.append(dimension);
        const QString path = writeFile(QStringLiteral("plan.json"), PlanJson::toJson(plan));
        const PlanFileReader reader;
        ImportService service(*library, reader);
        const FileImportResult result = service.importFile(path);
        QCOMPARE(result.outcome.status, ImportOutcome::Status::Imported);
        QCOMPARE(library->search({QStringLiteral("gobierno")}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "TestImportService.moc"
