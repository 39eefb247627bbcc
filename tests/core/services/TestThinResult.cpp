#include "readers/PlanFileReader.h"
#include "readers/PlanLayout.h"
#include "services/ThinResult.h"

#include <QDir>
#include <QTest>

using namespace vigia;

namespace {

Item itemOf(const QString &text)
{
    Item item;
    item.text = text;
    return item;
}

// A plan of `rows` rows in one dimension, each with an objective and a meta, and a problem when asked.
Plan planOf(int rows, const QString &layout, bool problems)
{
    Plan plan;
    plan.layout = layout;
    Dimension dimension;
    dimension.name = QStringLiteral("Social");
    for (int index = 0; index < rows; ++index) {
        Row row;
        if (problems)
            row.items(ItemKind::Problem).append(itemOf(QStringLiteral("Baja cobertura de agua potable")));
        row.items(ItemKind::Objective).append(itemOf(QStringLiteral("Ampliar la cobertura de agua")));
        row.items(ItemKind::Target).append(itemOf(QStringLiteral("90% de hogares con agua potable al 2026")));
        dimension.rows.append(row);
    }
    plan.dimensions.append(dimension);
    return plan;
}

} // namespace

// Signs of a thin reading: each rule on plans made for it, and no warning on the real plans and
// rendered seeds the readers read well.
class TestThinResult : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fewRowsForManyPages()
    {
        const Plan plan = planOf(3, PlanLayout::table(), true);
        const QStringList thin = ThinResult::warnings(plan, 40);
        QCOMPARE(thin.size(), 1);
        QVERIFY2(thin.constFirst().contains(QStringLiteral("3")) && thin.constFirst().contains(QStringLiteral("40")),
                 qPrintable(thin.constFirst()));
        // A short document, or a text one (no pages), is not judged by its length.
        QVERIFY(ThinResult::warnings(plan, 11).isEmpty());
        QVERIFY(ThinResult::warnings(plan, 0).isEmpty());
        QVERIFY(ThinResult::warnings(planOf(10, PlanLayout::table(), true), 40).isEmpty());
    }

    void noProblemInALayoutThatHasThem()
    {
        for (const QString &layout : {PlanLayout::table(), PlanLayout::summaryTable(), PlanLayout::outline()})
            QCOMPARE(ThinResult::warnings(planOf(6, layout, false), 0).size(), 1);
        // Narratives, cards and a plan's own sections often state no problems.
        for (const QString &layout : {PlanLayout::narrative(), PlanLayout::cards(), PlanLayout::sections()})
            QVERIFY(ThinResult::warnings(planOf(6, layout, false), 0).isEmpty());
        QVERIFY(ThinResult::warnings(planOf(6, PlanLayout::table(), true), 0).isEmpty());
    }

    void headingsReadAsMetas()
    {
        QVERIFY(ThinResult::looksLikeHeading(QStringLiteral("EDUCACIÓN")));
        QVERIFY(ThinResult::looksLikeHeading(QStringLiteral("Eje social:")));
        QVERIFY(ThinResult::looksLikeHeading(QStringLiteral("DESARROLLO ECONÓMICO LOCAL")));
        QVERIFY(!ThinResult::looksLikeHeading(QStringLiteral("25% DE POBLACIÓN ATENDIDA")));
        QVERIFY(!ThinResult::looksLikeHeading(QStringLiteral("MEJORAR LA ATENCIÓN DE LA POBLACIÓN EN TODOS LOS CENTROS")));
        QVERIFY(!ThinResult::looksLikeHeading(QStringLiteral("Hogares con agua potable")));
        QVERIFY(!ThinResult::looksLikeHeading(QStringLiteral("A.")));

        Plan plan = planOf(6, PlanLayout::table(), true);
        Row &row = plan.dimensions.first().rows.first();
        row.items(ItemKind::Target).append(itemOf(QStringLiteral("EDUCACIÓN")));
        row.items(ItemKind::Target).append(itemOf(QStringLiteral("SALUD")));
        QVERIFY(ThinResult::warnings(plan, 0).isEmpty()); // two may be real metas
        row.items(ItemKind::Target).append(itemOf(QStringLiteral("MEDIO AMBIENTE")));
        const QStringList thin = ThinResult::warnings(plan, 0);
        QCOMPARE(thin.size(), 1);
        QVERIFY2(thin.constFirst().contains(QStringLiteral("EDUCACIÓN")), qPrintable(thin.constFirst()));
    }

    // The plans the readers read well raise no alarm (a warning on a good reading teaches people to
    // ignore warnings).
    void noAlarmOnPlansReadWell()
    {
        const PlanFileReader reader;
        QStringList files;
        for (const QString &folder : {QStringLiteral("realplans"), QStringLiteral("pdf")}) {
            const QDir dir(QStringLiteral(VIGIA_SAMPLES_DIR "/") + folder);
            for (const QString &name : dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name))
                files.append(dir.filePath(name));
        }
        QVERIFY(files.size() >= 10);
        for (const QString &file : files) {
            const ReadResult read = reader.readFile(file);
            QVERIFY2(read.ok(), qPrintable(read.error));
            QVERIFY(read.layout);
            const QStringList thin = ThinResult::warnings(read.plan, read.layout->pageCount);
            QVERIFY2(thin.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(file, thin.join(QStringLiteral("; ")))));
        }
    }
};

QTEST_GUILESS_MAIN(TestThinResult)
#include "TestThinResult.moc"
