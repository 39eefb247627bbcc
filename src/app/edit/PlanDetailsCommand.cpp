#include "PlanDetailsCommand.h"

namespace vigia::app {

PlanDetailsCommand::PlanDetailsCommand(PlanDetailsEditor *editor, const QString &text, Apply apply, Changed changed)
    : m_editor(editor)
    , m_apply(std::move(apply))
    , m_changed(std::move(changed))
{
    setText(text);
}

void PlanDetailsCommand::redo()
{
    QString error;
    m_edit = m_apply(*m_editor, &error);
    if (!m_edit) {
        setObsolete(true); // QUndoStack drops it
        if (m_changed)
            m_changed(0, false, error);
        return;
    }
    if (m_changed)
        m_changed(m_edit->planId, true, {});
}

void PlanDetailsCommand::undo()
{
    if (!m_edit)
        return;
    QString error;
    if (!m_editor->revert(*m_edit, &error)) {
        setObsolete(true);
        if (m_changed)
            m_changed(0, false, error);
        return;
    }
    if (m_changed)
        m_changed(m_edit->planId, true, {});
}

} // namespace vigia::app
