#pragma once

#include "store/PlanLibrary.h"

#include <QAbstractTableModel>
#include <QList>

namespace vigia::app {

// The hits of one search, best first. The snippet column shows the text around the match; its
// SnippetHtmlRole gives the same text as HTML with the matched words in bold for SnippetDelegate.
class SearchResultsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SnippetColumn, KindColumn, DimensionColumn, PlanColumn, ColumnCount };
    enum Role { PlanIdRole = Qt::UserRole + 1, ItemIdRole, SnippetHtmlRole };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits);
    const QList<SearchHit> &hits() const { return m_hits; }
    const SearchHit *hitAt(int row) const;

    // The snippet with PlanLibrary's match marks turned into HTML bold, everything else escaped.
    static QString snippetToHtml(const QString &snippet);
    // The snippet without the match marks.
    static QString snippetToPlainText(const QString &snippet);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The language changed: tells the views that every header and cell text changed.
    void retranslate();

private:
    QList<SearchHit> m_hits;
};

} // namespace vigia::app
