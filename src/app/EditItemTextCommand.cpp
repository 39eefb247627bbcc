#include "EditItemTextCommand.h"

#include <QCoreApplication>

namespace vigia::app {

EditItemTextCommand::EditItemTextCommand(PlanEditor *editor, qint64 itemId, const QString &newText, Changed changed)
    : ItemEditCommand(editor, std::move(changed), QCoreApplication::translate("EditItemTextCommand", "corregir el texto de un ítem"))
    , m_itemId(itemId)
    , m_newText(newText)
{
}

std::optional<ItemEdit> EditItemTextCommand::apply(QString *error)
{
    return editor()->setText(m_itemId, m_newText, error);
}

} // namespace vigia::app
