#pragma once

#include "ItemEditCommand.h"

namespace vigia::app {

// Merges an item with the next one of its kind in its row (undoable).
class MergeItemsCommand : public ItemEditCommand {
public:
    MergeItemsCommand(PlanEditor *editor, qint64 itemId, Changed changed);

protected:
    std::optional<ItemEdit> apply(QString *error) override;

private:
    qint64 m_itemId;
};

} // namespace vigia::app
