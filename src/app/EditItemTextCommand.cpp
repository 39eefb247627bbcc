#include "EditItemTextCommand.h"

#include "store/PlanLibrary.h"

#include <QCoreApplication>

namespace vigia::app {

EditItemTextCommand::EditItemTextCommand(PlanLibrary *library, qint64 itemId, const QString &oldText, const QString &newText, Changed changed)
    : m_library(library)
    , m_itemId(itemId)
    , m_oldText(oldText)
    , m_newText(newText)
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("EditItemTextCommand", "corregir el texto de un ítem"));
}

void EditItemTextCommand::redo()
{
    write(m_newText);
}

void EditItemTextCommand::undo()
{
    write(m_oldText);
}

void EditItemTextCommand::write(const QString &text)
{
    QString error;
    const bool ok = m_library->correctItemText(m_itemId, text, &error);
    if (m_changed)
        m_changed(m_itemId, ok, error);
}

} // namespace vigia::app
