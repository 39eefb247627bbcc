#pragma once

#include "ItemEditCommand.h"

namespace vigia::app {

// Splits an item's text in two items at a cursor position (undoable; a redo keeps the new item's id).
class SplitItemCommand : public ItemEditCommand {
public:
    SplitItemCommand(PlanEditor *editor, qint64 itemId, int textPosition, Changed changed);

protected:
    std::optional<ItemEdit> apply(QString *error) override;

private:
    qint64 m_itemId;
    int m_textPosition;
    qint64 m_newItemId = 0; // given back on redo
};

} // namespace vigia::app
