#include "SplitItemCommand.h"

#include <QCoreApplication>

namespace vigia::app {

SplitItemCommand::SplitItemCommand(PlanEditor *editor, qint64 itemId, int textPosition, Changed changed)
    : ItemEditCommand(editor, std::move(changed), QCoreApplication::translate("SplitItemCommand", "dividir un ítem"))
    , m_itemId(itemId)
    , m_textPosition(textPosition)
{
}

std::optional<ItemEdit> SplitItemCommand::apply(QString *error)
{
    std::optional<ItemEdit> edit = editor()->splitItem(m_itemId, m_textPosition, error, m_newItemId);
    if (edit && !edit->created.isEmpty())
        m_newItemId = edit->created.constFirst();
    return edit;
}

} // namespace vigia::app
