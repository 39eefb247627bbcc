#include "AddItemCommand.h"

#include <QCoreApplication>

namespace vigia::app {

AddItemCommand::AddItemCommand(PlanEditor *editor, qint64 rowId, ItemKind kind, int position, const QString &text, Changed changed)
    : ItemEditCommand(editor, std::move(changed), QCoreApplication::translate("AddItemCommand", "añadir un ítem"))
    , m_rowId(rowId)
    , m_kind(kind)
    , m_position(position)
    , m_itemText(text)
{
}

std::optional<ItemEdit> AddItemCommand::apply(QString *error)
{
    std::optional<ItemEdit> edit = editor()->addItem(m_rowId, m_kind, m_position, m_itemText, error, m_newItemId);
    if (edit)
        m_newItemId = edit->itemId;
    return edit;
}

} // namespace vigia::app
