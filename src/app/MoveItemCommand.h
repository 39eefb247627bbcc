#pragma once

#include "ItemEditCommand.h"

namespace vigia::app {

// Moves an item to the end of a cell of another row or dimension of its plan (undoable).
class MoveItemCommand : public ItemEditCommand {
public:
    MoveItemCommand(PlanEditor *editor, qint64 itemId, qint64 rowId, ItemKind kind, Changed changed);

protected:
    std::optional<ItemEdit> apply(QString *error) override;

private:
    qint64 m_itemId;
    qint64 m_rowId;
    ItemKind m_kind;
};

} // namespace vigia::app
