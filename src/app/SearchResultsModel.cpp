#include "SearchResultsModel.h"

#include "ItemKindStyle.h"

namespace vigia::app {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

const SearchHit *SearchResultsModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits[row] : nullptr;
}

QString SearchResultsModel::snippetToHtml(const QString &snippet)
{
    QString html;
    html.reserve(snippet.size() + 32);
    QString run;
    for (const QChar c : snippet) {
        if (c == PlanLibrary::snippetOpen.front() || c == PlanLibrary::snippetClose.front()) {
            html += run.toHtmlEscaped();
            run.clear();
            html += c == PlanLibrary::snippetOpen.front() ? QStringLiteral("<b style=\"background-color:#fff59d\">") : QStringLiteral("</b>");
        } else {
            run += c;
        }
    }
    html += run.toHtmlEscaped();
    return html;
}

QString SearchResultsModel::snippetToPlainText(const QString &snippet)
{
    QString text = snippet;
    text.remove(PlanLibrary::snippetOpen.front());
    text.remove(PlanLibrary::snippetClose.front());
    return text;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits[index.row()];
    switch (role) {
    case PlanIdRole: return hit.planId;
    case ItemIdRole: return hit.itemId;
    case SnippetHtmlRole: return index.column() == SnippetColumn ? QVariant(snippetToHtml(hit.snippet)) : QVariant();
    case Qt::ToolTipRole: return index.column() == SnippetColumn ? QVariant(hit.text) : QVariant();
    case Qt::DecorationRole: return index.column() == KindColumn ? QVariant(ItemKindStyle::icon(hit.kind)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case SnippetColumn: return snippetToPlainText(hit.snippet.isEmpty() ? hit.text : hit.snippet);
        case KindColumn: return ItemKindStyle::singularName(hit.kind);
        case DimensionColumn: return hit.dimension;
        case PlanColumn: return hit.planLabel;
        default: return {};
        }
    default: return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SnippetColumn: return tr("Texto");
    case KindColumn: return tr("Tipo");
    case DimensionColumn: return tr("Dimensión");
    case PlanColumn: return tr("Plan");
    default: return {};
    }
}

void SearchResultsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace vigia::app
