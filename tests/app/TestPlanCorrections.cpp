#include "AppTestSupport.h"
#include "ItemTextDialog.h"
#include "LibraryPane.h"
#include "LibraryTableModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "MoveItemDialog.h"
#include "PlanTreeModel.h"
#include "PlanView.h"
#include "SplitItemDialog.h"
#include "edit/ItemEditActions.h"
#include "store/PlanEditor.h"
#include "store/SqliteDatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSettings>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

using namespace vigia;
using namespace vigia::app;
using namespace vigia::app::test;

namespace {

// Where to work in a plan found in the library (not in a known sample): a row with two items of one
// kind, the first with a text of several words, and a row of another dimension.
struct Workplace {
    qint64 planId = 0;
    int dimension = -1;
    int row = -1;
    ItemKind kind = ItemKind::Problem;
    int otherDimension = -1;
};

std::optional<Workplace> findWorkplace(PlanLibrary &library)
{
    for (const PlanSummary &summary : library.plans()) {
        const std::optional<Plan> plan = library.plan(summary.id);
        if (!plan || plan->dimensions.size() < 2)
            continue;
        for (int d = 0; d < plan->dimensions.size(); ++d) {
            for (int r = 0; r < plan->dimensions[d].rows.size(); ++r) {
                for (ItemKind kind : allItemKinds) {
                    const QList<Item> &items = plan->dimensions[d].rows[r].items(kind);
                    if (items.size() < 2 || items[0].text.count(u' ') < 3)
                        continue;
                    for (int other = 0; other < plan->dimensions.size(); ++other) {
                        if (other != d && !plan->dimensions[other].rows.isEmpty())
                            return Workplace{summary.id, d, r, kind, other};
                    }
                }
            }
        }
    }
    return std::nullopt;
}

void showActive(QWidget &window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

// The tree shows exactly the plan: every row's items, in table order, with their kinds and texts.
void verifyTreeShows(const PlanTreeModel &model, const Plan &plan)
{
    QCOMPARE(model.rowCount(), int(plan.dimensions.size()));
    for (int d = 0; d < plan.dimensions.size(); ++d) {
        const QModelIndex dimensionIndex = model.index(d, 0);
        QCOMPARE(model.rowCount(dimensionIndex), int(plan.dimensions[d].rows.size()));
        for (int r = 0; r < plan.dimensions[d].rows.size(); ++r) {
            const QModelIndex rowIndex = model.index(r, 0, dimensionIndex);
            const Row &row = plan.dimensions[d].rows[r];
            int child = 0;
            for (ItemKind kind : allItemKinds) {
                for (const Item &item : row.items(kind)) {
                    const QModelIndex index = model.index(child++, 0, rowIndex);
                    QCOMPARE(index.data(PlanTreeModel::ItemIdRole).toLongLong(), item.id);
                    QCOMPARE(index.data(PlanTreeModel::ItemKindRole).toInt(), int(kind));
                    QCOMPARE(index.data(PlanTreeModel::PlainTextRole).toString(), item.text);
                    QCOMPARE(index.data(Qt::FontRole).value<QFont>().italic(), item.corrected);
                }
            }
            QCOMPARE(model.rowCount(rowIndex), child);
        }
    }
}

} // namespace

// Reviewing and correcting a plan in the app: each edit through its shortcut or dialog, saved in
// the library, shown in place in the tree (no reset: expansion and selection stay), undone and
// redone, and still there after reopening the library.
class TestPlanCorrections : public QObject {
    Q_OBJECT

private:
    MainWindow *m_window = nullptr;
    qint64 m_planId = 0;

    Plan stored() const { return *m_window->library()->plan(m_planId); }
    // The item edits' shortcuts act in the plan view: keys go to the tree.
    QTreeView *tree() const { return m_window->planView()->treeView(); }
    const Row &rowOf(const Plan &plan, int dimension, int row) const { return plan.dimensions[dimension].rows[row]; }

    // Undo gives back `before`, redo gives back `after`, in the library and in the tree.
    void undoAndRedo(const Plan &before, const Plan &after, qint64 currentItemId)
    {
        QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(), before);
        verifyTreeShows(*m_window->planView()->model(), before);
        QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(), after);
        verifyTreeShows(*m_window->planView()->model(), after);
        QVERIFY(m_window->planView()->currentItem());
        QCOMPARE(m_window->planView()->currentItem()->id, currentItemId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigiaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("vigia-test-corrections"));
        QVERIFY(goldFiles().size() >= 2);
    }

    void everyCorrectionIsUndoableAndPersists()
    {
        QSettings().clear();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.vigia"));
        QVERIFY(makeLibrary(path, goldFiles()));
        MainWindow window;
        m_window = &window;
        showActive(window);
        QVERIFY(window.openLibrary(path));
        const std::optional<Workplace> place = findWorkplace(*window.library());
        QVERIFY(place);
        m_planId = place->planId;
        QVERIFY(window.openItem(m_planId, 0));
        PlanTreeModel *model = window.planView()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        window.planView()->expandAll();
        // A row far from the edits stays open throughout.
        const QPersistentModelIndex otherRow = model->index(0, 0, model->index(place->otherDimension, 0));
        QVERIFY(tree()->isExpanded(otherRow));

        const Plan original = stored();
        const QList<Item> cell = rowOf(original, place->dimension, place->row).items(place->kind);
        const Item first = cell[0];
        const Item second = cell[1];
        const ItemKind otherKind = place->kind == ItemKind::Objective ? ItemKind::Target : ItemKind::Objective;

        // Change kind: Ctrl+<number of the kind> puts the item last among the items of that kind.
        QVERIFY(window.openItem(m_planId, second.id));
        tree()->setFocus();
        QTest::keyClick(tree(), static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(otherKind)), Qt::ControlModifier);
        const Plan kindChanged = stored();
        const QList<Item> &newCell = rowOf(kindChanged, place->dimension, place->row).items(otherKind);
        QCOMPARE(newCell.constLast().id, second.id);
        QVERIFY(newCell.constLast().corrected);
        QCOMPARE(rowOf(kindChanged, place->dimension, place->row).items(place->kind).size(), cell.size() - 1);
        verifyTreeShows(*model, kindChanged);
        QCOMPARE(window.planView()->currentItem()->id, second.id);
        undoAndRedo(original, kindChanged, second.id);

        // Split at the cursor, in the split dialog.
        QVERIFY(window.openItem(m_planId, first.id));
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        auto *splitDialog = window.findChild<SplitItemDialog *>();
        QVERIFY(splitDialog);
        const int cut = int(first.text.indexOf(u' ', first.text.size() / 2));
        QVERIFY(cut > 0);
        QTextCursor cursor = splitDialog->editor()->textCursor();
        cursor.setPosition(cut);
        splitDialog->editor()->setTextCursor(cursor);
        QCOMPARE(splitDialog->splitPosition(), cut);
        splitDialog->accept();
        const Plan split = stored();
        const QList<Item> &splitCell = rowOf(split, place->dimension, place->row).items(place->kind);
        QCOMPARE(splitCell[0].id, first.id);
        const QString head = first.text.left(cut).trimmed();
        const QString tail = first.text.mid(cut).trimmed();
        QCOMPARE(splitCell[0].text, head);
        QCOMPARE(splitCell[1].text, tail);
        QVERIFY(splitCell[0].corrected && splitCell[1].corrected);
        QCOMPARE(splitCell.size(), cell.size()); // one more, but `second` left for another kind
        undoAndRedo(kindChanged, split, first.id);

        // Merge with the next item (the part split off): the text is whole again.
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_J, Qt::ControlModifier);
        const Plan merged = stored();
        QCOMPARE(rowOf(merged, place->dimension, place->row).items(place->kind)[0].text, head + u' ' + tail);
        QCOMPARE(rowOf(merged, place->dimension, place->row).items(place->kind).size(), cell.size() - 1);
        undoAndRedo(split, merged, first.id);

        // Move to a row of another dimension, chosen in the move dialog.
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_M, Qt::ControlModifier);
        auto *moveDialog = window.findChild<MoveItemDialog *>();
        QVERIFY(moveDialog);
        QCOMPARE(moveDialog->rowId(), rowOf(merged, place->dimension, place->row).id);
        moveDialog->dimensionBox()->setCurrentIndex(place->otherDimension);
        moveDialog->rowBox()->setCurrentIndex(0);
        QCOMPARE(moveDialog->rowId(), rowOf(merged, place->otherDimension, 0).id);
        moveDialog->accept();
        const Plan moved = stored();
        QCOMPARE(rowOf(moved, place->otherDimension, 0).items(place->kind).constLast().id, first.id);
        QVERIFY(!rowOf(moved, place->dimension, place->row).items(place->kind).contains(
            rowOf(merged, place->dimension, place->row).items(place->kind)[0]));
        QCOMPARE(window.planView()->currentItem()->id, first.id);
        undoAndRedo(merged, moved, first.id);

        // Delete (Del in the tree) asks first.
        tree()->setFocus();
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(tree(), Qt::Key_Delete);
        QCOMPARE(stored(), moved);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(tree(), Qt::Key_Delete);
        const Plan deleted = stored();
        // Search follows: the deleted item's words no longer find it.
        QString longest;
        for (const QString &word : first.text.split(u' ', Qt::SkipEmptyParts)) {
            if (word.size() > longest.size() && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); }))
                longest = word;
        }
        QVERIFY(!longest.isEmpty());
        auto hitIds = [&] {
            QList<qint64> ids;
            for (const SearchHit &hit : window.library()->search({longest, m_planId}))
                ids.append(hit.itemId);
            return ids;
        };
        QVERIFY(!hitIds().contains(first.id));
        for (const Dimension &dimension : deleted.dimensions) {
            for (const Row &row : dimension.rows) {
                for (ItemKind kind : allItemKinds) {
                    for (const Item &item : row.items(kind))
                        QVERIFY(item.id != first.id);
                }
            }
        }
        verifyTreeShows(*model, deleted);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(), moved);
        verifyTreeShows(*model, moved);
        QVERIFY(hitIds().contains(first.id));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(), deleted);

        // Add (Ins in the tree), after the current item, of its kind.
        QVERIFY(window.openItem(m_planId, rowOf(deleted, place->dimension, place->row).items(place->kind)[0].id));
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_Insert);
        auto *addDialog = window.findChild<ItemTextDialog *>();
        QVERIFY(addDialog);
        addDialog->editor()->setPlainText(QStringLiteral("Ítem que faltaba, añadido por la revisión"));
        addDialog->accept();
        const Plan added = stored();
        const QList<Item> &addedCell = rowOf(added, place->dimension, place->row).items(place->kind);
        QCOMPARE(addedCell[1].text, QStringLiteral("Ítem que faltaba, añadido por la revisión"));
        QVERIFY(addedCell[1].corrected);
        QCOMPARE(window.planView()->currentItem()->id, addedCell[1].id);
        undoAndRedo(deleted, added, addedCell[1].id);

        // Elsewhere (typing a search) the same keys edit nothing.
        window.showSearch();
        QWidget *typing = QApplication::focusWidget();
        QVERIFY(typing && !window.planView()->isAncestorOf(typing));
        QTest::keyClick(typing, Qt::Key_J, Qt::ControlModifier);
        QTest::keyClick(typing, Qt::Key_Delete);
        QTest::keyClick(typing, static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(otherKind)), Qt::ControlModifier);
        QCOMPARE(stored(), added);

        // All of it in place: no reset, the other row still open; each edit once on the stack.
        QCOMPARE(resets.count(), 0);
        QVERIFY(tree()->isExpanded(otherRow));
        QCOMPARE(window.undoStack()->count(), 6);
        const QList<ItemCorrection> log = window.planEditor()->corrections(m_planId);
        QVERIFY(log.size() >= 6 + 6);

        // Another library, then this one again: the corrections are there, marked.
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("otra.vigia"))));
        QVERIFY(window.openLibrary(path));
        QCOMPARE(window.undoStack()->count(), 0);
        QCOMPARE(stored(), added);
        QVERIFY(window.openItem(m_planId, addedCell[1].id));
        verifyTreeShows(*window.planView()->model(), added);
        m_window = nullptr;
    }

    void recordedProgressBlocksDeletionWithAMessage()
    {
        QSettings().clear();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.vigia"));
        QVERIFY(makeLibrary(path, goldFiles()));
        MainWindow window;
        showActive(window);
        QVERIFY(window.openLibrary(path));
        const std::optional<Workplace> place = findWorkplace(*window.library());
        QVERIFY(place);
        const Plan plan = *window.library()->plan(place->planId);
        const QList<Item> &cell = plan.dimensions[place->dimension].rows[place->row].items(place->kind);
        const qint64 itemId = cell[1].id;
        {
            SqliteDatabase database;
            QString error;
            QVERIFY(database.open(path, SqliteDatabase::OpenMode::ReadWrite, &error, SqliteDatabase::Trust::Verified));
            QVERIFY2(database.execute(QStringLiteral("INSERT INTO progress_records (item_id, semester, status, assessed_on, "
                                                     "updated_at) VALUES (%1, '2024-S1', 'met', '2024-06-30', '2024-06-30')")
                                          .arg(itemId),
                                      &error),
                     qPrintable(error));
        }
        QVERIFY(window.openItem(place->planId, itemId));
        const int shown = MessageBox::shownCount();
        QVERIFY(!window.itemEditActions()->deleteCurrentItem());
        QCOMPARE(MessageBox::shownCount(), shown + 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("registro(s) de avance"))
                     || MessageBox::lastText().contains(QStringLiteral("registro de avance")),
                 qPrintable(MessageBox::lastText()));
        // Merging it away into the item before it is refused by the library itself.
        QVERIFY(window.openItem(place->planId, cell[0].id));
        QVERIFY(window.itemEditActions()->mergeCurrentItemWithNext());
        QCOMPARE(MessageBox::shownCount(), shown + 2);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("No se pudo")));
        QCOMPARE(*window.library()->plan(place->planId), plan);
        QCOMPARE(window.undoStack()->count(), 0);
        QCOMPARE(window.planView()->currentItem()->id, cell[0].id);
    }

    void libraryCountsFollowCorrectionsAndTheirUndo()
    {
        QSettings().clear();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.vigia"));
        QVERIFY(makeLibrary(path, goldFiles()));
        MainWindow window;
        showActive(window);
        QVERIFY(window.openLibrary(path));
        const std::optional<Workplace> place = findWorkplace(*window.library());
        QVERIFY(place);
        LibraryTableModel *library = window.libraryPane()->model();
        QAbstractItemModelTester tester(library, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(library, &QAbstractItemModel::modelReset);
        QSignalSpy changes(library, &QAbstractItemModel::dataChanged);
        const int row = library->rowOfPlan(place->planId);
        QVERIFY(row >= 0);
        const auto count = [&] { return library->index(row, LibraryTableModel::Problems + int(place->kind)).data().toInt(); };
        const auto total = [&] { return library->index(row, LibraryTableModel::Items).data().toInt(); };
        // What the library itself says the plan holds now.
        const auto storedCount = [&] {
            for (const PlanSummary &summary : window.library()->plans()) {
                if (summary.id == place->planId)
                    return summary.itemCounts[size_t(place->kind)];
            }
            return -1;
        };
        const int before = count();
        const int totalBefore = total();
        QCOMPARE(before, storedCount());
        const Plan plan = *window.library()->plan(place->planId);
        const QList<Item> &cell = plan.dimensions[place->dimension].rows[place->row].items(place->kind);

        // Delete, as Editar ▸ Eliminar ítem does (DeleteItemCommand on the undo stack).
        QVERIFY(window.openItem(place->planId, cell[1].id));
        QVERIFY(window.itemEditActions()->deleteCurrentItem());
        QCOMPARE(count(), before - 1);
        QCOMPARE(total(), totalBefore - 1);
        QCOMPARE(count(), storedCount());
        QVERIFY(!changes.isEmpty());
        QCOMPARE(changes.constLast().at(0).toModelIndex().row(), row);
        QCOMPARE(window.libraryPane()->currentPlanId(), place->planId);
        // The status bar's total follows too.
        int libraryItems = 0;
        for (const PlanSummary &summary : window.library()->plans())
            libraryItems += summary.itemCount();
        QVERIFY2(window.libraryStatusLabel()->text().contains(QStringLiteral(" %1 ").arg(libraryItems)),
                 qPrintable(window.libraryStatusLabel()->text()));
        window.undoStack()->undo();
        QCOMPARE(count(), before);
        QCOMPARE(total(), totalBefore);
        window.undoStack()->redo();
        QCOMPARE(count(), before - 1);
        window.undoStack()->undo();
        QCOMPARE(count(), before);

        // Merging two items makes one; splitting one makes two.
        QVERIFY(window.openItem(place->planId, cell[0].id));
        QVERIFY(window.itemEditActions()->mergeCurrentItemWithNext());
        QCOMPARE(count(), before - 1);
        window.undoStack()->undo();
        QCOMPARE(count(), before);
        QVERIFY(window.openItem(place->planId, cell[0].id));
        QVERIFY(window.itemEditActions()->splitCurrentItem(int(cell[0].text.indexOf(u' ', cell[0].text.size() / 2))));
        QCOMPARE(count(), before + 1);
        QCOMPARE(count(), storedCount());
        window.undoStack()->undo();
        QCOMPARE(count(), before);
        // Never a reset: the plan stays selected in the library pane throughout.
        QCOMPARE(resets.count(), 0);
        QCOMPARE(window.libraryPane()->currentPlanId(), place->planId);
    }
};

QTEST_MAIN(TestPlanCorrections)
#include "TestPlanCorrections.moc"
