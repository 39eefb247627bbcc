#include "json/PlanJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vigia;

class TestPlanJson : public QObject {
    Q_OBJECT
private:
    static Plan samplePlan()
    {
        Plan plan;
        plan.sourceFileName = QStringLiteral("plan.pdf");
        plan.metadata.organization = QStringLiteral("JUNTOS POR EL PERU");
        plan.metadata.period = QStringLiteral("2023-2026");
        Dimension social;
        social.name = QStringLiteral("Social");
        Row row;
        Item problem;
        problem.text = QStringLiteral("Población vulnerable sin atención");
        problem.marker = QStringLiteral("1.");
        problem.source.page = 3;
        problem.source.boxes = {QRectF(72.5, 100.25, 200, 12)};
        problem.source.ocrConfidence = 62;
        row.items(ItemKind::Problem).append(problem);
        Item target;
        target.text = QStringLiteral("100% de población empadronada");
        target.source.line = 42;
        row.items(ItemKind::Target).append(target);
        social.rows.append(row);
        plan.dimensions.append(social);
        return plan;
    }

private Q_SLOTS:
    void writesTheInterchangeFormat()
    {
        const QJsonObject object = QJsonDocument::fromJson(PlanJson::toJson(samplePlan())).object();
        QCOMPARE(object.value(QStringLiteral("source")).toString(), QStringLiteral("plan.pdf"));
        const QJsonObject metadata = object.value(QStringLiteral("plan")).toObject();
        QVERIFY(metadata.value(QStringLiteral("place")).isNull());
        QCOMPARE(metadata.value(QStringLiteral("period")).toString(), QStringLiteral("2023-2026"));
        const QJsonObject row = object.value(QStringLiteral("dimensions")).toArray().at(0).toObject()
                                    .value(QStringLiteral("rows")).toArray().at(0).toObject();
        for (const char *field : {"problems", "objectives", "indicators", "metas"})
            QVERIFY2(row.value(QLatin1String(field)).isArray(), field);
        const QJsonObject problem = row.value(QStringLiteral("problems")).toArray().at(0).toObject();
        QCOMPARE(problem.value(QStringLiteral("text")).toString(), QStringLiteral("Población vulnerable sin atención"));
        QCOMPARE(problem.value(QStringLiteral("page")).toInt(), 3);
        QCOMPARE(problem.value(QStringLiteral("boxes")).toArray().at(0).toArray().at(1).toDouble(), 100.25);
        QCOMPARE(problem.value(QStringLiteral("ocr_confidence")).toInt(), 62);
        // An item read from text says nothing of OCR.
        const QJsonObject target = row.value(QStringLiteral("metas")).toArray().at(0).toObject();
        QVERIFY(!target.contains(QStringLiteral("ocr_confidence")));
    }
    void roundTrips()
    {
        const Plan plan = samplePlan();
        Plan read;
        QString error;
        QVERIFY2(PlanJson::fromJson(PlanJson::toJson(plan), &read, &error), qPrintable(error));
        QCOMPARE(read, plan);
    }
    void readsPlainStringItems()
    {
        const QByteArray json = R"({"source":"x.txt","plan":{},"dimensions":[{"name":"Social","rows":[{"problems":["a"],"metas":["b","c"]}]}]})";
        Plan plan;
        QString error;
        QVERIFY(PlanJson::fromJson(json, &plan, &error));
        QCOMPARE(plan.itemCount(), 3);
        QCOMPARE(plan.itemCount(ItemKind::Target), 2);
        QVERIFY(plan.metadata.vision.isNull());
    }
    void refusesMalformedJson()
    {
        Plan plan;
        QString error;
        QVERIFY(!PlanJson::fromJson("{", &plan, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!PlanJson::fromJson(R"({"dimensions":[{"rows":[]}]})", &plan, &error));
        QVERIFY(!PlanJson::fromJson(R"({"dimensions":[{"name":"S","rows":[{"metas":[7]}]}]})", &plan, &error));
    }
};

QTEST_GUILESS_MAIN(TestPlanJson)
#include "TestPlanJson.moc"
