#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace vigia::app {

// Sorts the library with Spanish collation (accents and Ñ in their dictionary place, numbers as
// numbers) and filters it by words typed by the user, accent- and case-insensitively, either on
// every column or on one.
class LibraryFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit LibraryFilterModel(QObject *parent = nullptr);

    // -1: every column.
    void setFilterColumn(int column);
    int filterColumnChoice() const { return m_filterColumn; }
    // Every word must appear (folded) in the chosen column(s).
    void setFilterWords(const QString &text);
    QString filterWords() const { return m_filterText; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QCollator m_collator;
    int m_filterColumn = -1;
    QString m_filterText;
    QStringList m_foldedWords;
};

} // namespace vigia::app
