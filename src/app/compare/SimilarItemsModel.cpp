#include "SimilarItemsModel.h"

#include "ItemKindStyle.h"
#include "compare/SharedWords.h"

namespace vigia::app {

SimilarItemsModel::SimilarItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SimilarItemsModel::setComparison(const PlanComparison &comparison)
{
    m_comparison = comparison;
    if (m_item >= m_comparison.items.size())
        m_item = -1;
    refill();
}

void SimilarItemsModel::clear()
{
    m_comparison = {};
    m_item = -1;
    refill();
}

void SimilarItemsModel::setItem(int itemIndex)
{
    m_item = itemIndex >= 0 && itemIndex < m_comparison.items.size() ? itemIndex : -1;
    refill();
}

void SimilarItemsModel::setMinimumScore(double minimum)
{
    m_minimum = minimum;
    refill();
}

void SimilarItemsModel::refill()
{
    beginResetModel();
    m_neighbours.clear();
    if (m_item >= 0) {
        const QString &chosen = m_comparison.items[m_item].text;
        for (const SimilarPair &pair : m_comparison.pairsOf(m_item)) {
            if (pair.score < m_minimum)
                continue;
            Neighbour neighbour{pair.left == m_item ? pair.right : pair.left, pair.score, {}, {}};
            const QString &text = m_comparison.items[neighbour.item].text;
            qsizetype at = 0;
            for (const SharedWords::Span &span : SharedWords::in(text, chosen)) {
                neighbour.highlightedText += text.mid(at, span.start - at).toHtmlEscaped();
                neighbour.highlightedText += QStringLiteral("<span style=\"background-color:#fff59d\">%1</span>")
                                                 .arg(text.mid(span.start, span.length).toHtmlEscaped());
                at = span.start + span.length;
            }
            neighbour.highlightedText += text.mid(at).toHtmlEscaped();
            neighbour.sharedWords = SharedWords::words(text, chosen);
            m_neighbours.append(neighbour);
        }
    }
    endResetModel();
}

int SimilarItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_neighbours.size());
}

int SimilarItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SimilarItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Neighbour &neighbour = m_neighbours[index.row()];
    const ComparedItem &item = m_comparison.items[neighbour.item];
    if (role == ItemIndexRole)
        return neighbour.item;
    if (role == ScoreRole)
        return neighbour.score;
    if (role == HighlightedTextRole)
        return index.column() == TextColumn ? neighbour.highlightedText : QString();
    if (role == SharedWordsRole)
        return neighbour.sharedWords;
    if (role == Qt::DecorationRole && index.column() == KindColumn)
        return ItemKindStyle::icon(item.kind);
    if (role == Qt::TextAlignmentRole && index.column() == ScoreColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case PlanColumn: {
        const ComparedPlan &plan = m_comparison.plans[item.column];
        return role == Qt::DisplayRole && !plan.organization.isEmpty() ? plan.organization : plan.label;
    }
    case KindColumn:
        return ItemKindStyle::singularName(item.kind);
    case ScoreColumn:
        return QString::number(neighbour.score, 'f', 2);
    case TextColumn:
        if (role == Qt::DisplayRole)
            return item.text;
        return tr("%1 · %2").arg(item.dimension, item.text) + u'\n' + tr("En común: %1").arg(neighbour.sharedWords.join(QStringLiteral(", ")));

    default:
        return {};
    }
}

QVariant SimilarItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PlanColumn: return tr("Plan");
    case KindColumn: return tr("Tipo");
    case ScoreColumn: return tr("Similitud");
    case TextColumn: return tr("Texto");
    default: return {};
    }
}

} // namespace vigia::app
