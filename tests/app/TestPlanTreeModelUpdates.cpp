#include "PlanTreeModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace vigia;
using namespace vigia::app;

namespace {

Item item(qint64 id, const QString &text, bool corrected = false)
{
    Item made;
    made.id = id;
    made.text = text;
    made.corrected = corrected;
    return made;
}

// Two dimensions, three rows; item ids 1…9.
Plan basePlan()
{
    Plan plan;
    plan.id = 5;
    Dimension social;
    social.id = 10;
    social.name = QStringLiteral("Social");
    Row first;
    first.id = 100;
    first.items(ItemKind::Problem) = {item(1, QStringLiteral("p1")), item(2, QStringLiteral("p2"))};
    first.items(ItemKind::Objective) = {item(3, QStringLiteral("o1"))};
    first.items(ItemKind::Target) = {item(4, QStringLiteral("m1")), item(5, QStringLiteral("m2"))};
    Row second;
    second.id = 101;
    second.items(ItemKind::Problem) = {item(6, QStringLiteral("p3"))};
    social.rows = {first, second};
    Dimension economic;
    economic.id = 11;
    economic.name = QStringLiteral("Económica");
    Row third;
    third.id = 102;
    third.items(ItemKind::Objective) = {item(7, QStringLiteral("o2")), item(8, QStringLiteral("o3"))};
    third.items(ItemKind::Indicator) = {item(9, QStringLiteral("i1"))};
    economic.rows = {third};
    plan.dimensions = {social, economic};
    return plan;
}

QList<qint64> idsUnder(const PlanTreeModel &model, const QModelIndex &row)
{
    QList<qint64> ids;
    for (int i = 0; i < model.rowCount(row); ++i)
        ids.append(model.index(i, 0, row).data(PlanTreeModel::ItemIdRole).toLongLong());
    return ids;
}

} // namespace

// PlanTreeModel::updatePlan(): an edited plan comes in and the tree follows row by row — removals,
// insertions, moves within a row and across rows, kind changes — without a reset, so persistent
// indexes (selection, expansion) of the items that stay keep pointing at them.
class TestPlanTreeModelUpdates : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void editsAreAppliedInPlace()
    {
        PlanTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(basePlan());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        const QModelIndex firstRow = model.index(0, 0, model.index(0, 0));
        const QModelIndex thirdRow = model.index(0, 0, model.index(1, 0));
        const QPersistentModelIndex stays = model.indexOfItem(4);
        const QPersistentModelIndex reordered = model.indexOfItem(1);
        const QPersistentModelIndex leaves = model.indexOfItem(7);
        const QPersistentModelIndex rowStays = firstRow;

        Plan edited = basePlan();
        Row &first = edited.dimensions[0].rows[0];
        Row &third = edited.dimensions[1].rows[0];
        first.items(ItemKind::Problem) = {item(2, QStringLiteral("p2")), item(1, QStringLiteral("p1 corregido"), true)};
        first.items(ItemKind::Objective) = {item(3, QStringLiteral("o1")), item(7, QStringLiteral("o2"), true)};
        first.items(ItemKind::Target).prepend(item(20, QStringLiteral("nueva"), true));
        third.items(ItemKind::Objective) = {item(8, QStringLiteral("o3"))};
        third.items(ItemKind::Target) = {item(9, QStringLiteral("i1 ahora meta"), true)};
        third.items(ItemKind::Indicator).clear();
        model.updatePlan(edited);

        QCOMPARE(resets.count(), 0);
        QVERIFY(moves.count() >= 1);
        QCOMPARE(idsUnder(model, firstRow), (QList<qint64>{2, 1, 3, 7, 20, 4, 5}));
        QCOMPARE(idsUnder(model, thirdRow), (QList<qint64>{8, 9}));
        QVERIFY(stays.isValid());
        QCOMPARE(stays.data(PlanTreeModel::ItemIdRole).toLongLong(), 4);
        QCOMPARE(stays.row(), 5);
        QVERIFY(reordered.isValid());
        QCOMPARE(reordered.data(PlanTreeModel::PlainTextRole).toString(), QStringLiteral("p1 corregido"));
        QVERIFY(reordered.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!leaves.isValid()); // left its row: removed there, inserted in the other
        QVERIFY(rowStays.isValid());
        // Numbers follow the new positions; kinds follow the new cells.
        QCOMPARE(model.index(0, 0, firstRow).data(PlanTreeModel::NumberRole).toString(), QStringLiteral("1."));
        QCOMPARE(model.index(1, 0, thirdRow).data(PlanTreeModel::ItemKindRole).toInt(), int(ItemKind::Target));
        QCOMPARE(model.itemAt(model.indexOfItem(9))->text, QStringLiteral("i1 ahora meta"));
        QCOMPARE(model.plan(), edited);
        QVERIFY(model.index(0, 0).data().toString().contains(QStringLiteral("8")));

        // Back to the start, still in place.
        model.updatePlan(basePlan());
        QCOMPARE(resets.count(), 0);
        QCOMPARE(idsUnder(model, firstRow), (QList<qint64>{1, 2, 3, 4, 5}));
        QCOMPARE(idsUnder(model, thirdRow), (QList<qint64>{7, 8, 9}));
        QCOMPARE(stays.row(), 3);
    }

    void anotherOutlineResets()
    {
        PlanTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(basePlan());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        Plan other = basePlan();
        other.dimensions[0].rows.removeLast();
        model.updatePlan(other);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
    }

    void rowLabelsTellWhatTheRowIsAbout()
    {
        const QString longProblem = QStringLiteral("Escasa cobertura del servicio de agua potable y alcantarillado en los "
                                                   "centros poblados alejados de la capital provincial");
        Plan plan;
        plan.id = 7;
        Dimension dimension;
        dimension.id = 1;
        dimension.name = QStringLiteral("Social");
        Row withProblem;
        withProblem.id = 11;
        withProblem.items(ItemKind::Problem) = {item(1, longProblem), item(2, QStringLiteral("otro problema"))};
        withProblem.items(ItemKind::Objective) = {item(3, QStringLiteral("un objetivo"))};
        Row onlyObjective;
        onlyObjective.id = 12;
        onlyObjective.items(ItemKind::Objective) = {item(4, QStringLiteral("Ampliar   la cobertura\nde agua"))};
        Row withHeading;
        withHeading.id = 13;
        withHeading.heading = QStringLiteral("Eje de servicios básicos");
        withHeading.items(ItemKind::Target) = {item(5, QStringLiteral("100 % de hogares"))};
        Row empty;
        empty.id = 14;
        dimension.rows = {withProblem, onlyObjective, withHeading, empty};
        plan.dimensions = {dimension};

        PlanTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(plan);
        const QModelIndex social = model.index(0, 0);
        const auto label = [&](int row) { return model.index(row, 0, social).data().toString(); };

        // A long problem: its first words, cut at the end of a word, then "…"; all of it in the tooltip.
        const QString first = label(0);
        const QString prefix = QStringLiteral("Fila 1 — ");
        QVERIFY2(first.startsWith(prefix + QStringLiteral("Escasa cobertura")), qPrintable(first));
        QVERIFY2(first.endsWith(QChar(0x2026)), qPrintable(first));
        const QString shown = first.mid(prefix.size()).chopped(1);
        QVERIFY(shown.size() <= 60 && shown.size() >= 30);
        QVERIFY(longProblem.startsWith(shown));
        QCOMPARE(longProblem.at(shown.size()), QChar(u' '));
        const QString tip = model.index(0, 0, social).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(longProblem), qPrintable(tip));
        // No problem: the first objective, on one line, whole since it is short.
        QCOMPARE(label(1), QStringLiteral("Fila 2 — Ampliar la cobertura de agua"));
        QVERIFY(model.index(1, 0, social).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Ampliar")));
        // A heading is kept; a row with nothing is only its number.
        QCOMPARE(label(2), QStringLiteral("Fila 3 (Eje de servicios básicos) — 100 % de hogares"));
        QCOMPARE(label(3), QStringLiteral("Fila 4"));
        QVERIFY(!model.index(3, 0, social).data(Qt::ToolTipRole).isValid());

        // An edit of the first problem: the label follows, with dataChanged on the row.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Plan edited = plan;
        edited.dimensions[0].rows[0].items(ItemKind::Problem).removeFirst();
        model.updatePlan(edited);
        QCOMPARE(label(0), QStringLiteral("Fila 1 — otro problema"));
        bool rowChanged = false;
        for (const QList<QVariant> &signal : changed)
            rowChanged = rowChanged || signal.at(0).toModelIndex() == model.index(0, 0, social);
        QVERIFY(rowChanged);
    }
};

QTEST_MAIN(TestPlanTreeModelUpdates)
#include "TestPlanTreeModelUpdates.moc"
