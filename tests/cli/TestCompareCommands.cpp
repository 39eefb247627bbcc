#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// vigia-cli compare and topics, run as a separate process on a library holding the gold plans of
// the two Independencia seeds (000, 001) and one more.
class TestCompareCommands : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_library;

    CliRun run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/data")));
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

    CliRun runOnLibrary(QStringList arguments)
    {
        arguments << QStringLiteral("--db") << m_library;
        return run(arguments);
    }

    static QString goldFile(const QString &prefix)
    {
        const QDir gold(QStringLiteral(VIGIA_SAMPLES_DIR "/gold"));
        return gold.filePath(gold.entryList({prefix + QStringLiteral("_*.gold.json")}).value(0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("library.vigia"));
        const CliRun imported = runOnLibrary({QStringLiteral("import"), goldFile(QStringLiteral("000")),
                                              goldFile(QStringLiteral("001")), goldFile(QStringLiteral("004"))});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    void comparesAsJson()
    {
        const CliRun compared = runOnLibrary({QStringLiteral("compare"), QStringLiteral("1"), QStringLiteral("2")});
        QVERIFY2(compared.exitCode == 0, compared.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(compared.out).object();
        const QJsonArray plans = json.value(QStringLiteral("plans")).toArray();
        QCOMPARE(plans.size(), 2);
        QCOMPARE(plans[0].toObject().value(QStringLiteral("id")).toInteger(), 1);
        QCOMPARE(plans[1].toObject().value(QStringLiteral("items")).toInt(), 48);
        bool vulnerableInBoth = false;
        for (const QJsonValue &topic : json.value(QStringLiteral("topics")).toArray()) {
            const QJsonArray counts = topic.toObject().value(QStringLiteral("counts")).toArray();
            QCOMPARE(counts.size(), 2);
            if (topic.toObject().value(QStringLiteral("key")).toString() == u"poblacion-vulnerable")
                vulnerableInBoth = counts[0].toInt() > 0 && counts[1].toInt() > 0;
        }
        QVERIFY(vulnerableInBoth);
        const QJsonArray pairs = json.value(QStringLiteral("pairs")).toArray();
        QVERIFY(!pairs.isEmpty());
        QVERIFY(pairs[0].toObject().value(QStringLiteral("score")).toDouble() >= 0.2);
        const QJsonArray measurability = json.value(QStringLiteral("measurability")).toArray();
        QCOMPARE(measurability.size(), 2);
        QCOMPARE(measurability[0].toObject().value(QStringLiteral("metas")).toInt(), 85);
        QVERIFY(measurability[0].toObject().value(QStringLiteral("shares")).toObject().contains(QStringLiteral("measurable")));
        // Every meta with its text, class, the rubric's clause, and what it states (clause 5).
        const QJsonArray metas = json.value(QStringLiteral("metas")).toArray();
        QCOMPARE(metas.size(), 85 + measurability[1].toObject().value(QStringLiteral("metas")).toInt());
        bool percentageSeen = false;
        for (const QJsonValue &value : metas) {
            const QJsonObject meta = value.toObject();
            QVERIFY(!meta.value(QStringLiteral("text")).toString().isEmpty());
            const QString level = meta.value(QStringLiteral("level")).toString();
            const QString clause = meta.value(QStringLiteral("clause")).toString();
            QVERIFY2(QStringList({QStringLiteral("1a"), QStringLiteral("1b"), QStringLiteral("1c"), QStringLiteral("1d")}).contains(clause)
                         == (level == u"measurable"),
                     qPrintable(level + u' ' + clause));
            if (meta.value(QStringLiteral("text")).toString() == u"25% DE POBLACIÓN ATENDIDA") {
                percentageSeen = true;
                QCOMPARE(level, QStringLiteral("measurable"));
                QCOMPARE(clause, QStringLiteral("1a"));
                QCOMPARE(meta.value(QStringLiteral("quantity")).toString(), QStringLiteral("25%"));
                QVERIFY(!meta.value(QStringLiteral("unit")).toString().isEmpty());
            }
            // Clause 5: a unit for measurable metas only; a quantity only for a printed figure.
            if (level != u"measurable")
                QVERIFY(meta.value(QStringLiteral("unit")).isNull());
            if (clause != u"1a")
                QVERIFY2(meta.value(QStringLiteral("quantity")).isNull(), qPrintable(meta.value(QStringLiteral("text")).toString()));
        }
        QVERIFY(percentageSeen);

        // A higher threshold gives fewer pairs.
        const CliRun strict = runOnLibrary({QStringLiteral("compare"), QStringLiteral("1"), QStringLiteral("2"),
                                            QStringLiteral("--threshold"), QStringLiteral("0.4")});
        QCOMPARE(strict.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(strict.out).object().value(QStringLiteral("pairs")).toArray().size() < pairs.size());
    }

    void comparesThreePlansAsCsvAndHtml()
    {
        const CliRun csv = runOnLibrary({QStringLiteral("compare"), QStringLiteral("1"), QStringLiteral("2"),
                                         QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        const QString text = QString::fromUtf8(csv.out);
        QVERIFY(text.startsWith(QStringLiteral("section,dimension,topic,kind,score,")));
        QVERIFY(text.contains(QStringLiteral("OTUZCO")));
        QVERIFY(text.contains(QStringLiteral("\r\ntopic,,Seguridad ciudadana,,,")));

        const CliRun html = runOnLibrary({QStringLiteral("compare"), QStringLiteral("1"), QStringLiteral("2"),
                                          QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("html")});
        QVERIFY2(html.exitCode == 0, html.err.constData());
        const QString page = QString::fromUtf8(html.out);
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("JUNTOS POR EL PERU")));
        QVERIFY(!page.contains(QStringLiteral("<script")));
    }

    void refusesBadArguments()
    {
        const CliRun one = runOnLibrary({QStringLiteral("compare"), QStringLiteral("1")});
        QCOMPARE(one.exitCode, 2);
        QVERIFY(one.err.contains("give 2 to 4 plan ids"));
        const CliRun format = runOnLibrary({QStringLiteral("compare"), QStringLiteral("1"), QStringLiteral("2"),
                                            QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(format.exitCode, 2);
        QVERIFY(format.err.contains("unknown format 'pdf'"));
        const CliRun threshold = runOnLibrary({QStringLiteral("compare"), QStringLiteral("1"), QStringLiteral("2"),
                                               QStringLiteral("--threshold"), QStringLiteral("2")});
        QCOMPARE(threshold.exitCode, 2);
        const CliRun missing = runOnLibrary({QStringLiteral("compare"), QStringLiteral("1"), QStringLiteral("99")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("no plan 99"));
        const CliRun twice = runOnLibrary({QStringLiteral("compare"), QStringLiteral("1"), QStringLiteral("1")});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(twice.err.contains("appears twice"));
    }

    void listsAndEditsTopics()
    {
        const CliRun listed = runOnLibrary({QStringLiteral("topics"), QStringLiteral("2"), QStringLiteral("--format"),
                                            QStringLiteral("json")});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QJsonArray items = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(items.size(), 48);
        qint64 untopiced = 0;
        for (const QJsonValue &item : items) {
            if (item.toObject().value(QStringLiteral("topics")).toArray().isEmpty()
                && item.toObject().value(QStringLiteral("text")).toString() == u"25% DE POBLACIÓN ATENDIDA") {
                untopiced = item.toObject().value(QStringLiteral("item_id")).toInteger();
                break;
            }
        }
        QVERIFY(untopiced > 0);
        const QString itemId = QString::number(untopiced);
        const CliRun assigned = runOnLibrary({QStringLiteral("topics"), QStringLiteral("assign"), itemId,
                                              QStringLiteral("poblacion-vulnerable")});
        QVERIFY2(assigned.exitCode == 0, assigned.err.constData());
        // A taxonomy edit makes topics recompute; the manual one stays.
        const CliRun added = runOnLibrary({QStringLiteral("topics"), QStringLiteral("add"), QStringLiteral("Conciencia ambiental"),
                                           QStringLiteral("conciencia ambiental")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const CliRun text = runOnLibrary({QStringLiteral("topics"), QStringLiteral("2")});
        QCOMPARE(text.exitCode, 0);
        const QString output = QString::fromUtf8(text.out);
        QVERIFY(output.contains(itemId + QStringLiteral("\tSocial\ttarget\tPoblación vulnerable (manual)\t25% DE POBLACIÓN ATENDIDA")));
        // Each computed topic says which keyword put the item in it.
        QVERIFY2(output.contains(QStringLiteral("Conciencia ambiental (\"conciencia ambiental\")\t30% POBLACIÓN CON CONCIENCIA AMBIENTAL")), qPrintable(output));
        const CliRun json = runOnLibrary({QStringLiteral("topics"), QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json")});
        bool keywordShown = false;
        for (const QJsonValue &item : QJsonDocument::fromJson(json.out).array()) {
            for (const QJsonValue &topic : item.toObject().value(QStringLiteral("topics")).toArray()) {
                const QJsonObject entry = topic.toObject();
                if (entry.value(QStringLiteral("key")).toString() == u"conciencia-ambiental")
                    keywordShown = entry.value(QStringLiteral("keyword")).toString() == u"conciencia ambiental";
                if (entry.value(QStringLiteral("origin")).toString() == u"manual")
                    QVERIFY(!entry.contains(QStringLiteral("keyword")));
            }
        }
        QVERIFY(keywordShown);

        const CliRun exported = runOnLibrary({QStringLiteral("topics"), QStringLiteral("export")});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.out.contains("\"conciencia-ambiental\""));
        const CliRun unknown = runOnLibrary({QStringLiteral("topics"), QStringLiteral("remove"), QStringLiteral("nada")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("no topic 'nada'"));
        const CliRun bad = runOnLibrary({QStringLiteral("topics"), QStringLiteral("frobnicate")});
        QCOMPARE(bad.exitCode, 2);
        const QString badFile = m_dir.filePath(QStringLiteral("bad-topics.json"));
        QFile file(badFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"topics\": 3}");
        file.close();
        const CliRun refused = runOnLibrary({QStringLiteral("topics"), QStringLiteral("import"), badFile});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(badFile.toUtf8()));
        QVERIFY(refused.err.contains("not a Vigía topic list"));
    }
};

QTEST_GUILESS_MAIN(TestCompareCommands)
#include "TestCompareCommands.moc"
