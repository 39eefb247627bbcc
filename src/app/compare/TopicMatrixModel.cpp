#include "TopicMatrixModel.h"

#include "ComparisonStyle.h"

#include <algorithm>

namespace vigia::app {

TopicMatrixModel::TopicMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TopicMatrixModel::setComparison(const PlanComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

void TopicMatrixModel::clear()
{
    beginResetModel();
    m_comparison = {};
    endResetModel();
}

int TopicMatrixModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_comparison.columnCount() == 0)
        return 0;
    return int(m_comparison.topics.size()) + 1;
}

int TopicMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_comparison.columnCount();
}

int TopicMatrixModel::count(int row, int column) const
{
    if (row < 0 || column < 0 || column >= m_comparison.columnCount())
        return 0;
    if (row < m_comparison.topics.size())
        return m_comparison.topics[row].count(column);
    if (row == m_comparison.topics.size())
        return m_comparison.itemsWithoutTopic.value(column);
    return 0;
}

QVariant TopicMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool topicRow = index.row() < m_comparison.topics.size();
    const int value = count(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return topicRow && value == 0 ? ComparisonStyle::gapText() : QString::number(value);
    case CountRole:
        return value;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (topicRow && value == 0)
            return ComparisonStyle::gapBackground();
        return {};
    case Qt::ForegroundRole:
        if (topicRow && value == 0)
            return ComparisonStyle::gapForeground();
        return {};
    case Qt::ToolTipRole: {
        QString tip = tr("%1: %n ítems", nullptr, value).arg(m_comparison.plans[index.column()].label);
        if (!topicRow || value == 0)
            return tip;
        // Which items, and the keyword that put each in the topic, so the count can be checked.
        const TopicCoverage &topic = m_comparison.topics[index.row()];
        const QList<int> &items = topic.items[index.column()];
        constexpr int shown = 8;
        for (int i = 0; i < std::min<int>(shown, int(items.size())); ++i) {
            const ComparedItem &item = m_comparison.items[items[i]];
            const QString text = item.text.size() > 90 ? item.text.left(89) + QStringLiteral("…") : item.text;
            const QString keyword = item.topicKeywords.value(topic.key);
            tip += u'\n' + (keyword.isEmpty() ? tr("• %1 (asignado a mano)").arg(text) : tr("• %1 (palabra: «%2»)").arg(text, keyword));
        }
        if (items.size() > shown)
            tip += u'\n' + tr("… y %n más", nullptr, int(items.size()) - shown);
        return tip;
    }
    case TopicKeyRole:
        return topicRow ? m_comparison.topics[index.row()].key : QString();
    default:
        return {};
    }
}

QVariant TopicMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_comparison.columnCount())
            return {};
        // The organization, wrapped by the header over as many lines as it needs; the tooltip has all of it.
        const ComparedPlan &plan = m_comparison.plans[section];
        return role == Qt::DisplayRole && !plan.organization.isEmpty() ? plan.organization : plan.label;
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (section < m_comparison.topics.size())
        return m_comparison.topics[section].name;
    return tr("Sin tema");
}

int TopicMatrixModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_comparison.topics.size(); ++row) {
        if (m_comparison.topics[row].key == key)
            return row;
    }
    return -1;
}

} // namespace vigia::app
