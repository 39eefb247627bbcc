#include "../core/store/StoreTestSupport.h"

#include "json/PlanJson.h"

#include <poppler-qt6.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonValue json() const
    {
        const QJsonDocument document = QJsonDocument::fromJson(out);
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
};

} // namespace

// vigia-cli progress … and report, run as a separate process on libraries in a temporary folder.
class TestProgressCommands : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliRun run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/data")));
        environment.insert(QStringLiteral("VIGIA_EVALUATOR"), QStringLiteral("Evaluadora"));
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

    CliRun runOn(const QString &library, QStringList arguments)
    {
        arguments << QStringLiteral("--db") << library;
        return run(arguments);
    }

    // A new library with `plan` imported from a plan JSON file; returns the library path.
    QString libraryWith(const Plan &plan, qint64 *planId)
    {
        const QString library = path(QStringLiteral("library-%1.vigia").arg(++m_counter));
        const QString file = path(QStringLiteral("plan-%1.json").arg(m_counter));
        writeFile(file, PlanJson::toJson(plan));
        const CliRun imported = runOn(library, {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"), file});
        if (imported.exitCode != 0)
            qWarning("import failed: %s", imported.err.constData());
        *planId = qint64(imported.json().toArray().at(0).toObject().value(QStringLiteral("plan_id")).toDouble());
        return library;
    }

    // The id of the item of plan `planId` whose text starts with `prefix`, read through 'export'.
    qint64 item(const QString &library, qint64 planId, const QString &prefix)
    {
        const CliRun exported = runOn(library, {QStringLiteral("export"), QString::number(planId)});
        Plan plan;
        QString error;
        if (exported.exitCode != 0 || !PlanJson::fromJson(exported.out, &plan, &error))
            return 0;
        for (const Dimension &dimension : plan.dimensions)
            for (const Row &row : dimension.rows)
                for (ItemKind kind : allItemKinds)
                    for (const Item &entry : row.items(kind))
                        if (entry.text.startsWith(prefix))
                            return entry.id;
        return 0;
    }

    QJsonArray list(const QString &library, qint64 planId, const QString &semester = {})
    {
        QStringList arguments{QStringLiteral("progress"), QStringLiteral("list"), QString::number(planId),
                              QStringLiteral("--format"), QStringLiteral("json")};
        if (!semester.isEmpty())
            arguments << QStringLiteral("--semester") << semester;
        return runOn(library, arguments).json().toArray();
    }

    static QString pdfText(const QString &file)
    {
        std::unique_ptr<Poppler::Document> document = Poppler::Document::load(file);
        if (!document)
            return {};
        QString text;
        for (int index = 0; index < document->numPages(); ++index)
            text += document->page(index)->text(QRectF()) + u'\n';
        return text.normalized(QString::NormalizationForm_KC).simplified();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void setListAndHistory()
    {
        qint64 plan = 0;
        const QString library = libraryWith(samplePlan(), &plan);
        QVERIFY(plan > 0);
        const qint64 census = item(library, plan, QStringLiteral("100% de población"));
        QVERIFY(census > 0);
        const QString evidence = path(QStringLiteral("padrón 2023.csv"));
        writeFile(evidence, "distrito;empadronados\nA;40\n");

        CliRun set = runOn(library, {QStringLiteral("progress"), QStringLiteral("set"), QString::number(plan), QString::number(census),
                                     QStringLiteral("--semester"), QStringLiteral("2023-S2"), QStringLiteral("--status"),
                                     QStringLiteral("in-progress"), QStringLiteral("--value"), QStringLiteral("40"),
                                     QStringLiteral("--note"), QStringLiteral("Padrón a medias"), QStringLiteral("--evidence-url"),
                                     QStringLiteral("https://example.org/padron"), QStringLiteral("--consulted"),
                                     QStringLiteral("2024-01-05"), QStringLiteral("--evidence-file"), evidence,
                                     QStringLiteral("--evaluator"), QStringLiteral("Ana")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY2(set.out.contains("in-progress"), set.out.constData());

        QJsonArray records = list(library, plan);
        QCOMPARE(records.size(), 1);
        QJsonObject record = records.at(0).toObject();
        QCOMPARE(record.value(QStringLiteral("item_id")).toInteger(), census);
        QCOMPARE(record.value(QStringLiteral("semester")).toString(), QStringLiteral("2023-S2"));
        QJsonObject values = record.value(QStringLiteral("values")).toObject();
        QCOMPARE(values.value(QStringLiteral("status")).toString(), QStringLiteral("in-progress"));
        QCOMPARE(values.value(QStringLiteral("status_label")).toString(), QStringLiteral("En proceso"));
        QCOMPARE(values.value(QStringLiteral("achieved_value")).toDouble(), 40.0);
        QCOMPARE(values.value(QStringLiteral("target_value")).toDouble(), 100.0);
        QCOMPARE(values.value(QStringLiteral("effective_percent")).toDouble(), 40.0);
        QCOMPARE(values.value(QStringLiteral("evaluator")).toString(), QStringLiteral("Ana"));
        QCOMPARE(record.value(QStringLiteral("text")).toString(), QStringLiteral("100% de población vulnerable empadronada"));
        const QJsonArray evidenceArray = record.value(QStringLiteral("evidence")).toArray();
        QCOMPARE(evidenceArray.size(), 2);
        QCOMPARE(evidenceArray.at(0).toObject().value(QStringLiteral("consulted_on")).toString(), QStringLiteral("2024-01-05"));
        const QJsonObject file = evidenceArray.at(1).toObject();
        QCOMPARE(file.value(QStringLiteral("name")).toString(), QStringLiteral("padrón 2023.csv"));
        QCOMPARE(file.value(QStringLiteral("sha256")).toString().toLatin1(), sha256Of(fileBytes(evidence)));

        // A second set keeps the note and value, changes the status; the default evaluator is used.
        set = runOn(library, {QStringLiteral("progress"), QStringLiteral("set"), QString::number(plan), QString::number(census),
                              QStringLiteral("--semester"), QStringLiteral("2023-S2"), QStringLiteral("--status"),
                              QStringLiteral("partially-met")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        values = list(library, plan).at(0).toObject().value(QStringLiteral("values")).toObject();
        QCOMPARE(values.value(QStringLiteral("status")).toString(), QStringLiteral("partially-met"));
        QCOMPARE(values.value(QStringLiteral("note")).toString(), QStringLiteral("Padrón a medias"));
        QCOMPARE(values.value(QStringLiteral("evaluator")).toString(), QStringLiteral("Evaluadora"));
        QVERIFY(list(library, plan, QStringLiteral("2024-S1")).isEmpty());

        const CliRun history = runOn(library, {QStringLiteral("progress"), QStringLiteral("history"), QString::number(census),
                                               QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(history.exitCode == 0, history.err.constData());
        const QJsonArray entries = history.json().toArray();
        QStringList actions;
        for (const QJsonValue &entry : entries)
            actions.append(entry.toObject().value(QStringLiteral("action")).toString());
        QCOMPARE(actions, (QStringList{QStringLiteral("set"), QStringLiteral("evidence"), QStringLiteral("evidence"), QStringLiteral("set")}));
        const QJsonObject last = entries.last().toObject();
        QCOMPARE(last.value(QStringLiteral("changed_by")).toString(), QStringLiteral("Evaluadora"));
        QCOMPARE(last.value(QStringLiteral("old_values")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("in-progress"));
        QCOMPARE(last.value(QStringLiteral("new_values")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("partially-met"));
        const CliRun table = runOn(library, {QStringLiteral("progress"), QStringLiteral("list"), QString::number(plan)});
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = QString::fromUtf8(table.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("RECORD\tITEM")));
        QVERIFY2(lines.at(1).contains(QStringLiteral("\tpartially-met\t40\t40\t100\t2\tEvaluadora\tPadrón a medias\t100% de población")),
                 qPrintable(lines.at(1)));
        const CliRun unknown = runOn(library, {QStringLiteral("progress"), QStringLiteral("history"), QStringLiteral("987654")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("no item 987654"));
        const CliRun text = runOn(library, {QStringLiteral("progress"), QStringLiteral("history"), QString::number(census)});
        QVERIFY(text.out.contains("in-progress (En proceso)"));
        QVERIFY(text.out.contains(" -> partially-met"));

        // The stored file comes back out, byte for byte, under a clean name in the folder given.
        const QString outDir = path(QStringLiteral("evidence-out"));
        QVERIFY(QDir().mkpath(outDir));
        const CliRun saved = runOn(library, {QStringLiteral("progress"), QStringLiteral("evidence"),
                                             QString::number(file.value(QStringLiteral("id")).toInteger()),
                                             QStringLiteral("--out"), outDir});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        const QString written = QString::fromUtf8(saved.out).trimmed();
        QCOMPARE(QFileInfo(written).absolutePath(), QFileInfo(outDir).absoluteFilePath());
        QVERIFY2(QFileInfo(written).fileName().endsWith(QStringLiteral("padrón_2023.csv")), qPrintable(written));
        QCOMPARE(fileBytes(written), fileBytes(evidence));
    }

    void setRefusesBadInput()
    {
        qint64 plan = 0;
        const QString library = libraryWith(samplePlan(QStringLiteral("refusals")), &plan);
        const qint64 meta = item(library, plan, QStringLiteral("Dos mil"));
        const qint64 problem = item(library, plan, QStringLiteral("Desempleo"));
        const auto set = [&](qint64 planId, qint64 itemId, const QStringList &extra) {
            QStringList arguments{QStringLiteral("progress"), QStringLiteral("set"), QString::number(planId), QString::number(itemId)};
            return runOn(library, arguments + extra);
        };
        const QStringList base{QStringLiteral("--semester"), QStringLiteral("2024-S1")};
        QCOMPARE(set(plan, meta, base + QStringList{QStringLiteral("--status"), QStringLiteral("done")}).exitCode, 2);
        QCOMPARE(set(plan, meta, base + QStringList{QStringLiteral("--status"), QStringLiteral("met"), QStringLiteral("--percent"),
                                                    QStringLiteral("5"), QStringLiteral("--value"), QStringLiteral("3")}).exitCode, 2);
        QCOMPARE(set(plan, meta, base + QStringList{QStringLiteral("--status"), QStringLiteral("met"), QStringLiteral("--percent"),
                                                    QStringLiteral("abc")}).exitCode, 2);
        QCOMPARE(set(plan, meta, {QStringLiteral("--status"), QStringLiteral("met")}).exitCode, 2);
        CliRun result = set(plan + 1, meta, base + QStringList{QStringLiteral("--status"), QStringLiteral("met")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("belongs to plan"), result.err.constData());
        result = set(plan, problem, base + QStringList{QStringLiteral("--status"), QStringLiteral("met")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("only objectives and metas"), result.err.constData());
        result = set(plan, meta, {QStringLiteral("--semester"), QStringLiteral("2030-S1"), QStringLiteral("--status"), QStringLiteral("met")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("2030-S1"), result.err.constData());
        result = set(plan, meta, base + QStringList{QStringLiteral("--status"), QStringLiteral("met"), QStringLiteral("--percent"), QStringLiteral("120")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(list(library, plan).isEmpty());
        const QString missing = path(QStringLiteral("no-such-evidence.pdf"));
        result = set(plan, meta, base + QStringList{QStringLiteral("--status"), QStringLiteral("met"), QStringLiteral("--evidence-file"), missing});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(missing.toUtf8()), result.err.constData());

        QCOMPARE(runOn(library, {QStringLiteral("progress"), QStringLiteral("nonsense")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("progress")}).exitCode, 2);
        const CliRun help = run({QStringLiteral("progress"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("reimport"));
    }

    void semestersCanBeSet()
    {
        qint64 plan = 0;
        const QString library = libraryWith(samplePlan(QStringLiteral("semesters")), &plan);
        CliRun result = runOn(library, {QStringLiteral("progress"), QStringLiteral("semesters"), QString::number(plan)});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts).size(), 8);
        result = runOn(library, {QStringLiteral("progress"), QStringLiteral("semesters"), QString::number(plan), QStringLiteral("--set"),
                                 QStringLiteral("2027-s1,2026-S2")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(QString::fromUtf8(result.out), QStringLiteral("2026-S2\n2027-S1\n"));
        result = runOn(library, {QStringLiteral("progress"), QStringLiteral("semesters"), QString::number(plan), QStringLiteral("--set"),
                                 QStringLiteral("2027-S9")});
        QCOMPARE(result.exitCode, 1);
    }

    void exportImportMergesAndReportsConflicts()
    {
        qint64 planA = 0;
        qint64 planB = 0;
        const QString libraryA = libraryWith(samplePlan(), &planA);
        const QString libraryB = libraryWith(samplePlan(), &planB);
        const auto set = [&](const QString &library, qint64 plan, const QString &prefix, const QString &status) {
            return runOn(library, {QStringLiteral("progress"), QStringLiteral("set"), QString::number(plan),
                                   QString::number(item(library, plan, prefix)), QStringLiteral("--semester"),
                                   QStringLiteral("2024-S1"), QStringLiteral("--status"), status}).exitCode;
        };
        QCOMPARE(set(libraryA, planA, QStringLiteral("100%"), QStringLiteral("met")), 0);
        QCOMPARE(set(libraryA, planA, QStringLiteral("Dos mil"), QStringLiteral("in-progress")), 0);
        QCOMPARE(set(libraryB, planB, QStringLiteral("Dos mil"), QStringLiteral("not-started")), 0);

        const QString file = path(QStringLiteral("grupo-a.json"));
        CliRun result = runOn(libraryA, {QStringLiteral("progress"), QStringLiteral("export"), QString::number(planA),
                                         QStringLiteral("--out"), file, QStringLiteral("--group"), QStringLiteral("Grupo A")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(QFileInfo::exists(file));

        result = runOn(libraryB, {QStringLiteral("progress"), QStringLiteral("import"), file});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QString text = QString::fromUtf8(result.out);
        QVERIFY2(text.contains(QStringLiteral("1 records added")) && text.contains(QStringLiteral("1 conflicts")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ours:   not-started")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("theirs: in-progress")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(Grupo A)")), qPrintable(text));

        // Twice: nothing new.
        result = runOn(libraryB, {QStringLiteral("progress"), QStringLiteral("import"), file, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject again = result.json().toObject();
        QCOMPARE(again.value(QStringLiteral("added_records")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("added_history")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("added_evidence")).toInt(), 0);
        QVERIFY(again.value(QStringLiteral("conflicts")).toArray().isEmpty());

        result = runOn(libraryB, {QStringLiteral("progress"), QStringLiteral("conflicts"), QString::number(planB),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray conflicts = result.json().toArray();
        QCOMPARE(conflicts.size(), 1);
        const qint64 conflictId = conflicts.at(0).toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(runOn(libraryB, {QStringLiteral("progress"), QStringLiteral("resolve"), QString::number(conflictId),
                                  QStringLiteral("--take"), QStringLiteral("maybe")}).exitCode, 2);
        result = runOn(libraryB, {QStringLiteral("progress"), QStringLiteral("resolve"), QString::number(conflictId),
                                  QStringLiteral("--take"), QStringLiteral("theirs")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(runOn(libraryB, {QStringLiteral("progress"), QStringLiteral("resolve"), QString::number(conflictId),
                                  QStringLiteral("--take"), QStringLiteral("ours")}).exitCode, 1);
        QSet<QString> statuses;
        for (const QJsonValue &record : list(libraryB, planB))
            statuses.insert(record.toObject().value(QStringLiteral("values")).toObject().value(QStringLiteral("status")).toString());
        QCOMPARE(statuses, (QSet<QString>{QStringLiteral("met"), QStringLiteral("in-progress")}));
        QVERIFY(runOn(libraryB, {QStringLiteral("progress"), QStringLiteral("conflicts"), QString::number(planB)}).out.isEmpty());

        // A file about a plan this library does not hold.
        qint64 otherPlan = 0;
        const QString otherLibrary = libraryWith(samplePlan(QStringLiteral("another source")), &otherPlan);
        result = runOn(otherLibrary, {QStringLiteral("progress"), QStringLiteral("import"), file});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("not in the library"), result.err.constData());
        result = runOn(otherLibrary, {QStringLiteral("progress"), QStringLiteral("import"), file, QStringLiteral("--plan"),
                                      QString::number(otherPlan)});
        QVERIFY2(result.exitCode == 0 && result.out.contains("2 records added"), result.out.constData());

        // Bad files: one message naming the file.
        const QString junk = path(QStringLiteral("junk.json"));
        writeFile(junk, "{ not json");
        result = runOn(libraryB, {QStringLiteral("progress"), QStringLiteral("import"), junk});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(junk.toUtf8()) && result.err.contains("not a Vigía tracking file"), result.err.constData());
    }

    void reimportKeepsProgressAndListsTheRest()
    {
        qint64 plan = 0;
        const QString library = libraryWith(samplePlan(), &plan);
        const auto set = [&](const QString &prefix, const QString &status) {
            return runOn(library, {QStringLiteral("progress"), QStringLiteral("set"), QString::number(plan),
                                   QString::number(item(library, plan, prefix)), QStringLiteral("--semester"),
                                   QStringLiteral("2023-S2"), QStringLiteral("--status"), status}).exitCode;
        };
        QCOMPARE(set(QStringLiteral("100%"), QStringLiteral("met")), 0);
        QCOMPARE(set(QStringLiteral("Dos mil"), QStringLiteral("not-met")), 0);
        QCOMPARE(set(QStringLiteral("Reducir la anemia"), QStringLiteral("in-progress")), 0);

        Plan corrected = samplePlan();
        corrected.dimensions[0].rows[0].items(ItemKind::Target)[0].text = QStringLiteral("100 % de la población vulnerable empadronada");
        corrected.dimensions[1].rows[0].items(ItemKind::Target)[0].text = QStringLiteral("Construir un mercado mayorista");
        const QString file = path(QStringLiteral("corregido.json"));
        writeFile(file, PlanJson::toJson(corrected));

        CliRun result = runOn(library, {QStringLiteral("progress"), QStringLiteral("reimport"), QString::number(plan), file,
                                        QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject outcome = result.json().toObject();
        const qint64 newPlan = outcome.value(QStringLiteral("new_plan_id")).toInteger();
        QVERIFY(newPlan != plan && newPlan > 0);
        QCOMPARE(outcome.value(QStringLiteral("moved")).toArray().size(), 2);
        const QJsonArray unmatched = outcome.value(QStringLiteral("unmatched")).toArray();
        QCOMPARE(unmatched.size(), 1);
        QCOMPARE(unmatched.at(0).toObject().value(QStringLiteral("values")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("not-met"));

        const QJsonArray moved = list(library, newPlan);
        QCOMPARE(moved.size(), 2);
        QCOMPARE(moved.at(1).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("100 % de la población vulnerable empadronada"));
        QCOMPARE(moved.at(1).toObject().value(QStringLiteral("values")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("met"));

        const qint64 record = unmatched.at(0).toObject().value(QStringLiteral("id")).toInteger();
        result = runOn(library, {QStringLiteral("progress"), QStringLiteral("attach"), QString::number(record),
                                 QString::number(item(library, newPlan, QStringLiteral("Construir un mercado")))});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(list(library, newPlan).size(), 3);
        QVERIFY(list(library, plan).isEmpty());

        // The same file again is the plan already imported; nothing left to move.
        result = runOn(library, {QStringLiteral("progress"), QStringLiteral("reimport"), QString::number(plan), file});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("already in the library") && result.out.contains("0 records moved"), result.out.constData());
        result = runOn(library, {QStringLiteral("progress"), QStringLiteral("reimport"), QString::number(plan), path(QStringLiteral("missing.json"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("missing.json"));
    }

    void reportWritesPdfAndHtml()
    {
        qint64 plan = 0;
        const QString library = libraryWith(samplePlan(QStringLiteral("report")), &plan);
        QCOMPARE(runOn(library, {QStringLiteral("progress"), QStringLiteral("set"), QString::number(plan),
                                 QString::number(item(library, plan, QStringLiteral("Dos mil"))), QStringLiteral("--semester"),
                                 QStringLiteral("2023-S2"), QStringLiteral("--status"), QStringLiteral("met"),
                                 QStringLiteral("--note"), QStringLiteral("Planillas verificadas")}).exitCode, 0);
        const QString pdf = path(QStringLiteral("informe.pdf"));
        CliRun result = runOn(library, {QStringLiteral("report"), QString::number(plan), QStringLiteral("--semester"),
                                        QStringLiteral("2023-S2"), QStringLiteral("--out"), pdf});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Metas cumplidas: 1 de 3")), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(QStringLiteral("Cumplida 1")), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(QStringLiteral("Sin información 2")), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(QStringLiteral("Planillas")), qPrintable(text.left(2000)));

        const QString html = path(QStringLiteral("informe.html"));
        result = runOn(library, {QStringLiteral("report"), QString::number(plan), QStringLiteral("--semester"),
                                 QStringLiteral("2023-s2"), QStringLiteral("--out"), html});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(fileBytes(html).contains("Metas cumplidas: 1 de 3"));

        QCOMPARE(runOn(library, {QStringLiteral("report"), QString::number(plan), QStringLiteral("--semester"),
                                 QStringLiteral("2023-S2"), QStringLiteral("--out"), path(QStringLiteral("informe.txt"))}).exitCode, 2);
        result = runOn(library, {QStringLiteral("report"), QString::number(plan), QStringLiteral("--semester"),
                                 QStringLiteral("2040-S1"), QStringLiteral("--out"), path(QStringLiteral("x.pdf"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("2040-S1"));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestProgressCommands)
#include "TestProgressCommands.moc"
