#include "PlanTreeModel.h"

#include "ItemKindStyle.h"
#include "review/ReviewStyle.h"

#include <QFont>
#include <QSet>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <utility>

namespace vigia::app {

namespace {

// Characters of an item's text a row's label shows at most before eliding.
constexpr int rowSummaryLength = 60;

// `text` on one line, cut after at most `length` characters at the end of a word, with "…"
// when something was left out.
QString firstWords(const QString &text, int length)
{
    const QString line = text.simplified();
    if (line.size() <= length)
        return line;
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, line);
    words.setPosition(length);
    while (words.position() > 0 && !(words.boundaryReasons() & QTextBoundaryFinder::EndOfItem))
        words.toPreviousBoundary();
    // A single very long word is cut where it must be.
    const qsizetype cut = words.position() >= length / 2 ? words.position() : length;
    QString head = line.left(cut);
    while (!head.isEmpty() && (head.back().isSpace() || head.back().isPunct()))
        head.chop(1);
    return head + QChar(0x2026);
}

} // namespace

PlanTreeModel::PlanTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

PlanTreeModel::~PlanTreeModel() = default;

void PlanTreeModel::setPlan(const Plan &plan)
{
    beginResetModel();
    if (plan.id != m_plan.id)
        m_rowNotes.clear(); // another plan's rows
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
                for (int i = 0; i < items.size(); ++i)
                    rowNode->children.push_back(makeItemNode(items[i], kind, i, rowNode.get()));
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

std::unique_ptr<PlanTreeModel::Node> PlanTreeModel::makeItemNode(const Item &item, ItemKind kind, int indexInCell, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->type = NodeType::Item;
    node->dimension = parent->dimension;
    node->row = parent->row;
    node->kind = kind;
    node->item = indexInCell;
    node->data = item;
    node->parent = parent;
    node->indexInParent = static_cast<int>(parent->children.size());
    return node;
}

bool PlanTreeModel::hasSameOutline(const Plan &a, const Plan &b)
{
    if (a.id != b.id || a.dimensions.size() != b.dimensions.size())
        return false;
    for (qsizetype d = 0; d < a.dimensions.size(); ++d) {
        const Dimension &first = a.dimensions[d];
        const Dimension &second = b.dimensions[d];
        if (first.id != second.id || first.rows.size() != second.rows.size())
            return false;
        for (qsizetype r = 0; r < first.rows.size(); ++r) {
            if (first.rows[r].id != second.rows[r].id)
                return false;
        }
    }
    return true;
}

void PlanTreeModel::updatePlan(const Plan &plan)
{
    if (!hasSameOutline(m_plan, plan)) {
        setPlan(plan);
        return;
    }
    // Items that left a row go first, everywhere, so that an item moved to another row is never
    // in two rows at once; then each row gets its new items in order.
    for (size_t d = 0; d < m_root.children.size(); ++d) {
        Node &dimensionNode = *m_root.children[d];
        for (size_t r = 0; r < dimensionNode.children.size(); ++r) {
            Node &rowNode = *dimensionNode.children[r];
            QSet<qint64> kept;
            const Row &row = plan.dimensions[qsizetype(d)].rows[qsizetype(r)];
            for (ItemKind kind : allItemKinds) {
                for (const Item &item : row.items(kind))
                    kept.insert(item.id);
            }
            const QModelIndex parent = createIndex(rowNode.indexInParent, 0, &rowNode);
            for (int i = static_cast<int>(rowNode.children.size()) - 1; i >= 0; --i) {
                if (kept.contains(rowNode.children[size_t(i)]->data.id))
                    continue;
                beginRemoveRows(parent, i, i);
                rowNode.children.erase(rowNode.children.begin() + i);
                for (size_t j = size_t(i); j < rowNode.children.size(); ++j)
                    rowNode.children[j]->indexInParent = int(j);
                endRemoveRows();
            }
        }
    }
    for (size_t d = 0; d < m_root.children.size(); ++d) {
        Node &dimensionNode = *m_root.children[d];
        for (size_t r = 0; r < dimensionNode.children.size(); ++r)
            updateRow(*dimensionNode.children[r], plan.dimensions[qsizetype(d)].rows[qsizetype(r)]);
    }
    m_plan = plan;
    // Numbers, kinds, texts and counts may all have changed: refresh what is shown.
    for (const auto &dimensionNode : m_root.children) {
        const QModelIndex dimensionIndex = createIndex(dimensionNode->indexInParent, 0, dimensionNode.get());
        Q_EMIT dataChanged(dimensionIndex, dimensionIndex.siblingAtColumn(ColumnCount - 1));
        for (const auto &rowNode : dimensionNode->children) {
            const QModelIndex rowIndex = createIndex(rowNode->indexInParent, 0, rowNode.get());
            Q_EMIT dataChanged(rowIndex, rowIndex.siblingAtColumn(ColumnCount - 1));
            if (!rowNode->children.empty()) {
                Q_EMIT dataChanged(createIndex(0, 0, rowNode->children.front().get()),
                                   createIndex(int(rowNode->children.size()) - 1, ColumnCount - 1, rowNode->children.back().get()));
            }
        }
    }
}

// Makes a row node's children the row's items, in table order, moving the nodes already there.
void PlanTreeModel::updateRow(Node &rowNode, const Row &row)
{
    const QModelIndex parent = createIndex(rowNode.indexInParent, 0, &rowNode);
    auto renumber = [&rowNode] {
        for (size_t j = 0; j < rowNode.children.size(); ++j)
            rowNode.children[j]->indexInParent = int(j);
    };
    int position = 0;
    for (ItemKind kind : allItemKinds) {
        const QList<Item> &items = row.items(kind);
        for (int i = 0; i < items.size(); ++i, ++position) {
            const Item &item = items[i];
            const auto found = std::find_if(rowNode.children.begin() + position, rowNode.children.end(),
                                            [&item](const std::unique_ptr<Node> &node) { return node->data.id == item.id; });
            if (found == rowNode.children.end()) {
                beginInsertRows(parent, position, position);
                rowNode.children.insert(rowNode.children.begin() + position, makeItemNode(item, kind, i, &rowNode));
                renumber();
                endInsertRows();
            } else if (found != rowNode.children.begin() + position) {
                const int from = int(found - rowNode.children.begin());
                beginMoveRows(parent, from, from, parent, position);
                std::unique_ptr<Node> node = std::move(*found);
                rowNode.children.erase(found);
                rowNode.children.insert(rowNode.children.begin() + position, std::move(node));
                renumber();
                endMoveRows();
            }
            Node &node = *rowNode.children[size_t(position)];
            node.kind = kind;
            node.item = i;
            node.data = item;
        }
    }
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
    return &node->data;
}

QModelIndex PlanTreeModel::indexOfItem(qint64 itemId) const
{
    if (itemId == 0)
        return {};
    for (const auto &dimensionNode : m_root.children) {
        for (const auto &rowNode : dimensionNode->children) {
            for (const auto &itemNode : rowNode->children) {
                if (itemNode->data.id == itemId)
                    return createIndex(itemNode->indexInParent, 0, itemNode.get());
            }
        }
    }
    return {};
}

QModelIndex PlanTreeModel::indexOfRow(int dimension, int row) const
{
    if (dimension < 0 || dimension >= static_cast<int>(m_root.children.size()))
        return {};
    const Node &dimensionNode = *m_root.children[static_cast<size_t>(dimension)];
    if (row < 0 || row >= static_cast<int>(dimensionNode.children.size()))
        return {};
    return createIndex(row, 0, dimensionNode.children[static_cast<size_t>(row)].get());
}

void PlanTreeModel::setRowNotes(const QHash<qint64, QString> &notes)
{
    if (notes == m_rowNotes)
        return;
    const QHash<qint64, QString> before = std::exchange(m_rowNotes, notes);
    for (const auto &dimensionNode : m_root.children) {
        for (const auto &rowNode : dimensionNode->children) {
            const qint64 id = m_plan.dimensions[rowNode->dimension].rows[rowNode->row].id;
            if (before.value(id) != m_rowNotes.value(id)) {
                const QModelIndex index = createIndex(rowNode->indexInParent, TextColumn, rowNode.get());
                Q_EMIT dataChanged(index, index, {Qt::DecorationRole, Qt::ToolTipRole});
            }
        }
    }
}

QString PlanTreeModel::rowNote(const QModelIndex &index) const
{
    const Node *node = index.isValid() ? nodeAt(index) : nullptr;
    if (!node || node->type != NodeType::Row)
        return {};
    return m_rowNotes.value(m_plan.dimensions[node->dimension].rows[node->row].id);
}

QString PlanTreeModel::dimensionNameAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return m_plan.dimensions[nodeAt(index)->dimension].name;
}

qint64 PlanTreeModel::dimensionIdAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return 0;
    return m_plan.dimensions[nodeAt(index)->dimension].id;
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
    case NodeType::Item:
        return node.data.marker.isEmpty() ? QStringLiteral("%1.").arg(node.item + 1) : node.data.marker;
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
        QString label = tr("Fila %1").arg(node.row + 1);
        if (!row.heading.isEmpty())
            label = tr("%1 (%2)").arg(label, firstWords(row.heading, rowSummaryLength / 2));
        ItemKind kind = ItemKind::Problem;
        const Item *first = row.firstItem(&kind);
        return first ? QStringLiteral("%1 — %2").arg(label, firstWords(first->text, rowSummaryLength)) : label;
    }
    case NodeType::Item:
        return QStringLiteral("%1 %2").arg(numberOf(node), node.data.text);
    }
    return {};
}

// A row's heading and the full text of the item its label begins.
QVariant PlanTreeModel::rowToolTip(const Node &node) const
{
    if (node.type != NodeType::Row)
        return {};
    const Row &row = m_plan.dimensions[node.dimension].rows[node.row];
    QStringList lines;
    if (!row.heading.isEmpty())
        lines.append(row.heading);
    ItemKind kind = ItemKind::Problem;
    if (const Item *first = row.firstItem(&kind))
        lines.append(tr("%1: %2").arg(ItemKindStyle::singularName(kind), first->text));
    if (const QString note = m_rowNotes.value(row.id); !note.isEmpty())
        lines.append(tr("⚠ Por revisar: %1").arg(note));
    return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
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
    case Qt::ToolTipRole: return isItem ? QVariant(item->text) : rowToolTip(node);
    case Qt::DecorationRole:
        if (isItem)
            return ItemKindStyle::icon(node.kind);
        if (node.type == NodeType::Row && m_rowNotes.contains(m_plan.dimensions[node.dimension].rows[node.row].id))
            return ReviewStyle::icon();
        return {};
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

void PlanTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // dataChanged covers the children of one parent: walk the dimensions and their rows.
    const auto changedUnder = [this](const QModelIndex &parent, const auto &recurse) -> void {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
        for (int row = 0; row < rows; ++row)
            recurse(index(row, 0, parent), recurse);
    };
    changedUnder(QModelIndex(), changedUnder);
}

} // namespace vigia::app
