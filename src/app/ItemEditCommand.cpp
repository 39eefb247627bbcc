#include "ItemEditCommand.h"

namespace vigia::app {

ItemEditCommand::ItemEditCommand(PlanEditor *editor, Changed changed, const QString &text)
    : m_editor(editor)
    , m_changed(std::move(changed))
{
    setText(text);
}

void ItemEditCommand::redo()
{
    QString error;
    m_edit = apply(&error);
    if (!m_edit) {
        setObsolete(true); // QUndoStack drops it
        if (m_changed)
            m_changed(0, 0, false, error);
        return;
    }
    if (m_changed)
        m_changed(m_edit->planId, m_edit->itemId, true, {});
}

void ItemEditCommand::undo()
{
    if (!m_edit)
        return;
    QString error;
    if (!m_editor->revert(*m_edit, &error)) {
        setObsolete(true);
        if (m_changed)
            m_changed(0, 0, false, error);
        return;
    }
    // Back on the item the edit was about, or (an addition undone) on the plan.
    const qint64 shown = m_edit->before.isEmpty() ? 0 : m_edit->before.constFirst().item.id;
    if (m_changed)
        m_changed(m_edit->planId, shown, true, {});
}

} // namespace vigia::app
