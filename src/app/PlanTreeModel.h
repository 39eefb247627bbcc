#pragma once

#include "model/Plan.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace vigia::app {

// One plan as a tree: dimension ▸ row ▸ items (problems, objectives, indicators, metas in table
// order), each item numbered as printed (its marker, or its position in its cell when the
// document has none) and shown with its kind's icon and colour. A row is labelled with its number
// and the first words of its first problem (or objective), the full text in its tooltip.
class PlanTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum class NodeType { Dimension, Row, Item };
    enum Column { TextColumn, KindColumn, ColumnCount };
    enum Role { NodeTypeRole = Qt::UserRole + 1, ItemIdRole, ItemKindRole, NumberRole, PlainTextRole };

    explicit PlanTreeModel(QObject *parent = nullptr);
    ~PlanTreeModel() override;

    void setPlan(const Plan &plan);
    // Brings the model to `plan` (the same plan after an edit) in place: item rows removed,
    // inserted and moved one by one and the rest refreshed with dataChanged, so that views keep
    // their selection and expansion. A plan with other dimensions or rows is set with a reset.
    void updatePlan(const Plan &plan);
    void clear();
    const Plan &plan() const { return m_plan; }

    // The item an index stands for, or null for a dimension or row index.
    const Item *itemAt(const QModelIndex &index) const;
    QModelIndex indexOfItem(qint64 itemId) const;
    // The node of a row, by its place in the plan; invalid when there is no such row.
    QModelIndex indexOfRow(int dimension, int row) const;

    // Rows a person should check (the review queue), by row id, each with the reasons to show: a
    // warning icon beside the row and the reasons in its tooltip. Emits dataChanged only for the
    // rows whose note changed.
    void setRowNotes(const QHash<qint64, QString> &notes);
    QString rowNote(const QModelIndex &index) const;
    // Where an item sits: dimension name and 1-based row number.
    QString dimensionNameAt(const QModelIndex &index) const;
    // The library id of the dimension an index sits in (0: none).
    qint64 dimensionIdAt(const QModelIndex &index) const;
    int rowNumberAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The language changed: tells the views that the headers and every text changed.
    void retranslate();

private:
    struct Node {
        NodeType type = NodeType::Dimension;
        int dimension = -1;
        int row = -1;
        ItemKind kind = ItemKind::Problem;
        int item = -1;                 // index in the row's cell of `kind`
        Item data;                     // an item node's own copy, consistent at every step of updatePlan()
        Node *parent = nullptr;
        int indexInParent = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    const Node *nodeAt(const QModelIndex &index) const;
    static std::unique_ptr<Node> makeItemNode(const Item &item, ItemKind kind, int indexInCell, Node *parent);
    static bool hasSameOutline(const Plan &a, const Plan &b);
    void updateRow(Node &rowNode, const Row &row);
    QString numberOf(const Node &node) const;
    QString displayText(const Node &node) const;
    QVariant rowToolTip(const Node &node) const;

    Plan m_plan;
    Node m_root;
    QHash<qint64, QString> m_rowNotes;
};

} // namespace vigia::app
