#include "DeleteItemCommand.h"

#include <QCoreApplication>

namespace vigia::app {

DeleteItemCommand::DeleteItemCommand(PlanEditor *editor, qint64 itemId, Changed changed)
    : ItemEditCommand(editor, std::move(changed), QCoreApplication::translate("DeleteItemCommand", "eliminar un ítem"))
    , m_itemId(itemId)
{
}

std::optional<ItemEdit> DeleteItemCommand::apply(QString *error)
{
    return editor()->deleteItem(m_itemId, error);
}

} // namespace vigia::app
