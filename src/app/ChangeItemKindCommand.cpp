#include "ChangeItemKindCommand.h"

#include <QCoreApplication>

namespace vigia::app {

ChangeItemKindCommand::ChangeItemKindCommand(PlanEditor *editor, qint64 itemId, ItemKind kind, Changed changed)
    : ItemEditCommand(editor, std::move(changed), QCoreApplication::translate("ChangeItemKindCommand", "cambiar el tipo de un ítem"))
    , m_itemId(itemId)
    , m_kind(kind)
{
}

std::optional<ItemEdit> ChangeItemKindCommand::apply(QString *error)
{
    return editor()->changeKind(m_itemId, m_kind, error);
}

} // namespace vigia::app
