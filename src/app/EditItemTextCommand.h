#pragma once

#include "ItemEditCommand.h"

namespace vigia::app {

// A person's correction of an item's text, saved in the library (PlanEditor::setText: marked as
// corrected and logged) and undoable: undo gives back the previous text and mark.
class EditItemTextCommand : public ItemEditCommand {
public:
    EditItemTextCommand(PlanEditor *editor, qint64 itemId, const QString &newText, Changed changed);

protected:
    std::optional<ItemEdit> apply(QString *error) override;

private:
    qint64 m_itemId;
    QString m_newText;
};

} // namespace vigia::app
