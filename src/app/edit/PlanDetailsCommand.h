#pragma once

#include "store/PlanDetailsEditor.h"

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace vigia::app {

// An undoable correction of a plan's details (metadata, a dimension's name, two dimensions
// merged): redo() applies it through PlanDetailsEditor, undo() reverts it with the same ids.
// `changed` is told after each write: the plan, or (ok = false) the reason the library refused;
// a refused correction leaves the undo stack.
class PlanDetailsCommand : public QUndoCommand {
public:
    using Apply = std::function<std::optional<PlanDetailsEdit>(PlanDetailsEditor &editor, QString *error)>;
    using Changed = std::function<void(qint64 planId, bool ok, const QString &error)>;

    PlanDetailsCommand(PlanDetailsEditor *editor, const QString &text, Apply apply, Changed changed);

    void redo() override;
    void undo() override;

private:
    PlanDetailsEditor *m_editor;
    Apply m_apply;
    Changed m_changed;
    std::optional<PlanDetailsEdit> m_edit;
};

} // namespace vigia::app
