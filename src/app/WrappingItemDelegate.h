#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace vigia::app {

// Lets a tree's first column wrap long texts over several lines: size hints use the column's
// real width (less the indentation of the item's depth), and rows are laid out again when the
// column is resized.
class WrappingItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit WrappingItemDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int depthOf(const QModelIndex &index) const;
    QTreeView *m_view;
};

} // namespace vigia::app
