#include "json/PlanJson.h"
#include "readers/PlanFileReader.h"
#include "readers/PlanJsonReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

class TestPlanJsonReader : public QObject {
    Q_OBJECT
private:
    static Plan samplePlan()
    {
        Plan plan;
        plan.id = 41;
        plan.sourceFileName = QStringLiteral("original.pdf");
        plan.sourceSha256 = "00ff";
        plan.layout = QStringLiteral("columns");
        plan.metadata.place = QStringLiteral("ILO");
        Dimension dimension;
        dimension.id = 5;
        dimension.name = QStringLiteral("Ambiental");
        Row row;
        row.id = 6;
        Item item;
        item.id = 7;
        item.text = QStringLiteral("Residuos sólidos sin tratamiento");
        item.source.page = 2;
        row.items(ItemKind::Problem).append(item);
        dimension.rows.append(row);
        plan.dimensions.append(dimension);
        return plan;
    }

private Q_SLOTS:
    void acceptsJsonObjectsInJsonFiles()
    {
        const PlanJsonReader reader;
        QCOMPARE(reader.id(), QStringLiteral("json"));
        QVERIFY(reader.accepts(QStringLiteral("plan.json"), "{\"source\": 1}"));
        QVERIFY(reader.accepts(QStringLiteral("PLAN.JSON"), "\xEF\xBB\xBF \n {"));
        QVERIFY(!reader.accepts(QStringLiteral("plan.txt"), "{\"source\": 1}"));
        QVERIFY(!reader.accepts(QStringLiteral("plan.json"), "[1, 2]"));
        QVERIFY(!reader.accepts(QStringLiteral("plan.json"), "\x89PNG\r\n"));
    }

    void readsPlanJsonAndDropsLibraryIds()
    {
        const PlanJsonReader reader;
        const ReadResult result = reader.read(PlanJson::toJson(samplePlan()), QStringLiteral("export.json"), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.plan.id, 0);
        QCOMPARE(result.plan.dimensions.at(0).id, 0);
        QCOMPARE(result.plan.dimensions.at(0).rows.at(0).id, 0);
        const Item &item = result.plan.dimensions.at(0).rows.at(0).items(ItemKind::Problem).at(0);
        QCOMPARE(item.id, 0);
        QCOMPARE(item.text, QStringLiteral("Residuos sólidos sin tratamiento"));
        QCOMPARE(item.source.page, 2);
        QCOMPARE(result.plan.layout, QStringLiteral("columns"));
        QCOMPARE(result.plan.metadata.place, QStringLiteral("ILO"));
        QVERIFY(result.plan.metadata.organization.isNull());
    }

    void aPlanWithoutLayoutGetsTheReadersId()
    {
        Plan plan = samplePlan();
        plan.layout.clear();
        const ReadResult result = PlanJsonReader().read(PlanJson::toJson(plan), QStringLiteral("gold.json"), {});
        QVERIFY(result.ok());
        QCOMPARE(result.plan.layout, QStringLiteral("json"));
    }

    void refusesJsonThatIsNotAPlan()
    {
        const PlanJsonReader reader;
        for (const QByteArray &json : {QByteArray("{\"name\": \"package\", \"version\": 2}"), QByteArray("{\"dimensions\": []}"),
                                       QByteArray("{\"dimensions\": [{\"rows\": []}]}"), QByteArray("{ not json")}) {
            const ReadResult result = reader.read(json, QStringLiteral("x.json"), {});
            QVERIFY2(!result.ok(), json.constData());
            QCOMPARE(result.failure, ReadResult::Failure::NotAPlan);
            QVERIFY2(result.error.startsWith(QStringLiteral("not plan JSON")), qPrintable(result.error));
        }
    }

    void theDefaultRegistryReadsPlanJsonFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("exported.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes = PlanJson::toJson(samplePlan());
        file.write(bytes);
        file.close();
        const ReadResult result = PlanFileReader().readFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.plan.sourceFileName, QStringLiteral("exported.json"));
        QCOMPARE(result.plan.sourceSha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
};

QTEST_GUILESS_MAIN(TestPlanJsonReader)
#include "TestPlanJsonReader.moc"
