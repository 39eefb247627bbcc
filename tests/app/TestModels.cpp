#include "LibraryFilterModel.h"
#include "LibraryTableModel.h"
#include "PlanTreeModel.h"
#include "SearchResultsModel.h"
#include "json/PlanJson.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace vigia;
using namespace vigia::app;

namespace {

Plan loadGoldPlan(const QString &fileName)
{
    QFile file(QDir(QStringLiteral(VIGIA_SAMPLES_DIR "/gold")).filePath(fileName));
    Plan plan;
    if (!file.open(QIODevice::ReadOnly))
        return plan;
    QString error;
    PlanJson::fromJson(file.readAll(), &plan, &error);
    return plan;
}

QList<Plan> loadGoldPlans()
{
    QList<Plan> plans;
    const QStringList names = QDir(QStringLiteral(VIGIA_SAMPLES_DIR "/gold")).entryList({QStringLiteral("*.gold.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        plans.append(loadGoldPlan(name));
    return plans;
}

PlanSummary summaryOf(const Plan &plan, qint64 id)
{
    PlanSummary summary;
    summary.id = id;
    summary.sourceFileName = plan.sourceFileName;
    summary.metadata = plan.metadata;
    summary.dimensionCount = static_cast<int>(plan.dimensions.size());
    summary.rowCount = static_cast<int>(plan.rowCount());
    for (ItemKind kind : allItemKinds)
        summary.itemCounts[static_cast<size_t>(kind)] = static_cast<int>(plan.itemCount(kind));
    return summary;
}

PlanSummary summaryAt(const QString &place, const QString &organization, int problems, qint64 id)
{
    PlanSummary summary;
    summary.id = id;
    summary.metadata.place = place;
    summary.metadata.organization = organization;
    summary.itemCounts[0] = problems;
    return summary;
}

QStringList columnValues(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

// Walks a whole tree so that the model tester sees every index.
int countItems(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int count = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(PlanTreeModel::NodeTypeRole).toInt() == static_cast<int>(PlanTreeModel::NodeType::Item))
            ++count;
        count += countItems(model, index);
    }
    return count;
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void libraryModelShowsEveryPlanWithItsCounts()
    {
        const QList<Plan> gold = loadGoldPlans();
        QVERIFY(gold.size() >= 2);
        LibraryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<PlanSummary> summaries;
        for (int i = 0; i < gold.size(); ++i)
            summaries.append(summaryOf(gold[i], i + 1));
        model.setPlans(summaries);
        QCOMPARE(model.rowCount(), gold.size());
        for (int row = 0; row < gold.size(); ++row) {
            const Plan &plan = gold[row];
            QCOMPARE(model.index(row, LibraryTableModel::Items).data().toInt(), plan.itemCount());
            QCOMPARE(model.index(row, LibraryTableModel::Objectives).data().toInt(), plan.itemCount(ItemKind::Objective));
            QCOMPARE(model.index(row, LibraryTableModel::Targets).data().toInt(), plan.itemCount(ItemKind::Target));
            QCOMPARE(model.index(row, 0).data(LibraryTableModel::PlanIdRole).toLongLong(), row + 1);
            if (!plan.metadata.place.isEmpty())
                QCOMPARE(model.index(row, LibraryTableModel::Place).data().toString(), plan.metadata.place);
            else
                QVERIFY(!model.index(row, LibraryTableModel::Place).data().toString().isEmpty());
        }
        QCOMPARE(model.rowOfPlan(3), 2);
        QCOMPARE(model.rowOfPlan(999), -1);
        model.setPlans({});
        QCOMPARE(model.rowCount(), 0);
    }

    void librarySortsWithSpanishCollation()
    {
        LibraryTableModel model;
        model.setPlans({summaryAt(QStringLiteral("Ocoña"), QStringLiteral("b"), 10, 1),
                        summaryAt(QStringLiteral("Ñaña"), QStringLiteral("a"), 2, 2),
                        summaryAt(QStringLiteral("Nazca"), QStringLiteral("c"), 30, 3),
                        summaryAt(QString(), QStringLiteral("d"), 1, 4),
                        summaryAt(QStringLiteral("Ábancay"), QStringLiteral("e"), 9, 5),
                        summaryAt(QStringLiteral("zarumilla"), QStringLiteral("f"), 100, 6)});
        LibraryFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        proxy.sort(LibraryTableModel::Place, Qt::AscendingOrder);
        QCOMPARE(columnValues(proxy, LibraryTableModel::Place, LibraryTableModel::SortRole),
                 (QStringList{QStringLiteral("Ábancay"), QStringLiteral("Nazca"), QStringLiteral("Ñaña"),
                              QStringLiteral("Ocoña"), QStringLiteral("zarumilla"), QString()}));
        proxy.sort(LibraryTableModel::Place, Qt::DescendingOrder);
        QCOMPARE(columnValues(proxy, LibraryTableModel::Place, LibraryTableModel::SortRole).first(), QStringLiteral("zarumilla"));
        QCOMPARE(columnValues(proxy, LibraryTableModel::Place, LibraryTableModel::SortRole).last(), QString());

        // Counts sort as numbers, not as text.
        proxy.sort(LibraryTableModel::Problems, Qt::AscendingOrder);
        QCOMPARE(columnValues(proxy, LibraryTableModel::Problems), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("30"), QStringLiteral("100")}));
    }

    void libraryFiltersIgnoringAccentsAndCase()
    {
        LibraryTableModel model;
        model.setPlans({summaryAt(QStringLiteral("Ocoña"), QStringLiteral("Frente Amplio"), 1, 1),
                        summaryAt(QStringLiteral("Nazca"), QStringLiteral("Acción Popular"), 1, 2),
                        summaryAt(QStringLiteral("Acción"), QStringLiteral("Somos Perú"), 1, 3)});
        LibraryFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        proxy.setFilterWords(QStringLiteral("OCONA"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, LibraryTableModel::Place).data().toString(), QStringLiteral("Ocoña"));

        proxy.setFilterWords(QStringLiteral("accion"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterColumn(LibraryTableModel::Organization);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, LibraryTableModel::Place).data().toString(), QStringLiteral("Nazca"));
        // Every word must match.
        proxy.setFilterColumn(-1);
        proxy.setFilterWords(QStringLiteral("acción perú"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterWords(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }

    void planTreeHoldsEveryItemOfEveryGoldPlan()
    {
        const QList<Plan> gold = loadGoldPlans();
        QVERIFY(!gold.isEmpty());
        PlanTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const Plan &plan : gold) {
            model.setPlan(plan);
            QCOMPARE(model.rowCount(), plan.dimensions.size());
            QCOMPARE(countItems(model), plan.itemCount());
            for (int d = 0; d < plan.dimensions.size(); ++d) {
                const QModelIndex dimension = model.index(d, 0);
                QVERIFY(dimension.data().toString().contains(plan.dimensions[d].name));
                QCOMPARE(model.rowCount(dimension), plan.dimensions[d].rows.size());
            }
        }
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void planTreeNumbersItemsAsPrintedAndFindsThemById()
    {
        Plan plan;
        Dimension social;
        social.name = QStringLiteral("Social");
        Row row;
        row.items(ItemKind::Problem) = {Item{11, QStringLiteral("Anemia infantil"), QStringLiteral("a)"), {}, false}};
        row.items(ItemKind::Objective) = {Item{12, QStringLiteral("Reducir la anemia"), QString(), {}, false},
                                          Item{13, QStringLiteral("Mejorar la nutrición"), QString(), {}, false}};
        row.items(ItemKind::Target) = {Item{14, QStringLiteral("Anemia < 20 %"), QStringLiteral("3.1"), {}, false}};
        social.rows = {row};
        plan.dimensions = {social};

        PlanTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(plan);
        const QModelIndex rowIndex = model.index(0, 0, model.index(0, 0));
        QCOMPARE(model.rowCount(rowIndex), 4);
        QCOMPARE(model.index(0, 0, rowIndex).data(PlanTreeModel::NumberRole).toString(), QStringLiteral("a)"));
        QCOMPARE(model.index(1, 0, rowIndex).data(PlanTreeModel::NumberRole).toString(), QStringLiteral("1."));
        QCOMPARE(model.index(2, 0, rowIndex).data(PlanTreeModel::NumberRole).toString(), QStringLiteral("2."));
        QCOMPARE(model.index(3, 0, rowIndex).data().toString(), QStringLiteral("3.1 Anemia < 20 %"));
        QCOMPARE(model.index(3, 0, rowIndex).data(PlanTreeModel::ItemKindRole).toInt(), static_cast<int>(ItemKind::Target));
        QCOMPARE(model.index(2, 0, rowIndex).data(PlanTreeModel::PlainTextRole).toString(), QStringLiteral("Mejorar la nutrición"));

        const QModelIndex found = model.indexOfItem(13);
        QVERIFY(found.isValid());
        QCOMPARE(model.itemAt(found)->text, QStringLiteral("Mejorar la nutrición"));
        QCOMPARE(model.dimensionNameAt(found), QStringLiteral("Social"));
        QCOMPARE(model.rowNumberAt(found), 1);
        QVERIFY(!model.indexOfItem(99).isValid());
        QVERIFY(model.itemAt(rowIndex) == nullptr);
    }

    void searchResultsHighlightMatchesSafely()
    {
        const QString open = PlanLibrary::snippetOpen.toString();
        const QString close = PlanLibrary::snippetClose.toString();
        SearchHit hit;
        hit.planId = 7;
        hit.itemId = 70;
        hit.kind = ItemKind::Objective;
        hit.dimension = QStringLiteral("Social");
        hit.planLabel = QStringLiteral("Frente — Independencia");
        hit.text = QStringLiteral("Reducir la anemia <infantil> & más");
        hit.snippet = QStringLiteral("Reducir la ") + open + QStringLiteral("anemia") + close + QStringLiteral(" <infantil> & más");

        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHits({hit, hit});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex snippet = model.index(0, SearchResultsModel::SnippetColumn);
        QCOMPARE(snippet.data().toString(), hit.text);
        const QString html = snippet.data(SearchResultsModel::SnippetHtmlRole).toString();
        QVERIFY2(html.contains(QStringLiteral(">anemia</b>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("&lt;infantil&gt; &amp; más")));
        QVERIFY(!html.contains(open));
        QCOMPARE(model.index(1, 0).data(SearchResultsModel::PlanIdRole).toLongLong(), 7);
        QCOMPARE(model.index(1, 0).data(SearchResultsModel::ItemIdRole).toLongLong(), 70);
        QCOMPARE(model.index(0, SearchResultsModel::DimensionColumn).data().toString(), QStringLiteral("Social"));
        model.setHits({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestModels)
#include "TestModels.moc"
