#pragma once

#include "ItemEditCommand.h"

namespace vigia::app {

// Deletes an item (undoable: the undo brings it back with its id and topics). Refused for items with recorded progress.
class DeleteItemCommand : public ItemEditCommand {
public:
    DeleteItemCommand(PlanEditor *editor, qint64 itemId, Changed changed);

protected:
    std::optional<ItemEdit> apply(QString *error) override;

private:
    qint64 m_itemId;
};

} // namespace vigia::app
