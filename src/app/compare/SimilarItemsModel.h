#pragma once

#include "compare/PlanComparison.h"

#include <QAbstractTableModel>

namespace vigia::app {

// The items of the other plans most similar to one item of a comparison, best first, with their
// similarity and the words that make them alike; only pairs at or above a minimum score are shown.
class SimilarItemsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { PlanColumn, KindColumn, ScoreColumn, TextColumn, ColumnCount };
    enum Role {
        ItemIndexRole = Qt::UserRole + 1, // int: the similar item, index into PlanComparison::items
        ScoreRole,                        // double
        HighlightedTextRole,              // QString, HTML: the text with the words it shares with the
                                          // chosen item marked (TextColumn)
        SharedWordsRole,                  // QStringList: those words
    };

    explicit SimilarItemsModel(QObject *parent = nullptr);

    void setComparison(const PlanComparison &comparison);
    void clear();
    // The item whose neighbours are listed (-1: none).
    void setItem(int itemIndex);
    int item() const { return m_item; }
    void setMinimumScore(double minimum);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Neighbour {
        int item = 0;
        double score = 0.0;
        QString highlightedText;  // HTML
        QStringList sharedWords;
    };
    void refill();

    PlanComparison m_comparison;
    int m_item = -1;
    double m_minimum = 0.0;
    QList<Neighbour> m_neighbours;
};

} // namespace vigia::app
