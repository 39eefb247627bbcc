#pragma once

#include "store/PlanEditor.h"

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace vigia::app {

// The common part of the undoable corrections of a plan's items (change kind, split, merge, move,
// delete, add): redo() applies the edit through PlanEditor (one transaction), undo() reverts it
// with the same ids. `changed` is told after each write: the plan and the item to show, or
// (ok = false) the reason the library refused; a refused edit leaves the undo stack.
class ItemEditCommand : public QUndoCommand {
public:
    using Changed = std::function<void(qint64 planId, qint64 itemId, bool ok, const QString &error)>;

    void redo() final;
    void undo() final;

protected:
    ItemEditCommand(PlanEditor *editor, Changed changed, const QString &text);
    // Applies the edit (again, for a redo); returns what revert() needs.
    virtual std::optional<ItemEdit> apply(QString *error) = 0;
    PlanEditor *editor() const { return m_editor; }

private:
    PlanEditor *m_editor;
    Changed m_changed;
    std::optional<ItemEdit> m_edit;
};

} // namespace vigia::app
