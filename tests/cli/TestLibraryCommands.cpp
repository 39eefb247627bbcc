#include "json/PlanJson.h"
#include "store/LibrarySchema.h"
#include "store/SqliteDatabase.h"
#include "../core/store/StoreTestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

#include <utility>

using namespace vigia;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QStringList errorLines() const { return QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts); }
};

// The JSON with every "id" key removed, to compare plans apart from library ids.
QJsonValue withoutIds(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it) {
            if (it.key() != u"id")
                object.insert(it.key(), withoutIds(it.value()));
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &element : value.toArray())
            array.append(withoutIds(element));
        return array;
    }
    return value;
}

bool containsKey(const QJsonValue &value, const QString &key)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains(key))
            return true;
        for (const QJsonValue &child : object)
            if (containsKey(child, key))
                return true;
    }
    if (value.isArray()) {
        for (const QJsonValue &child : value.toArray())
            if (containsKey(child, key))
                return true;
    }
    return false;
}

Plan fixturePlan(const QString &organization)
{
    Plan plan;
    plan.metadata.organization = organization;
    plan.metadata.place = QStringLiteral("PROVINCIA DE PRUEBA");
    plan.metadata.period = QStringLiteral("2027-2030");
    const auto item = [](const QString &text) {
        Item result;
        result.text = text;
        return result;
    };
    Dimension social;
    social.name = QStringLiteral("Social");
    Row row;
    row.items(ItemKind::Problem).append(item(QStringLiteral("Población vulnerable sin seguro de salud")));
    row.items(ItemKind::Objective).append(item(QStringLiteral("Ampliar la cobertura de salud de la POBLACIÓN rural")));
    row.items(ItemKind::Target).append(item(QStringLiteral("Refugio temporal para %1").arg(organization)));
    social.rows.append(row);
    plan.dimensions.append(social);
    Dimension economic;
    economic.name = QStringLiteral("Económica");
    Row economicRow;
    economicRow.items(ItemKind::Objective).append(item(QStringLiteral("Empleo para la población joven")));
    economicRow.items(ItemKind::Target).append(item(QStringLiteral("Mil empleos formales")));
    economic.rows.append(economicRow);
    plan.dimensions.append(economic);
    return plan;
}

} // namespace

class TestLibraryCommands : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString newLibraryPath() { return path(QStringLiteral("library-%1.vigia").arg(++m_counter)); }

    CliRun run(const QStringList &arguments, const QList<std::pair<QString, QString>> &settings = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, value] : settings)
            environment.insert(name, value);
        // Never the real home: the default library goes under the test's folder.
        environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/data")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(VIGIA_CLI_PATH), arguments);
        CliRun result;
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return result;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString filePath = path(name);
        QFile file(filePath);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return filePath;
    }

    static QByteArray fileBytes(const QString &filePath)
    {
        QFile file(filePath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QJsonArray listJson(const QString &library)
    {
        const CliRun listed = run({QStringLiteral("list"), QStringLiteral("--db"), library, QStringLiteral("--format"), QStringLiteral("json")});
        if (listed.exitCode != 0)
            qWarning("list failed: %s", listed.err.constData());
        return QJsonDocument::fromJson(listed.out).array();
    }

    // A library holding one plan, so that "unchanged" has something to lose.
    QString libraryWithOnePlan()
    {
        const QString library = newLibraryPath();
        const QString plan = writeFile(QStringLiteral("seed-%1.json").arg(m_counter), PlanJson::toJson(fixturePlan(QStringLiteral("SEMILLA %1").arg(m_counter))));
        const CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), library, plan});
        if (imported.exitCode != 0)
            qWarning("seed import failed: %s", imported.err.constData());
        return library;
    }

    static QStringList sharedFiles(const QString &folder, const QString &pattern)
    {
        QStringList files;
        const QDir directory(QStringLiteral(VIGIA_SAMPLES_DIR "/") + folder);
        for (const QString &name : directory.entryList({pattern}, QDir::Files, QDir::Name))
            files.append(directory.filePath(name));
        return files;
    }
    static QStringList goldFiles() { return sharedFiles(QStringLiteral("gold"), QStringLiteral("*.json")); }

    // The import of `file` must fail with one line naming the file, and leave the library as it was.
    void verifyImportRefused(const QString &file, const QString &reason)
    {
        const QString library = libraryWithOnePlan();
        const QJsonArray before = listJson(library);
        QCOMPARE(before.size(), 1);
        const CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), library, file});
        QCOMPARE(imported.exitCode, 1);
        QCOMPARE(imported.errorLines().size(), 1);
        const QString line = imported.errorLines().constFirst();
        QVERIFY2(line.contains(file), qPrintable(line));
        QVERIFY2(line.contains(reason), qPrintable(line));
        QVERIFY(imported.out.isEmpty());
        QCOMPARE(listJson(library), before);
    }

    // Every library command must refuse the library with one line naming it, leaving its bytes alone.
    void verifyLibraryRefused(const QString &library, const QString &reason)
    {
        const QByteArray before = fileBytes(library);
        const QString plan = writeFile(QStringLiteral("refused-library-plan.json"), PlanJson::toJson(fixturePlan(QStringLiteral("X"))));
        const QList<QStringList> commands{
            {QStringLiteral("import"), plan},
            {QStringLiteral("list")},
            {QStringLiteral("export"), QStringLiteral("1")},
            {QStringLiteral("search"), QStringLiteral("salud")},
        };
        for (QStringList arguments : commands) {
            arguments << QStringLiteral("--db") << library;
            const CliRun result = run(arguments);
            QVERIFY2(result.exitCode == 1, qPrintable(arguments.join(u' ')));
            QCOMPARE(result.errorLines().size(), 1);
            const QString line = result.errorLines().constFirst();
            QVERIFY2(line.contains(library) && line.contains(reason), qPrintable(line));
            QVERIFY(result.out.isEmpty());
            QCOMPARE(fileBytes(library), before);
        }
        QVERIFY(!QFile::exists(library + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(library + QStringLiteral("-shm")));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // `parse --layout` shows what the reader saw: pages, table cells and line boxes of a PDF, the
    // source lines of a text conversion.
    void parseShowsTheLayout()
    {
        const QStringList pdfs = sharedFiles(QStringLiteral("pdf"), QStringLiteral("000_*.chromium.pdf"));
        QCOMPARE(pdfs.size(), 1);
        const CliRun pdf = run({QStringLiteral("parse"), QStringLiteral("--layout"), pdfs.constFirst()});
        QVERIFY2(pdf.exitCode == 0, pdf.err.constData());
        const QString pdfText = QString::fromUtf8(pdf.out);
        QVERIFY2(pdfText.startsWith(QStringLiteral("row 0 page 1")), qPrintable(pdfText.left(200)));
        static const QRegularExpression tableCell(QStringLiteral(R"(row \d+ page \d+ table \d+\n  cell 0\n    [\d.]+,[\d.]+ [\d.]+x[\d.]+ \x{00b6} )"));
        QVERIFY2(pdfText.contains(tableCell), qPrintable(pdfText.left(2000)));
        QVERIFY(pdfText.contains(QStringLiteral("PROBLEMA")));
        const QStringList seeds = sharedFiles(QStringLiteral("seeds"), QStringLiteral("004_*.txt"));
        QCOMPARE(seeds.size(), 1);
        const CliRun text = run({QStringLiteral("parse"), QStringLiteral("--layout"), seeds.constFirst()});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(QString::fromUtf8(text.out).startsWith(QStringLiteral("row 0 line ")));
        // A file that is no plan still shows its layout, and fails.
        const QString prose = path(QStringLiteral("prose.txt"));
        QFile file(prose);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Una carta sin propuestas.\n");
        file.close();
        const CliRun refused = run({QStringLiteral("parse"), QStringLiteral("--layout"), prose});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(QString::fromUtf8(refused.out).contains(QStringLiteral("Una carta sin propuestas.")));
        QVERIFY(QString::fromUtf8(refused.err).contains(QStringLiteral("no plan structure found")));
    }

    void exportAfterImportEqualsParse_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::newRow("plan JSON (gold files)") << goldFiles();
        QTest::newRow("text conversions (seeds)") << sharedFiles(QStringLiteral("seeds"), QStringLiteral("*.txt"));
        QTest::newRow("Markdown conversions (realdocs)") << sharedFiles(QStringLiteral("realdocs"), QStringLiteral("*.md"));
    }
    void exportAfterImportEqualsParse()
    {
        QFETCH(QStringList, files);
        if (files.isEmpty())
            QFAIL("no sample files in the shared folder");
        const QString library = newLibraryPath();
        const CliRun imported = run(QStringList{QStringLiteral("import"), QStringLiteral("--db"), library} + files);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QStringList lines = QString::fromUtf8(imported.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), files.size());
        QStringList ids;
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QStringList fields = lines.at(i).split(u'\t');
            QCOMPARE(fields.size(), 3);
            QCOMPARE(fields.at(1), QStringLiteral("imported"));
            QCOMPARE(fields.at(2), files.at(i));
            ids.append(fields.at(0));
        }
        const QJsonArray listed = listJson(library);
        QCOMPARE(listed.size(), files.size());
        for (qsizetype i = 0; i < files.size(); ++i) {
            const CliRun parsed = run({QStringLiteral("parse"), files.at(i)});
            QVERIFY2(parsed.exitCode == 0, parsed.err.constData());
            const CliRun exported = run({QStringLiteral("export"), QStringLiteral("--db"), library, ids.at(i)});
            QVERIFY2(exported.exitCode == 0, exported.err.constData());
            const QJsonObject exportedJson = QJsonDocument::fromJson(exported.out).object();
            QVERIFY(containsKey(exportedJson, QStringLiteral("id")));
            QCOMPARE(withoutIds(exportedJson), withoutIds(QJsonDocument::fromJson(parsed.out).object()));

            // The listing counts what the plan holds.
            Plan plan;
            QString error;
            QVERIFY(PlanJson::fromJson(parsed.out, &plan, &error));
            const QJsonObject summary = listed.at(i).toObject();
            QCOMPARE(summary.value(QStringLiteral("id")).toInteger(), ids.at(i).toLongLong());
            QCOMPARE(summary.value(QStringLiteral("source")).toString(), QFileInfo(files.at(i)).fileName());
            QCOMPARE(summary.value(QStringLiteral("dimensions")).toInt(), plan.dimensions.size());
            QCOMPARE(summary.value(QStringLiteral("rows")).toInt(), plan.rowCount());
            QCOMPARE(summary.value(QStringLiteral("items")).toInt(), plan.itemCount());
            QCOMPARE(summary.value(QStringLiteral("metas")).toInt(), plan.itemCount(ItemKind::Target));
            QCOMPARE(summary.value(QStringLiteral("organization")).toVariant(),
                     QJsonDocument::fromJson(parsed.out).object().value(QStringLiteral("plan")).toObject()
                         .value(QStringLiteral("organization")).toVariant());
        }

        // Again: every file is a duplicate of the plan it gave, and nothing changes.
        const CliRun again = run(QStringList{QStringLiteral("import"), QStringLiteral("--db"), library,
                                             QStringLiteral("--format"), QStringLiteral("json")} + files);
        QCOMPARE(again.exitCode, 0);
        const QJsonArray outcomes = QJsonDocument::fromJson(again.out).array();
        QCOMPARE(outcomes.size(), files.size());
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QJsonObject outcome = outcomes.at(i).toObject();
            QCOMPARE(outcome.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
            QCOMPARE(outcome.value(QStringLiteral("plan_id")).toInteger(), ids.at(i).toLongLong());
            QCOMPARE(outcome.value(QStringLiteral("file")).toString(), files.at(i));
        }
        QCOMPARE(listJson(library), listed);
    }

    void searchFindsWordsWithoutAccentsAndFilters()
    {
        const QString library = newLibraryPath();
        const QString first = writeFile(QStringLiteral("uno.json"), PlanJson::toJson(fixturePlan(QStringLiteral("UNO"))));
        const QString second = writeFile(QStringLiteral("dos.json"), PlanJson::toJson(fixturePlan(QStringLiteral("DOS"))));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), library, first, second}).exitCode, 0);
        const QJsonArray plans = listJson(library);
        QCOMPARE(plans.size(), 2);
        const qint64 secondId = plans.at(1).toObject().value(QStringLiteral("id")).toInteger();

        const auto search = [&](const QStringList &extra) {
            const CliRun result = run(QStringList{QStringLiteral("search"), QStringLiteral("--db"), library,
                                                  QStringLiteral("--format"), QStringLiteral("json")} + extra);
            if (result.exitCode != 0)
                qWarning("search failed: %s", result.err.constData());
            return QJsonDocument::fromJson(result.out).array();
        };
        const QJsonArray all = search({QStringLiteral("poblacion")});
        QCOMPARE(all.size(), 6);
        for (const QJsonValue &value : all) {
            const QJsonObject hit = value.toObject();
            QVERIFY(hit.value(QStringLiteral("text")).toString().contains(QStringLiteral("oblación"), Qt::CaseInsensitive)
                    || hit.value(QStringLiteral("text")).toString().contains(QStringLiteral("POBLACIÓN")));
            const QString snippet = hit.value(QStringLiteral("snippet")).toString();
            QVERIFY2(snippet.contains(QStringLiteral("[Población]")) || snippet.contains(QStringLiteral("[población]"))
                         || snippet.contains(QStringLiteral("[POBLACIÓN]")),
                     qPrintable(snippet));
            QVERIFY(hit.value(QStringLiteral("plan_id")).toInteger() > 0);
            QVERIFY(!hit.value(QStringLiteral("kind")).toString().isEmpty());
        }
        QCOMPARE(search({QStringLiteral("POBLACIÓN"), QStringLiteral("--plan"), QString::number(secondId)}).size(), 3);
        const QJsonArray objectives = search({QStringLiteral("pobla"), QStringLiteral("--kind"), QStringLiteral("objective")});
        QCOMPARE(objectives.size(), 4);
        for (const QJsonValue &value : objectives)
            QCOMPARE(value.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("objective"));
        const QJsonArray economic = search({QStringLiteral("poblacion"), QStringLiteral("--dimension"), QStringLiteral("Económica")});
        QCOMPARE(economic.size(), 2);
        for (const QJsonValue &value : economic)
            QCOMPARE(value.toObject().value(QStringLiteral("dimension")).toString(), QStringLiteral("Económica"));
        // Each plan's own words find only that plan.
        const QJsonArray own = search({QStringLiteral("refugio"), QStringLiteral("uno")});
        QCOMPARE(own.size(), 1);
        QVERIFY(own.at(0).toObject().value(QStringLiteral("plan")).toString().contains(QStringLiteral("UNO")));

        // Text output, not on a terminal: matches in brackets, one line per hit.
        const CliRun text = run({QStringLiteral("search"), QStringLiteral("--db"), library, QStringLiteral("empleos")});
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = QString::fromUtf8(text.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (const QString &line : lines) {
            QVERIFY2(line.contains(QStringLiteral("[empleos]")), qPrintable(line));
            QVERIFY(line.contains(QStringLiteral("target")));
            QVERIFY(!line.contains(QChar(0x1b)));
        }
        // Syntax in the words is just text.
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("--db"), library, QStringLiteral("salud\" OR (")}).exitCode, 0);
        const CliRun badKind = run({QStringLiteral("search"), QStringLiteral("--db"), library, QStringLiteral("x"),
                                    QStringLiteral("--kind"), QStringLiteral("wish")});
        QCOMPARE(badKind.exitCode, 2);
        QVERIFY(badKind.err.contains("wish"));
    }

    void badFilesAreRefusedOneLineEach_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QByteArray binary;
        for (int i = 0; i < 2048; ++i)
            binary.append(char((i * 31 + 7) % 256));
        QTest::newRow("empty file") << "empty.json" << QByteArray() << "the file is empty";
        QTest::newRow("empty text") << "empty.txt" << QByteArray() << "the file is empty";
        QTest::newRow("binary .txt") << "binary.txt" << binary << "the file is binary, not text";
        QTest::newRow("binary .pdf name") << "binary.md" << binary << "the file is binary, not text";
        QTest::newRow("text with no plan structure") << "letter.txt"
            << QByteArray("Estimados vecinos:\n\nLes escribo para invitarlos a la feria del domingo.\nHabrá música y comida.\n\nAtentamente,\nLa junta vecinal\n")
            << "no plan structure found";
        QTest::newRow("binary .json") << "binary.json" << binary << "not a document Vigía can read";
        QTest::newRow("JSON that is not a plan") << "package.json" << QByteArray("{\"name\": \"vigia\", \"version\": \"1.0\"}\n")
                                                 << "not plan JSON";
        QTest::newRow("plan JSON with no dimensions") << "hollow.json" << QByteArray("{\"source\": \"x\", \"dimensions\": []}")
                                                      << "not plan JSON";
        QTest::newRow("truncated plan JSON") << "cut.json" << PlanJson::toJson(fixturePlan(QStringLiteral("CUT"))).left(200)
                                             << "not plan JSON";
    }
    void badFilesAreRefusedOneLineEach()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        verifyImportRefused(writeFile(fileName, content), reason);
    }

    void missingAndFolderPathsAreRefused()
    {
        verifyImportRefused(path(QStringLiteral("no-such-plan.json")), QStringLiteral("no such file"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("a-folder.json")));
        verifyImportRefused(path(QStringLiteral("a-folder.json")), QStringLiteral("directory"));
    }

    void goodFilesAreImportedBesideBadOnes()
    {
        const QString library = newLibraryPath();
        const QString good = writeFile(QStringLiteral("good.json"), PlanJson::toJson(fixturePlan(QStringLiteral("BUENO"))));
        const QString bad = writeFile(QStringLiteral("bad.json"), "{\"nothing\": true}");
        const CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), library, bad, good});
        QCOMPARE(imported.exitCode, 1);
        QCOMPARE(imported.errorLines().size(), 1);
        QVERIFY(imported.errorLines().constFirst().contains(bad));
        QVERIFY(QString::fromUtf8(imported.out).contains(QStringLiteral("imported\t%1").arg(good)));
        QCOMPARE(listJson(library).size(), 1);
    }

    void unwritableLibraryLocationsAreRefused()
    {
        const QString plainFile = writeFile(QStringLiteral("plain-file"), "x");
        const QString plan = writeFile(QStringLiteral("for-unwritable.json"), PlanJson::toJson(fixturePlan(QStringLiteral("U"))));
        for (const QString &library : {plainFile + QStringLiteral("/library.vigia"), path(QStringLiteral("missing/library.vigia"))}) {
            const CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), library, plan});
            QCOMPARE(imported.exitCode, 1);
            QCOMPARE(imported.errorLines().size(), 1);
            QVERIFY2(imported.errorLines().constFirst().contains(library), imported.err.constData());
            QVERIFY(imported.errorLines().constFirst().contains(QStringLiteral("cannot create the library")));
            QVERIFY(!QFile::exists(library));
        }
        QCOMPARE(fileBytes(plainFile), QByteArray("x"));
    }

    void aLibraryOfRandomBytesIsRefusedUntouched()
    {
        QByteArray noise;
        for (int i = 0; i < 8192; ++i)
            noise.append(char((i * 7919 + 17) % 253));
        verifyLibraryRefused(writeFile(QStringLiteral("noise.vigia"), noise), QStringLiteral("not an SQLite database"));
    }

    void aDamagedLibraryIsRefusedUntouched()
    {
        const QString library = libraryWithOnePlan();
        QByteArray bytes = fileBytes(library);
        QVERIFY(bytes.size() > 4096);
        for (int i = 100; i < 4096; ++i) // past the header: the schema page
            bytes[i] = char(0x5A ^ (i & 0xff));
        writeFile(QFileInfo(library).fileName(), bytes);
        verifyLibraryRefused(library, QStringLiteral("damaged"));
    }

    void anotherApplicationsDatabaseIsRefusedUntouched()
    {
        const QString library = path(QStringLiteral("someone-else.db"));
        {
            SqliteDatabase raw;
            QString error;
            QVERIFY(raw.open(library, SqliteDatabase::OpenMode::ReadWriteCreate, &error));
            QVERIFY(raw.execute(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT); "
                                               "INSERT INTO contacts VALUES ('Ana', '999')"),
                                &error));
        }
        verifyLibraryRefused(library, QStringLiteral("another application"));
    }

    void aNewerLibraryIsRefusedUntouched()
    {
        const QString library = libraryWithOnePlan();
        {
            SqliteDatabase raw;
            QString error;
            QVERIFY(raw.open(library, SqliteDatabase::OpenMode::ReadWrite, &error));
            QVERIFY(raw.execute(QStringLiteral("PRAGMA user_version = %1").arg(LibrarySchema::currentVersion() + 1), &error));
        }
        verifyLibraryRefused(library, QStringLiteral("newer version"));
    }

    void exportNeedsAStoredPlan()
    {
        const QString library = libraryWithOnePlan();
        const CliRun notANumber = run({QStringLiteral("export"), QStringLiteral("--db"), library, QStringLiteral("abc")});
        QCOMPARE(notANumber.exitCode, 2);
        const CliRun missing = run({QStringLiteral("export"), QStringLiteral("--db"), library, QStringLiteral("999")});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.errorLines().size(), 1);
        QVERIFY(missing.errorLines().constFirst().contains(QStringLiteral("no plan 999")));
    }

    // The import report says which of a document's text did not reach the plan: the presentation of
    // an outline plan, with its source line, and none of the proposals it imported.
    void importSaysWhatTextWasLeftOut()
    {
        const QStringList seeds = sharedFiles(QStringLiteral("seeds"), QStringLiteral("004_*.txt"));
        QCOMPARE(seeds.size(), 1);
        const QString library = newLibraryPath();
        const CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), library, seeds.constFirst(),
                                     QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QJsonObject unplaced = QJsonDocument::fromJson(imported.out).array().first().toObject().value(QStringLiteral("unplaced")).toObject();
        const QJsonArray passages = unplaced.value(QStringLiteral("passages")).toArray();
        QVERIFY(!passages.isEmpty());
        QFile source(seeds.constFirst());
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QStringList sourceLines = QString::fromUtf8(source.readAll()).split(u'\n');
        const QString exported = QString::fromUtf8(run({QStringLiteral("export"), QStringLiteral("--db"), library, QStringLiteral("1")}).out);
        int words = 0;
        bool presentation = false;
        for (const QJsonValue &value : passages) {
            const QJsonObject passage = value.toObject();
            const QString text = passage.value(QStringLiteral("text")).toString();
            const int line = passage.value(QStringLiteral("line")).toInt();
            QVERIFY(line >= 1 && line <= sourceLines.size());
            QVERIFY2(sourceLines.at(line - 1).contains(text.left(30)), qPrintable(text));
            QVERIFY2(!exported.contains(text.left(60)), qPrintable(text)); // not in the plan
            presentation = presentation || text.startsWith(QStringLiteral("La gestión Pública Municipal"));
            words += passage.value(QStringLiteral("words")).toInt();
        }
        QVERIFY(presentation);
        QCOMPARE(unplaced.value(QStringLiteral("words")).toInt(), words);
        const int documentWords = unplaced.value(QStringLiteral("document_words")).toInt();
        QVERIFY(documentWords > words);
        QCOMPARE(unplaced.value(QStringLiteral("percent")).toInt(), qRound(100.0 * words / documentWords));
    }

    // The review queue of a stored plan: doubtful rows with their reasons; marked rows leave it and
    // stay marked; only the plan's own rows can be marked.
    void reviewListsDoubtfulRowsAndMarksThem()
    {
        const QString library = newLibraryPath();
        Plan plan = fixturePlan(QStringLiteral("REVISIÓN"));
        Row doubtful;
        Item fragment;
        fragment.text = QStringLiteral("y equipamiento de las postas");
        doubtful.items(ItemKind::Objective).append(fragment);
        Item target;
        target.text = QStringLiteral("Diez postas equipadas");
        doubtful.items(ItemKind::Target).append(target);
        plan.dimensions[0].rows.append(doubtful);
        const QString file = writeFile(QStringLiteral("review.json"), PlanJson::toJson(plan));
        const CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), library, file, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(imported.exitCode, 0);
        const QJsonObject importedFile = QJsonDocument::fromJson(imported.out).array().first().toObject();
        QCOMPARE(importedFile.value(QStringLiteral("rows")).toInt(), 3);
        QCOMPARE(importedFile.value(QStringLiteral("rows_to_review")).toInt(), 1);
        const qint64 planId = listJson(library).first().toObject().value(QStringLiteral("id")).toInteger();
        auto review = [&](const QStringList &extra) {
            CliRun result = run(QStringList{QStringLiteral("review"), QStringLiteral("--db"), library, QString::number(planId),
                                            QStringLiteral("--format"), QStringLiteral("json")} + extra);
            return std::pair{result, QJsonDocument::fromJson(result.out).object()};
        };
        auto [listed, queue] = review({});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QCOMPARE(queue.value(QStringLiteral("rows_to_review")).toInt(), 1);
        const QJsonObject entry = queue.value(QStringLiteral("rows")).toArray().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("dimension")).toString(), QStringLiteral("Social"));
        QCOMPARE(entry.value(QStringLiteral("row")).toInt(), 2);
        QCOMPARE(entry.value(QStringLiteral("reasons")).toArray().first().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("fragment"));
        const QJsonObject finding = entry.value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(finding.value(QStringLiteral("field")).toString(), QStringLiteral("objectives"));
        QCOMPARE(finding.value(QStringLiteral("item")).toInt(), 1);
        QCOMPARE(finding.value(QStringLiteral("text")).toString(), QStringLiteral("y equipamiento de las postas"));
        const QString rowId = QString::number(entry.value(QStringLiteral("row_id")).toInteger());

        auto [marked, after] = review({QStringLiteral("--done"), rowId});
        QVERIFY2(marked.exitCode == 0, marked.err.constData());
        QCOMPARE(after.value(QStringLiteral("rows_to_review")).toInt(), 0);
        QVERIFY(after.value(QStringLiteral("rows")).toArray().isEmpty());
        auto [all, withReviewed] = review({QStringLiteral("--all")});
        QCOMPARE(withReviewed.value(QStringLiteral("rows")).toArray().first().toObject().value(QStringLiteral("reviewed")).toBool(), true);

        const CliRun foreign = run({QStringLiteral("review"), QStringLiteral("--db"), library, QString::number(planId),
                                    QStringLiteral("--done"), QStringLiteral("99999")});
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY(foreign.errorLines().constFirst().contains(QStringLiteral("no row 99999")));
        const CliRun notANumber = run({QStringLiteral("review"), QStringLiteral("--db"), library, QString::number(planId),
                                       QStringLiteral("--done"), QStringLiteral("x")});
        QCOMPARE(notANumber.exitCode, 2);

        auto [undone, back] = review({QStringLiteral("--undo"), rowId});
        QVERIFY2(undone.exitCode == 0, undone.err.constData());
        QCOMPARE(back.value(QStringLiteral("rows_to_review")).toInt(), 1);
    }

    // The PDF reader (Poppler, Tesseract) is a module loaded when a PDF is first read: the commands
    // that read none run without it, and a PDF read without it fails with one line naming the file
    // and where the reader was looked for, leaving the library as it was.
    void thePdfReaderIsLoadedOnlyToReadPdfs()
    {
        const QStringList pdfs = sharedFiles(QStringLiteral("pdf"), QStringLiteral("*.pdf"));
        QVERIFY(!pdfs.isEmpty());
        const QString library = libraryWithOnePlan();
        const QJsonArray before = listJson(library);
        const QString missing = path(QStringLiteral("no-such-module.so"));
        const QList<std::pair<QString, QString>> withoutModule{{QStringLiteral("VIGIA_PDF_MODULE"), missing}};
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--db"), library}, withoutModule).exitCode, 0);
        const CliRun searched = run({QStringLiteral("search"), QStringLiteral("--db"), library, QStringLiteral("semilla")}, withoutModule);
        QCOMPARE(searched.exitCode, 0);
        QVERIFY2(!searched.out.isEmpty(), searched.err.constData());
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), library, QStringLiteral("1")}, withoutModule).exitCode, 0);

        const CliRun refused = run({QStringLiteral("import"), QStringLiteral("--db"), library, pdfs.constFirst()}, withoutModule);
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.errorLines().size(), 1);
        const QString line = refused.errorLines().constFirst();
        QVERIFY2(line.contains(pdfs.constFirst()) && line.contains(QStringLiteral("PDF reader")) && line.contains(missing),
                 qPrintable(line));
        QCOMPARE(listJson(library), before);

        const CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), library, pdfs.constFirst()});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(listJson(library).size(), 2);
    }

    void withoutDbTheLibraryIsInTheUsersDataFolder()
    {
        const CliRun listed = run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 0);
        QStringList found;
        QDirIterator it(path(QStringLiteral("home/data")), {QStringLiteral("library.vigia")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        QCOMPARE(found.size(), 1);
        const QString plan = writeFile(QStringLiteral("default.json"), PlanJson::toJson(fixturePlan(QStringLiteral("D"))));
        QCOMPARE(run({QStringLiteral("import"), plan}).exitCode, 0);
        QCOMPARE(listJson(found.constFirst()).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLibraryCommands)
#include "TestLibraryCommands.moc"
