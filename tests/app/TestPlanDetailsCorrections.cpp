#include "AppTestSupport.h"
#include "LibraryPane.h"
#include "LibraryTableModel.h"
#include "MainWindow.h"
#include "PlanTreeModel.h"
#include "PlanView.h"
#include "edit/PlanDetailsActions.h"
#include "edit/PlanDetailsDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace vigia;
using namespace vigia::app;
using namespace vigia::app::test;

// Correcting what the importer got wrong beyond items, in the app: the plan's details in their
// dialog, a dimension renamed, two dimensions merged (also by renaming one to the other's name).
// Each correction is shown at once (title, library list, tree), undone and redone with Ctrl+Z /
// Ctrl+Shift+Z, and still there after reopening the library.
class TestPlanDetailsCorrections : public QObject {
    Q_OBJECT

private:
    MainWindow *m_window = nullptr;
    qint64 m_planId = 0;

    Plan stored() const { return *m_window->library()->plan(m_planId); }
    QTreeView *tree() const { return m_window->planView()->treeView(); }
    PlanDetailsActions *actions() const { return m_window->planDetailsActions(); }
    void selectDimension(int dimension)
    {
        tree()->setCurrentIndex(m_window->planView()->model()->index(dimension, 0));
    }
    QString listedPlace() const
    {
        const LibraryTableModel *model = m_window->libraryPane()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, LibraryTableModel::Place);
            if (index.data(LibraryTableModel::PlanIdRole).toLongLong() == m_planId)
                return index.data().toString();
        }
        return {};
    }
    // The dialog open now (closed ones wait for their deletion).
    template<typename Dialog>
    Dialog *openDialog() const
    {
        for (Dialog *dialog : m_window->findChildren<Dialog *>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }
    void undo() { QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier); }
    void redo() { QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigiaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("vigia-test-plan-details"));
        QVERIFY(goldFiles().size() >= 2);
    }

    void detailsAndDimensionsAreCorrectedUndoneAndKept()
    {
        QSettings().clear();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.vigia"));
        QVERIFY(makeLibrary(path, goldFiles()));
        MainWindow window;
        m_window = &window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openLibrary(path));
        for (const PlanSummary &summary : window.library()->plans()) {
            if (summary.dimensionCount >= 3) {
                m_planId = summary.id;
                break;
            }
        }
        QVERIFY(m_planId != 0);
        QVERIFY(window.openItem(m_planId, 0));
        QAbstractItemModelTester tester(window.planView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Plan original = stored();
        QVERIFY(actions()->editDetailsAction()->isEnabled());

        // The details, in their dialog: a wrong period keeps OK disabled.
        actions()->editDetailsAction()->trigger();
        auto *dialog = openDialog<PlanDetailsDialog>();
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog->findChild<QLineEdit *>(QStringLiteral("periodEdit"))->setText(QStringLiteral("2027"));
        QVERIFY(!ok->isEnabled());
        dialog->findChild<QLineEdit *>(QStringLiteral("periodEdit"))->setText(QStringLiteral("2027 – 2030"));
        QVERIFY(ok->isEnabled());
        dialog->findChild<QLineEdit *>(QStringLiteral("organizationEdit"))->setText(QStringLiteral("PARTIDO DE PRUEBA"));
        dialog->findChild<QLineEdit *>(QStringLiteral("placeEdit"))->setText(QStringLiteral("DISTRITO DE PRUEBA"));
        dialog->findChild<QComboBox *>(QStringLiteral("electionTypeEdit"))->setCurrentText(QStringLiteral("MUNICIPAL DISTRITAL"));
        ok->click();
        const Plan detailed = stored();
        QCOMPARE(detailed.metadata.organization, QStringLiteral("PARTIDO DE PRUEBA"));
        QCOMPARE(detailed.metadata.place, QStringLiteral("DISTRITO DE PRUEBA"));
        QCOMPARE(detailed.metadata.period, QStringLiteral("2027-2030"));
        QCOMPARE(detailed.metadata.electionType, QStringLiteral("MUNICIPAL DISTRITAL"));
        QCOMPARE(detailed.metadata.vision, original.metadata.vision);
        QCOMPARE(detailed.dimensions, original.dimensions);
        QCOMPARE(window.planView()->titleLabel()->text(), QStringLiteral("PARTIDO DE PRUEBA"));
        QCOMPARE(listedPlace(), QStringLiteral("DISTRITO DE PRUEBA"));
        undo();
        QCOMPARE(stored(), original);
        QCOMPARE(listedPlace(), original.metadata.place);
        redo();
        QCOMPARE(stored(), detailed);

        // Rename a dimension (the current one), then undo.
        selectDimension(1);
        QVERIFY(actions()->renameDimensionAction()->isEnabled());
        actions()->renameDimensionAction()->trigger();
        auto *nameDialog = openDialog<QInputDialog>();
        QVERIFY(nameDialog);
        QCOMPARE(nameDialog->textValue(), original.dimensions[1].name);
        nameDialog->setTextValue(QStringLiteral("Territorio y Ambiente"));
        nameDialog->accept();
        Plan renamed = stored();
        QCOMPARE(renamed.dimensions[1].name, QStringLiteral("Territorio y Ambiente"));
        QCOMPARE(renamed.dimensions[1].rows, original.dimensions[1].rows);
        QCOMPARE(window.planView()->model()->index(1, 0).data(PlanTreeModel::PlainTextRole).toString().contains(QStringLiteral("Territorio y Ambiente")), true);
        undo();
        QCOMPARE(stored(), detailed);

        // Renaming a dimension to another's name merges the two: its rows go to the end of the other.
        selectDimension(2);
        actions()->renameCurrentDimension(original.dimensions[0].name);
        Plan merged = stored();
        QCOMPARE(merged.dimensions.size(), original.dimensions.size() - 1);
        QCOMPARE(merged.dimensions[0].rows, original.dimensions[0].rows + original.dimensions[2].rows);
        QCOMPARE(merged.itemCount(), original.itemCount());
        QCOMPARE(window.planView()->model()->rowCount(), int(merged.dimensions.size()));
        undo();
        QCOMPARE(stored(), detailed);

        // Merge through its dialog: the other dimensions are offered.
        selectDimension(0);
        actions()->mergeDimensionAction()->trigger();
        auto *mergeDialog = openDialog<QInputDialog>();
        QVERIFY(mergeDialog);
        QCOMPARE(mergeDialog->comboBoxItems().size(), original.dimensions.size() - 1);
        QVERIFY(!mergeDialog->comboBoxItems().contains(original.dimensions[0].name));
        mergeDialog->setTextValue(original.dimensions[1].name);
        mergeDialog->accept();
        merged = stored();
        QCOMPARE(merged.dimensions.size(), original.dimensions.size() - 1);
        QCOMPARE(merged.dimensions[0].name, original.dimensions[1].name);
        QCOMPARE(merged.dimensions[0].rows, original.dimensions[1].rows + original.dimensions[0].rows);
        undo();
        QCOMPARE(stored(), detailed);
        redo();
        QCOMPARE(stored(), merged);

        // Everything is in the library: reopen it.
        QVERIFY(window.openLibrary(path));
        QCOMPARE(stored(), merged);
        QCOMPARE(stored().metadata.organization, QStringLiteral("PARTIDO DE PRUEBA"));
    }
};

QTEST_MAIN(TestPlanDetailsCorrections)
#include "TestPlanDetailsCorrections.moc"
