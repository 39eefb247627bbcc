#pragma once

#include "ItemEditCommand.h"

namespace vigia::app {

// Adds an item to a row (undoable; a redo keeps the new item's id).
class AddItemCommand : public ItemEditCommand {
public:
    AddItemCommand(PlanEditor *editor, qint64 rowId, ItemKind kind, int position, const QString &text, Changed changed);

protected:
    std::optional<ItemEdit> apply(QString *error) override;

private:
    qint64 m_rowId;
    ItemKind m_kind;
    int m_position;
    QString m_itemText;
    qint64 m_newItemId = 0; // given back on redo
};

} // namespace vigia::app
