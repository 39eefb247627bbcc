#include "ItemEditActions.h"

#include "AddItemCommand.h"
#include "ChangeItemKindCommand.h"
#include "DeleteItemCommand.h"
#include "ItemKindStyle.h"
#include "ItemTextDialog.h"
#include "MergeItemsCommand.h"
#include "MessageBox.h"
#include "MoveItemCommand.h"
#include "MoveItemDialog.h"
#include "PlanTreeModel.h"
#include "PlanView.h"
#include "SplitItemCommand.h"
#include "SplitItemDialog.h"
#include "store/PlanEditor.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>
#include <QUndoStack>

namespace vigia::app {

ItemEditActions::ItemEditActions(QWidget *window, PlanView *view, QUndoStack *undoStack)
    : QObject(window)
    , m_window(window)
    , m_view(view)
    , m_undoStack(undoStack)
    , m_kindMenu(new QMenu(window))
{
    // The shortcuts act where the plan is shown (elsewhere Del, Ins and the rest edit text).
    auto make = [this](const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
        return action;
    };
    for (ItemKind kind : allItemKinds) {
        const int number = static_cast<int>(kind) + 1;
        QAction *action = make(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number)),
                               [this, kind] { changeCurrentItemKind(kind); });
        action->setIcon(ItemKindStyle::icon(kind));
        action->setCheckable(true);
        m_kindMenu->addAction(action);
        m_kindActions.append(action);
    }
    m_splitAction = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), &ItemEditActions::chooseSplitPosition);
    m_mergeAction = make(QKeySequence(Qt::CTRL | Qt::Key_J), [this] { mergeCurrentItemWithNext(); });
    m_moveAction = make(QKeySequence(Qt::CTRL | Qt::Key_M), &ItemEditActions::chooseMoveTarget);
    m_addItemAction = make(QKeySequence(Qt::Key_Insert), &ItemEditActions::chooseNewItemText);
    m_deleteItemAction = make(QKeySequence(Qt::Key_Delete), &ItemEditActions::confirmDeleteCurrentItem);
    retranslate();
    update(false);
}

void ItemEditActions::setEditor(PlanEditor *editor)
{
    m_editor = editor;
    update(m_busy);
}

void ItemEditActions::update(bool busy)
{
    m_busy = busy;
    const Item *item = m_view->currentItem();
    const bool editable = m_editor != nullptr && item != nullptr && !busy;
    const QModelIndex current = m_view->treeView()->currentIndex();
    const auto type = static_cast<PlanTreeModel::NodeType>(current.data(PlanTreeModel::NodeTypeRole).toInt());
    const int kind = current.siblingAtColumn(0).data(PlanTreeModel::ItemKindRole).toInt();
    for (int k = 0; k < m_kindActions.size(); ++k) {
        m_kindActions[k]->setEnabled(editable);
        m_kindActions[k]->setChecked(editable && k == kind);
    }
    m_kindMenu->setEnabled(editable);
    m_splitAction->setEnabled(editable);
    m_mergeAction->setEnabled(editable);
    m_moveAction->setEnabled(editable);
    m_deleteItemAction->setEnabled(editable);
    m_addItemAction->setEnabled(m_editor != nullptr && current.isValid() && type != PlanTreeModel::NodeType::Dimension && !busy);
}

void ItemEditActions::retranslate()
{
    m_kindMenu->setTitle(tr("Cambiar el &tipo"));
    for (ItemKind kind : allItemKinds)
        m_kindActions[static_cast<int>(kind)]->setText(tr("Convertir en %1").arg(ItemKindStyle::singularName(kind).toLower()));
    m_splitAction->setText(tr("&Dividir el ítem en el cursor…"));
    m_mergeAction->setText(tr("&Unir con el siguiente"));
    m_moveAction->setText(tr("&Mover a…"));
    m_addItemAction->setText(tr("&Añadir ítem…"));
    m_deleteItemAction->setText(tr("&Eliminar ítem…"));
}

void ItemEditActions::edited(qint64 planId, qint64 itemId, bool ok, const QString &error)
{
    Q_EMIT itemEdited(planId, itemId, ok, error);
}

bool ItemEditActions::changeCurrentItemKind(ItemKind kind)
{
    const Item *item = m_view->currentItem();
    if (!m_editor || !item)
        return false;
    const auto currentKind = static_cast<ItemKind>(m_view->treeView()->currentIndex().siblingAtColumn(0).data(PlanTreeModel::ItemKindRole).toInt());
    if (currentKind == kind) {
        update(m_busy);
        return false;
    }
    m_undoStack->push(new ChangeItemKindCommand(m_editor, item->id, kind, [this](qint64 planId, qint64 itemId, bool ok, const QString &error) { edited(planId, itemId, ok, error); }));
    return true;
}

bool ItemEditActions::splitCurrentItem(int textPosition)
{
    const Item *item = m_view->currentItem();
    if (!m_editor || !item)
        return false;
    m_undoStack->push(new SplitItemCommand(m_editor, item->id, textPosition, [this](qint64 planId, qint64 itemId, bool ok, const QString &error) { edited(planId, itemId, ok, error); }));
    return true;
}

bool ItemEditActions::mergeCurrentItemWithNext()
{
    const Item *item = m_view->currentItem();
    if (!m_editor || !item)
        return false;
    m_undoStack->push(new MergeItemsCommand(m_editor, item->id, [this](qint64 planId, qint64 itemId, bool ok, const QString &error) { edited(planId, itemId, ok, error); }));
    return true;
}

bool ItemEditActions::moveCurrentItem(qint64 rowId, ItemKind kind)
{
    const Item *item = m_view->currentItem();
    if (!m_editor || !item || rowId == 0)
        return false;
    m_undoStack->push(new MoveItemCommand(m_editor, item->id, rowId, kind, [this](qint64 planId, qint64 itemId, bool ok, const QString &error) { edited(planId, itemId, ok, error); }));
    return true;
}

bool ItemEditActions::deleteCurrentItem()
{
    const Item *item = m_view->currentItem();
    if (!m_editor || !item)
        return false;
    QString reason;
    const int records = m_editor->progressRecordCount(item->id, &reason);
    if (records > 0) {
        MessageBox::warning(m_window, tr("Eliminar ítem"),
                            tr("No se puede eliminar «%1»: tiene %n registro(s) de avance, y el avance registrado nunca "
                               "se borra. Cambie el texto o el tipo del ítem, o pase antes su avance a otro ítem.",
                               nullptr, records)
                                .arg(item->text));
        return false;
    }
    m_undoStack->push(new DeleteItemCommand(m_editor, item->id, [this](qint64 planId, qint64 itemId, bool ok, const QString &error) { edited(planId, itemId, ok, error); }));
    return true;
}

bool ItemEditActions::addItemAtCurrent(const QString &text)
{
    const QModelIndex current = m_view->treeView()->currentIndex().siblingAtColumn(0);
    if (!m_editor || !current.isValid() || text.trimmed().isEmpty())
        return false;
    const Plan &plan = m_view->plan();
    const auto type = static_cast<PlanTreeModel::NodeType>(current.data(PlanTreeModel::NodeTypeRole).toInt());
    const QModelIndex rowIndex = type == PlanTreeModel::NodeType::Item ? current.parent() : current;
    if (type == PlanTreeModel::NodeType::Dimension)
        return false;
    const int dimension = rowIndex.parent().row();
    const int row = rowIndex.row();
    if (dimension < 0 || dimension >= plan.dimensions.size() || row < 0 || row >= plan.dimensions[dimension].rows.size())
        return false;
    ItemKind kind = ItemKind::Problem;
    int position = -1;
    if (const Item *item = m_view->currentItem()) {
        kind = static_cast<ItemKind>(current.data(PlanTreeModel::ItemKindRole).toInt());
        position = static_cast<int>(plan.dimensions[dimension].rows[row].items(kind).indexOf(*item)) + 1;
    }
    m_undoStack->push(new AddItemCommand(m_editor, plan.dimensions[dimension].rows[row].id, kind, position, text,
                                    [this](qint64 planId, qint64 itemId, bool ok, const QString &error) { edited(planId, itemId, ok, error); }));
    return true;
}

void ItemEditActions::chooseSplitPosition()
{
    const Item *item = m_view->currentItem();
    if (!m_editor || !item)
        return;
    auto *dialog = new SplitItemDialog(item->text, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { splitCurrentItem(dialog->splitPosition()); });
    dialog->open();
}

void ItemEditActions::chooseMoveTarget()
{
    const QModelIndex current = m_view->treeView()->currentIndex().siblingAtColumn(0);
    const Item *item = m_view->currentItem();
    if (!m_editor || !item)
        return;
    const Plan &plan = m_view->plan();
    const int dimension = current.parent().parent().row();
    const int row = current.parent().row();
    const qint64 rowId = plan.dimensions.value(dimension).rows.value(row).id;
    auto *dialog = new MoveItemDialog(plan, rowId, static_cast<ItemKind>(current.data(PlanTreeModel::ItemKindRole).toInt()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { moveCurrentItem(dialog->rowId(), dialog->kind()); });
    dialog->open();
}

void ItemEditActions::confirmDeleteCurrentItem()
{
    const Item *item = m_view->currentItem();
    if (!m_editor || !item)
        return;
    const qint64 itemId = item->id;
    MessageBox::question(m_window, tr("Eliminar ítem"),
                         tr("¿Eliminar «%1» del plan? Puede deshacerlo con Editar ▸ Deshacer.").arg(item->text),
                         [this, itemId](QMessageBox::StandardButton answer) {
                             if (answer == QMessageBox::Yes && m_view->selectItem(itemId))
                                 deleteCurrentItem();
                         });
}

void ItemEditActions::chooseNewItemText()
{
    if (!m_addItemAction->isEnabled())
        return;
    auto *dialog = new ItemTextDialog(QString(), m_window);
    dialog->setWindowTitle(tr("Añadir ítem"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addItemAtCurrent(dialog->text()); });
    dialog->open();
}

} // namespace vigia::app
