#pragma once

#include "model/ItemKind.h"

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace vigia {
class PlanEditor;
}

namespace vigia::app {

class PlanView;

// The edits of a plan's items beyond their text, as the main window offers them in its Edit menu
// and the plan's context menu: change an item's kind (Ctrl+1…4), split it at a point, merge it
// with the next, move it to another row, add an item, delete one. Their shortcuts act where the
// plan is shown. Each goes on the window's undo stack; `itemEdited` tells when an item was written
// (or why the library refused).
class ItemEditActions : public QObject {
    Q_OBJECT
public:
    ItemEditActions(QWidget *window, PlanView *view, QUndoStack *undoStack);

    // The editor the edits go through (null: no library open, or read-only); not owned.
    void setEditor(PlanEditor *editor);
    // Enables the actions for the item shown; `busy` while an import runs.
    void update(bool busy);
    void retranslate();

    QMenu *kindMenu() const { return m_kindMenu; }
    QAction *splitAction() const { return m_splitAction; }
    QAction *mergeAction() const { return m_mergeAction; }
    QAction *moveAction() const { return m_moveAction; }
    QAction *addItemAction() const { return m_addItemAction; }
    QAction *deleteItemAction() const { return m_deleteItemAction; }

    // The edits themselves, on the item shown, as the dialogs end them (also for tests). False
    // when there is nothing to do.
    bool changeCurrentItemKind(ItemKind kind);
    bool splitCurrentItem(int textPosition);
    bool mergeCurrentItemWithNext();
    bool moveCurrentItem(qint64 rowId, ItemKind kind);
    bool deleteCurrentItem(); // without asking
    // Adds an item after the current item (same kind) or, on a row, a problem at its end.
    bool addItemAtCurrent(const QString &text);

Q_SIGNALS:
    void itemEdited(qint64 planId, qint64 itemId, bool ok, const QString &error);

private:
    void chooseSplitPosition();
    void chooseMoveTarget();
    void confirmDeleteCurrentItem();
    void chooseNewItemText();
    // Called by each command when it is done or undone.
    void edited(qint64 planId, qint64 itemId, bool ok, const QString &error);

    QWidget *m_window;
    PlanView *m_view;
    QUndoStack *m_undoStack;
    PlanEditor *m_editor = nullptr;
    bool m_busy = false;
    QMenu *m_kindMenu;
    QList<QAction *> m_kindActions; // by ItemKind
    QAction *m_splitAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_moveAction = nullptr;
    QAction *m_addItemAction = nullptr;
    QAction *m_deleteItemAction = nullptr;
};

} // namespace vigia::app
