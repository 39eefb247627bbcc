#include "PlanDetailsActions.h"

#include "MessageBox.h"
#include "PlanTreeModel.h"
#include "PlanView.h"
#include "edit/PlanDetailsCommand.h"
#include "edit/PlanDetailsDialog.h"
#include "store/PlanDetailsEditor.h"
#include "store/PlanLibrary.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QTreeView>
#include <QUndoStack>

namespace vigia::app {

PlanDetailsActions::PlanDetailsActions(QWidget *window, PlanView *view, QUndoStack *undoStack)
    : QObject(window)
    , m_window(window)
    , m_view(view)
    , m_undoStack(undoStack)
    , m_editDetails(new QAction(this))
    , m_renameDimension(new QAction(this))
    , m_mergeDimension(new QAction(this))
{
    m_editDetails->setObjectName(QStringLiteral("editPlanDetailsAction"));
    m_renameDimension->setObjectName(QStringLiteral("renameDimensionAction"));
    m_mergeDimension->setObjectName(QStringLiteral("mergeDimensionAction"));
    // Beside the item edits': F2 corrects an item's text, Ctrl+J merges two items.
    m_editDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_renameDimension->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2));
    m_mergeDimension->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    for (QAction *action : {m_editDetails, m_renameDimension, m_mergeDimension})
        window->addAction(action);
    connect(m_editDetails, &QAction::triggered, this, &PlanDetailsActions::editDetails);
    connect(m_renameDimension, &QAction::triggered, this, &PlanDetailsActions::askDimensionName);
    connect(m_mergeDimension, &QAction::triggered, this, &PlanDetailsActions::askMergeTarget);
    retranslate();
    update();
}

PlanDetailsActions::~PlanDetailsActions() = default;

void PlanDetailsActions::setLibrary(PlanLibrary *library)
{
    m_editor.reset();
    if (library) {
        QString error;
        m_editor = PlanDetailsEditor::open(*library, &error);
    }
    update();
}

void PlanDetailsActions::update(bool busy)
{
    const bool editable = m_editor != nullptr && m_view->hasPlan() && !busy;
    const qint64 dimension = m_view->model()->dimensionIdAt(m_view->treeView()->currentIndex());
    m_editDetails->setEnabled(editable);
    m_renameDimension->setEnabled(editable && dimension != 0);
    m_mergeDimension->setEnabled(editable && dimension != 0 && m_view->plan().dimensions.size() > 1);
}

void PlanDetailsActions::retranslate()
{
    m_editDetails->setText(tr("&Datos del plan…"));
    m_editDetails->setStatusTip(tr("Corregir la organización política, el lugar, el tipo de elección, el periodo y la visión del plan"));
    m_renameDimension->setText(tr("&Renombrar dimensión…"));
    m_mergeDimension->setText(tr("&Unir dimensión con…"));
    m_mergeDimension->setStatusTip(tr("Pasar las filas de esta dimensión a otra del mismo plan (una dimensión leída como dos)"));
}

qint64 PlanDetailsActions::dimensionIdNamed(const QString &name) const
{
    for (const Dimension &dimension : m_view->plan().dimensions) {
        if (dimension.name == name)
            return dimension.id;
    }
    return 0;
}

void PlanDetailsActions::editDetails()
{
    if (!m_editor || !m_view->hasPlan())
        return;
    auto *dialog = new PlanDetailsDialog(m_view->plan().metadata, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 planId = m_view->plan().id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, planId] {
        const PlanMetadata metadata = dialog->metadata();
        if (metadata == m_view->plan().metadata)
            return;
        m_undoStack->push(new PlanDetailsCommand(
            m_editor.get(), tr("corregir los datos del plan"),
            [planId, metadata](PlanDetailsEditor &editor, QString *error) { return editor.setMetadata(planId, metadata, error); },
            [this](qint64 id, bool ok, const QString &error) { Q_EMIT planChanged(id, ok, error); }));
    });
    dialog->open();
}

void PlanDetailsActions::askDimensionName()
{
    const QModelIndex current = m_view->treeView()->currentIndex();
    if (!m_editor || m_view->model()->dimensionIdAt(current) == 0)
        return;
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Renombrar dimensión"));
    dialog->setLabelText(tr("Nuevo nombre de la dimensión:"));
    dialog->setTextValue(m_view->model()->dimensionNameAt(current));
    connect(dialog, &QInputDialog::textValueSelected, this, &PlanDetailsActions::renameCurrentDimension);
    dialog->open();
}

void PlanDetailsActions::renameCurrentDimension(const QString &name)
{
    const QModelIndex current = m_view->treeView()->currentIndex();
    const qint64 dimensionId = m_view->model()->dimensionIdAt(current);
    const QString newName = name.simplified();
    if (!m_editor || dimensionId == 0 || newName.isEmpty() || newName == m_view->model()->dimensionNameAt(current))
        return;
    // Another dimension of the plan has that name already: the two are one dimension.
    if (dimensionIdNamed(newName) != 0) {
        mergeCurrentDimensionInto(newName);
        return;
    }
    m_undoStack->push(new PlanDetailsCommand(
        m_editor.get(), tr("renombrar la dimensión %1").arg(m_view->model()->dimensionNameAt(current)),
        [dimensionId, newName](PlanDetailsEditor &editor, QString *error) { return editor.renameDimension(dimensionId, newName, error); },
        [this](qint64 id, bool ok, const QString &error) { Q_EMIT planChanged(id, ok, error); }));
}

void PlanDetailsActions::askMergeTarget()
{
    const QModelIndex current = m_view->treeView()->currentIndex();
    const qint64 dimensionId = m_view->model()->dimensionIdAt(current);
    if (!m_editor || dimensionId == 0)
        return;
    QStringList others;
    for (const Dimension &dimension : m_view->plan().dimensions) {
        if (dimension.id != dimensionId)
            others << dimension.name;
    }
    if (others.isEmpty())
        return;
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Unir dimensión"));
    dialog->setLabelText(tr("Pasar las filas de «%1» a la dimensión:").arg(m_view->model()->dimensionNameAt(current)));
    dialog->setComboBoxItems(others);
    connect(dialog, &QInputDialog::textValueSelected, this, &PlanDetailsActions::mergeCurrentDimensionInto);
    dialog->open();
}

void PlanDetailsActions::mergeCurrentDimensionInto(const QString &name)
{
    const QModelIndex current = m_view->treeView()->currentIndex();
    const qint64 dimensionId = m_view->model()->dimensionIdAt(current);
    const qint64 intoId = dimensionIdNamed(name.simplified());
    if (!m_editor || dimensionId == 0 || intoId == 0 || intoId == dimensionId)
        return;
    m_undoStack->push(new PlanDetailsCommand(
        m_editor.get(), tr("unir la dimensión %1 con %2").arg(m_view->model()->dimensionNameAt(current), name.simplified()),
        [dimensionId, intoId](PlanDetailsEditor &editor, QString *error) { return editor.mergeDimensions(dimensionId, intoId, error); },
        [this](qint64 id, bool ok, const QString &error) { Q_EMIT planChanged(id, ok, error); }));
}

} // namespace vigia::app
