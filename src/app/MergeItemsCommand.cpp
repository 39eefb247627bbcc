#include "MergeItemsCommand.h"

#include <QCoreApplication>

namespace vigia::app {

MergeItemsCommand::MergeItemsCommand(PlanEditor *editor, qint64 itemId, Changed changed)
    : ItemEditCommand(editor, std::move(changed), QCoreApplication::translate("MergeItemsCommand", "unir un ítem con el siguiente"))
    , m_itemId(itemId)
{
}

std::optional<ItemEdit> MergeItemsCommand::apply(QString *error)
{
    return editor()->mergeWithNext(m_itemId, error);
}

} // namespace vigia::app
