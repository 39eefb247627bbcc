#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace vigia {
class PlanLibrary;
}

namespace vigia::app {

// A person's correction of an item's text, saved in the library (PlanLibrary::correctItemText)
// and undoable: undo writes the previous text back. `changed` is told after each write
// (ok = false with the reason when the library refused it).
class EditItemTextCommand : public QUndoCommand {
public:
    using Changed = std::function<void(qint64 itemId, bool ok, const QString &error)>;

    EditItemTextCommand(PlanLibrary *library, qint64 itemId, const QString &oldText, const QString &newText, Changed changed);

    void redo() override;
    void undo() override;

private:
    void write(const QString &text);

    PlanLibrary *m_library;
    qint64 m_itemId;
    QString m_oldText;
    QString m_newText;
    Changed m_changed;
};

} // namespace vigia::app
