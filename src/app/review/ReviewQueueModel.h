#pragma once

#include "model/Plan.h"
#include "review/RowReview.h"

#include <QAbstractTableModel>
#include <QSet>

namespace vigia::app {

// The review queue of one plan: the rows the importer may have read wrong, each with its place
// (dimension ▸ row number), why, and the first words of its first item. Rows someone marked as
// reviewed are left out, or shown greyed and ticked when asked.
class ReviewQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PlaceColumn, ReasonsColumn, TextColumn, ColumnCount };
    enum Role { RowIdRole = Qt::UserRole + 1, DimensionIndexRole, RowIndexRole, ReviewedRole,
                FocusItemIdRole }; // the first doubtful item (0: the row as a whole)

    explicit ReviewQueueModel(QObject *parent = nullptr);

    // Assesses `plan` again; `reviewed` are the ids of rows marked as reviewed.
    void setPlan(const Plan &plan, const QSet<qint64> &reviewed);
    void setShowReviewed(bool show);
    bool showsReviewed() const { return m_showReviewed; }

    // Rows still to review (whatever is shown), and all the plan's rows.
    int openCount() const;
    // Rows the importer doubted, reviewed or not.
    int doubtfulCount() const { return static_cast<int>(m_entries.size()); }
    int planRowCount() const { return m_planRows; }
    // The reasons of a row to review as shown, by row id (for the plan tree's marks).
    QHash<qint64, QString> openNotes() const;

    static QString reasonText(ReviewReason reason);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    struct Entry {
        RowReviewEntry review;
        QString dimensionName;
        QString text;
        QString reasons;      // each doubt, with the item it is about
        qint64 focusItemId = 0;
        bool reviewed = false;
    };
    void rebuildShown();
    static QString describe(const Row &row, const QList<ReviewFinding> &findings);

    QList<Entry> m_entries;
    QList<int> m_shown; // indexes in m_entries
    bool m_showReviewed = false;
    int m_planRows = 0;
};

} // namespace vigia::app
