#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QUndoStack;
class QWidget;

namespace vigia {
class PlanDetailsEditor;
class PlanLibrary;
}

namespace vigia::app {

class PlanView;

// The corrections of a plan beyond its items, as the main window offers them: "Datos del plan…"
// (organization, place, election type, period, vision), "Renombrar dimensión…" and "Unir
// dimensión con…" (a dimension read as two). Each goes on the window's undo stack; `planChanged`
// tells when a plan was written (or why the library refused).
class PlanDetailsActions : public QObject {
    Q_OBJECT
public:
    PlanDetailsActions(QWidget *window, PlanView *view, QUndoStack *undoStack);
    ~PlanDetailsActions() override;

    // The library the corrections go to (null: none open, or read-only); warns when it cannot be
    // written.
    void setLibrary(PlanLibrary *library);
    // Enables the actions for the plan and dimension shown; `busy` while an import runs.
    void update(bool busy = false);
    void retranslate();

    QAction *editDetailsAction() const { return m_editDetails; }
    QAction *renameDimensionAction() const { return m_renameDimension; }
    QAction *mergeDimensionAction() const { return m_mergeDimension; }

    // The corrections themselves, as the dialogs end them (also for tests).
    void renameCurrentDimension(const QString &name);
    void mergeCurrentDimensionInto(const QString &name);

Q_SIGNALS:
    void planChanged(qint64 planId, bool ok, const QString &error);

private:
    void editDetails();
    void askDimensionName();
    void askMergeTarget();
    qint64 dimensionIdNamed(const QString &name) const;

    QWidget *m_window;
    PlanView *m_view;
    QUndoStack *m_undoStack;
    std::unique_ptr<PlanDetailsEditor> m_editor;
    QAction *m_editDetails;
    QAction *m_renameDimension;
    QAction *m_mergeDimension;
};

} // namespace vigia::app
