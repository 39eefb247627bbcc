#include "LibraryFilterModel.h"

#include "LibraryTableModel.h"
#include "text/TextNormalizer.h"

namespace vigia::app {

LibraryFilterModel::LibraryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::Spanish, QLocale::Peru))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setSortRole(LibraryTableModel::SortRole);
}

void LibraryFilterModel::setFilterColumn(int column)
{
    if (column == m_filterColumn)
        return;
    m_filterColumn = column;
    invalidateRowsFilter();
}

void LibraryFilterModel::setFilterWords(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_foldedWords = TextNormalizer::fold(text).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool LibraryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (LibraryTableModel::isNumeric(left.column()))
        return a.toInt() < b.toInt();
    const QString textA = a.toString();
    const QString textB = b.toString();
    // Plans that do not state a value go last whichever the order.
    if (textA.isEmpty() != textB.isEmpty())
        return (sortOrder() == Qt::AscendingOrder) ? !textA.isEmpty() : textA.isEmpty();
    return m_collator.compare(textA, textB) < 0;
}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_foldedWords.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    QString haystack;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (m_filterColumn >= 0 && column != m_filterColumn)
            continue;
        haystack += TextNormalizer::fold(model->index(sourceRow, column, sourceParent).data(LibraryTableModel::SortRole).toString());
        haystack += u'\n';
    }
    for (const QString &word : m_foldedWords) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace vigia::app
