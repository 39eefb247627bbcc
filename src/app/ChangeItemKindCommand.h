#pragma once

#include "ItemEditCommand.h"

namespace vigia::app {

// Makes an item an item of another kind in its row (undoable).
class ChangeItemKindCommand : public ItemEditCommand {
public:
    ChangeItemKindCommand(PlanEditor *editor, qint64 itemId, ItemKind kind, Changed changed);

protected:
    std::optional<ItemEdit> apply(QString *error) override;

private:
    qint64 m_itemId;
    ItemKind m_kind;
};

} // namespace vigia::app
