#include "PlanTreeModel.h"

#include "ItemKindStyle.h"

#include <QFont>

namespace vigia::app {

PlanTreeModel::PlanTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

PlanTreeModel::~PlanTreeModel() = default;

void PlanTreeModel::setPlan(const Plan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_root.children.clear();
    for (int d = 0; d < m_plan.dimensions.size(); ++d) {
        auto dimensionNode = std::make_unique<Node>();
        dimensionNode->type = NodeType::Dimension;
        dimensionNode->dimension = d;
        dimensionNode->parent = &m_root;
        dimensionNode->indexInParent = static_cast<int>(m_root.children.size());
        const Dimension &dimension = m_plan.dimensions[d];
        for (int r = 0; r < dimension.rows.size(); ++r) {
            auto rowNode = std::make_unique<Node>();
            rowNode->type = NodeType::Row;
            rowNode->dimension = d;
            rowNode->row = r;
            rowNode->parent = dimensionNode.get();
            rowNode->indexInParent = static_cast<int>(dimensionNode->children.size());
            for (ItemKind kind : allItemKinds) {
                const QList<Item> &items = dimension.rows[r].items(kind);
                for (int i = 0; i < items.size(); ++i) {
                    auto itemNode = std::make_unique<Node>();
                    itemNode->type = NodeType::Item;
                    itemNode->dimension = d;
                    itemNode->row = r;
                    itemNode->kind = kind;
                    itemNode->item = i;
                    itemNode->parent = rowNode.get();
                    itemNode->indexInParent = static_cast<int>(rowNode->children.size());
                    rowNode->children.push_back(std::move(itemNode));
                }
            }
            dimensionNode->children.push_back(std::move(rowNode));
        }
        m_root.children.push_back(std::move(dimensionNode));
    }
    endResetModel();
}

void PlanTreeModel::clear()
{
    setPlan(Plan());
}

const PlanTreeModel::Node *PlanTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : &m_root;
}

const Item *PlanTreeModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const Node *node = nodeAt(index);
    if (node->type != NodeType::Item)
        return nullptr;
    return &m_plan.dimensions[node->dimension].rows[node->row].items(node->kind)[node->item];
}

QModelIndex PlanTreeModel::indexOfItem(qint64 itemId) const
{
    if (itemId == 0)
        return {};
    for (const auto &dimensionNode : m_root.children) {
        for (const auto &rowNode : dimensionNode->children) {
            for (const auto &itemNode : rowNode->children) {
                const Item &item = m_plan.dimensions[itemNode->dimension].rows[itemNode->row].items(itemNode->kind)[itemNode->item];
                if (item.id == itemId)
                    return createIndex(itemNode->indexInParent, 0, itemNode.get());
            }
        }
    }
    return {};
}

QString PlanTreeModel::dimensionNameAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return m_plan.dimensions[nodeAt(index)->dimension].name;
}

int PlanTreeModel::rowNumberAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return 0;
    return nodeAt(index)->row + 1;
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = nodeAt(parent);
    return createIndex(row, column, parentNode->children[static_cast<size_t>(row)].get());
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeAt(child);
    const Node *parentNode = node->parent;
    if (parentNode == nullptr || parentNode == &m_root)
        return {};
    return createIndex(parentNode->indexInParent, 0, const_cast<Node *>(parentNode));
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeAt(parent)->children.size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString PlanTreeModel::numberOf(const Node &node) const
{
    switch (node.type) {
    case NodeType::Dimension:
        return QString::number(node.dimension + 1);
    case NodeType::Row:
        return QString::number(node.row + 1);
    case NodeType::Item: {
        const Item &item = m_plan.dimensions[node.dimension].rows[node.row].items(node.kind)[node.item];
        return item.marker.isEmpty() ? QStringLiteral("%1.").arg(node.item + 1) : item.marker;
    }
    }
    return {};
}

QString PlanTreeModel::displayText(const Node &node) const
{
    const Dimension &dimension = m_plan.dimensions[node.dimension];
    switch (node.type) {
    case NodeType::Dimension:
        return tr("Dimensión %1 (%n ítems)", nullptr, static_cast<int>(dimension.itemCount())).arg(dimension.name);
    case NodeType::Row: {
        const Row &row = dimension.rows[node.row];
        const QString label = tr("Fila %1").arg(node.row + 1);
        return row.heading.isEmpty() ? label : QStringLiteral("%1 — %2").arg(label, row.heading);
    }
    case NodeType::Item: {
        const Item &item = dimension.rows[node.row].items(node.kind)[node.item];
        return QStringLiteral("%1 %2").arg(numberOf(node), item.text);
    }
    }
    return {};
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeAt(index);
    const bool isItem = node.type == NodeType::Item;
    const Item *item = itemAt(index);
    switch (role) {
    case NodeTypeRole: return static_cast<int>(node.type);
    case ItemIdRole: return item ? QVariant(item->id) : QVariant();
    case ItemKindRole: return isItem ? QVariant(static_cast<int>(node.kind)) : QVariant();
    case NumberRole: return numberOf(node);
    case PlainTextRole: return item ? item->text : displayText(node);
    default: break;
    }
    if (index.column() == KindColumn) {
        if (role == Qt::DisplayRole && isItem)
            return ItemKindStyle::singularName(node.kind);
        if (role == Qt::ForegroundRole && isItem)
            return ItemKindStyle::color(node.kind);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: return displayText(node);
    case Qt::ToolTipRole: return isItem ? QVariant(item->text) : QVariant();
    case Qt::DecorationRole: return isItem ? QVariant(ItemKindStyle::icon(node.kind)) : QVariant();
    case Qt::ForegroundRole: return isItem ? QVariant(ItemKindStyle::color(node.kind).darker(115)) : QVariant();
    case Qt::FontRole:
        if (node.type == NodeType::Dimension || (item && item->corrected)) {
            QFont font;
            font.setBold(node.type == NodeType::Dimension);
            font.setItalic(item && item->corrected); // changed by a person after import
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TextColumn ? tr("Propuesta") : tr("Tipo");
}

Qt::ItemFlags PlanTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace vigia::app
