#include "MoveItemCommand.h"

#include <QCoreApplication>

namespace vigia::app {

MoveItemCommand::MoveItemCommand(PlanEditor *editor, qint64 itemId, qint64 rowId, ItemKind kind, Changed changed)
    : ItemEditCommand(editor, std::move(changed), QCoreApplication::translate("MoveItemCommand", "mover un ítem"))
    , m_itemId(itemId)
    , m_rowId(rowId)
    , m_kind(kind)
{
}

std::optional<ItemEdit> MoveItemCommand::apply(QString *error)
{
    return editor()->moveItem(m_itemId, m_rowId, m_kind, -1, error);
}

} // namespace vigia::app
