#include "WrappingItemDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QTreeView>

namespace vigia::app {

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    connect(view->header(), &QHeaderView::sectionResized, this, [this](int logicalIndex) {
        if (logicalIndex == 0)
            m_view->doItemsLayout();
    });
}

int WrappingItemDelegate::depthOf(const QModelIndex &index) const
{
    int depth = m_view->rootIsDecorated() ? 1 : 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    return depth;
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = m_view->columnWidth(index.column()) - (index.column() == 0 ? depthOf(index) * m_view->indentation() : 0);
    if (width <= 0 || opt.text.isEmpty())
        return QStyledItemDelegate::sizeHint(option, index);
    opt.features |= QStyleOptionViewItem::WrapText;
    opt.rect = QRect(0, 0, width, 100000);
    QStyle *style = m_view->style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, m_view);
    // The text's own margins, as QCommonStyle adds them around the wrapped text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    const QRect bounds = opt.fontMetrics.boundingRect(QRect(0, 0, qMax(1, textRect.width() - 2 * margin), 100000),
                                                      Qt::TextWordWrap, opt.text);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return QSize(base.width(), qMax(base.height(), bounds.height() + 4));
}

void WrappingItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.features |= QStyleOptionViewItem::WrapText;
    opt.textElideMode = Qt::ElideNone;
    QStyledItemDelegate::paint(painter, opt, index);
}

} // namespace vigia::app
