#pragma once

#include "model/Plan.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QTreeView;

namespace vigia::app {

class PlanTreeModel;

// One plan: what it says about itself (organization, place, period, election type, vision) on
// top, and its proposals below as a tree of dimensions, rows and items.
class PlanView : public QWidget {
    Q_OBJECT

public:
    explicit PlanView(QWidget *parent = nullptr);

    // `warnings`: what the reader said when the plan was imported (PlanLibrary::importWarnings).
    void setPlan(const Plan &plan, const QStringList &warnings = {});
    // The same plan after an edit: the tree is updated in place (selection and expansion stay).
    void updatePlan(const Plan &plan);
    void clear();
    bool hasPlan() const { return m_hasPlan; }
    const Plan &plan() const;

    // Selects and shows an item; returns false when the plan has no item with this id.
    bool selectItem(qint64 itemId);
    const Item *currentItem() const;
    void expandAll();
    void collapseAll();
    // Puts the current item's text (or the current dimension's or row's label) on the clipboard.
    bool copyCurrentText();

    QTreeView *treeView() const { return m_tree; }
    PlanTreeModel *model() const { return m_model; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *visionLabel() const { return m_vision; }
    QLabel *warningsLabel() const { return m_warnings; }
    QLabel *reviewLabel() const { return m_review; }

    // How many rows of the plan are left to review: a link above the tree, hidden at 0.
    void setRowsToReview(int count);

Q_SIGNALS:
    // The current node of the tree changed (an index of model(), invalid when nothing is current).
    void currentIndexChanged(const QModelIndex &index);
    // The link to the rows to review was followed.
    void reviewRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCurrentChanged();
    void showHeaderTexts();

    PlanTreeModel *m_model;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_vision;
    QLabel *m_warnings;
    QLabel *m_review;
    QTreeView *m_tree;
    int m_rowsToReview = 0;
    bool m_hasPlan = false;
    QStringList m_importWarnings; // as stored with the plan, in the language of its import
};

} // namespace vigia::app
