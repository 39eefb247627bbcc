#include "AppTestSupport.h"
#include "MainWindow.h"
#include "PlanTreeModel.h"
#include "PlanView.h"
#include "json/PlanJson.h"
#include "review/ReviewPanel.h"
#include "review/ReviewQueueModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace vigia;
using namespace vigia::app;
using namespace vigia::app::test;

namespace {

Row makeRow(const QString &problem, const QString &objective, const QString &target)
{
    Row row;
    for (const auto &[kind, text] : {std::pair{ItemKind::Problem, problem}, std::pair{ItemKind::Objective, objective},
                                     std::pair{ItemKind::Target, target}}) {
        Item item;
        item.text = text;
        row.items(kind).append(item);
    }
    return row;
}

// A plan of five rows, two of them doubtful: an objective that is a piece of a sentence, and a
// label read as an objective.
Plan doubtfulPlan()
{
    Plan plan;
    plan.metadata.organization = QStringLiteral("MOVIMIENTO DE PRUEBA");
    Dimension social;
    social.name = QStringLiteral("Social");
    social.rows << makeRow(QStringLiteral("Postas sin equipos"), QStringLiteral("Equipar las postas"), QStringLiteral("Diez postas equipadas"))
                << makeRow(QStringLiteral("Partos sin atención"), QStringLiteral("y capacitación de parteras"), QStringLiteral("Cien parteras capacitadas"))
                << makeRow(QStringLiteral("Anemia infantil"), QStringLiteral("Suplementar con hierro"), QStringLiteral("Anemia al 20%"));
    Dimension economic;
    economic.name = QStringLiteral("Económica");
    economic.rows << makeRow(QStringLiteral("Caminos en mal estado"), QStringLiteral("PROPUESTAS:"), QStringLiteral("Cuarenta kilómetros mantenidos"))
                  << makeRow(QStringLiteral("Pocas ferias"), QStringLiteral("Ferias mensuales"), QStringLiteral("Doce ferias al año"));
    plan.dimensions << social << economic;
    return plan;
}

} // namespace

// The review queue in the app: the rows the importer may have read wrong are listed with their
// reasons and marked in the plan tree; going to one shows it in the plan; marking it reviewed
// takes it out of the queue, and the mark is still there after reopening the library.
class TestReviewPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigiaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("vigia-test-review"));
    }

    void doubtfulRowsAreListedShownAndMarked()
    {
        QSettings().clear();
        QTemporaryDir dir;
        const QString planFile = dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(writeFile(planFile, PlanJson::toJson(doubtfulPlan())));
        const QString path = dir.filePath(QStringLiteral("lib.vigia"));
        QVERIFY(makeLibrary(path, {planFile}));

        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openLibrary(path));
        PlanView *view = window.planView();
        QTRY_VERIFY(view->hasPlan());
        ReviewPanel *panel = window.reviewPanel();
        ReviewQueueModel *queue = panel->model();
        QAbstractItemModelTester tester(queue, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Listed, with their reasons, and announced above the plan.
        QTRY_COMPARE(queue->openCount(), 2);
        QCOMPARE(queue->rowCount(), 2);
        QCOMPARE(queue->index(0, ReviewQueueModel::PlaceColumn).data().toString(), QStringLiteral("Social ▸ 2"));
        QCOMPARE(queue->index(0, ReviewQueueModel::ReasonsColumn).data().toString(),
                 QStringLiteral("Objetivo 1: %1").arg(ReviewQueueModel::reasonText(ReviewReason::Fragment)));
        QCOMPARE(queue->index(1, ReviewQueueModel::PlaceColumn).data().toString(), QStringLiteral("Económica ▸ 1"));
        QVERIFY(view->reviewLabel()->isVisible());
        QVERIFY(view->reviewLabel()->text().contains(QStringLiteral("2")));
        QCOMPARE(window.reviewDock()->windowTitle(), QStringLiteral("Filas por revisar (2)"));
        // The plan tree marks the same rows, and only them.
        PlanTreeModel *tree = view->model();
        const QModelIndex doubtful = tree->indexOfRow(0, 1);
        QVERIFY(!tree->rowNote(doubtful).isEmpty());
        QVERIFY(!doubtful.data(Qt::DecorationRole).isNull());
        QVERIFY(doubtful.data(Qt::ToolTipRole).toString().contains(tree->rowNote(doubtful)));
        QVERIFY(tree->rowNote(tree->indexOfRow(0, 0)).isEmpty());
        QVERIFY(tree->indexOfRow(0, 0).data(Qt::DecorationRole).isNull());

        // Ctrl+Shift+R opens the queue; Enter on an entry shows its doubtful item in the plan.
        QVERIFY(!window.reviewDock()->isVisible());
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window.reviewDock()->isVisible());
        panel->queueView()->setFocus();
        panel->queueView()->setCurrentIndex(queue->index(1, 0));
        QTest::keyClick(panel->queueView(), Qt::Key_Return);
        QCOMPARE(view->treeView()->currentIndex().parent(), tree->indexOfRow(1, 0));
        QCOMPARE(view->currentItem()->text, QStringLiteral("PROPUESTAS:"));

        // Marked as reviewed: out of the queue and of the tree's marks; the next entry is current.
        QVERIFY(panel->markButton()->isEnabled());
        QTest::mouseClick(panel->markButton(), Qt::LeftButton);
        QCOMPARE(queue->openCount(), 1);
        QCOMPARE(queue->rowCount(), 1);
        QVERIFY(tree->rowNote(tree->indexOfRow(1, 0)).isEmpty());
        QVERIFY(!tree->rowNote(doubtful).isEmpty());
        QVERIFY(view->reviewLabel()->text().contains(QStringLiteral("1")));
        QCOMPARE(window.reviewDock()->windowTitle(), QStringLiteral("Filas por revisar (1)"));
        QVERIFY(panel->queueView()->currentIndex().isValid());
        // Shown again when asked, ticked; and put back in the queue.
        panel->showReviewedBox()->setChecked(true);
        QCOMPARE(queue->rowCount(), 2);
        QVERIFY(queue->index(1, 0).data(ReviewQueueModel::ReviewedRole).toBool());
        QVERIFY(queue->index(1, 0).data().toString().endsWith(QStringLiteral("✓")));
        panel->queueView()->setCurrentIndex(queue->index(1, 0));
        QVERIFY(panel->markCurrent(false));
        QCOMPARE(queue->openCount(), 2);
        panel->queueView()->setCurrentIndex(queue->index(1, 0));
        QVERIFY(panel->markCurrent(true));
        panel->showReviewedBox()->setChecked(false);

        // The mark is kept in the library.
        QVERIFY(window.openLibrary(path));
        QTRY_VERIFY(view->hasPlan());
        QTRY_COMPARE(queue->openCount(), 1);
        QCOMPARE(queue->index(0, ReviewQueueModel::PlaceColumn).data().toString(), QStringLiteral("Social ▸ 2"));
        // The last one reviewed: the queue says none are left, and the link above the plan goes.
        panel->queueView()->setCurrentIndex(queue->index(0, 0));
        QVERIFY(panel->markCurrent(true));
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("reviewSummary"))->text(), QStringLiteral("No quedan filas por revisar."));
        QVERIFY(view->reviewLabel()->isHidden());
    }
};

QTEST_MAIN(TestReviewPanel)
#include "TestReviewPanel.moc"
