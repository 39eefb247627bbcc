#include "WrappingHeaderView.h"

#include <QPainter>
#include <QStyleOptionHeader>

#include <algorithm>

namespace vigia::app {

namespace {

constexpr int textMargin = 4;

} // namespace

WrappingHeaderView::WrappingHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setDefaultAlignment(Qt::AlignCenter);
    // A label wraps anew when its section changes width: the height follows.
    connect(this, &QHeaderView::sectionResized, this, [this] { updateGeometry(); });
}

QRect WrappingHeaderView::textRect(int width) const
{
    return QRect(0, 0, std::max(1, width - 2 * textMargin), 10000);
}

QSize WrappingHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    const QString text = model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString() : QString();
    const int width = sectionSize(logicalIndex) > 0 ? sectionSize(logicalIndex) : defaultSectionSize();
    const QRect needed = fontMetrics().boundingRect(textRect(width), Qt::AlignCenter | Qt::TextWordWrap, text);
    const QSize base = QHeaderView::sectionSizeFromContents(logicalIndex);
    return {base.width(), std::max(base.height(), needed.height() + 2 * textMargin + 2)};
}

int WrappingHeaderView::wrappedHeight() const
{
    int height = 0;
    for (int index = 0; index < count(); ++index) {
        if (!isSectionHidden(index))
            height = std::max(height, sectionSizeFromContents(index).height());
    }
    return height;
}

QSize WrappingHeaderView::sizeHint() const
{
    QSize hint = QHeaderView::sizeHint();
    hint.setHeight(std::max(hint.height(), wrappedHeight()));
    return hint;
}

void WrappingHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    // The section's frame and background as the style draws them, then the label wrapped.
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.text.clear();
    painter->save();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();
    const QString text = model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString() : QString();
    painter->save();
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->drawText(rect.adjusted(textMargin, textMargin, -textMargin, -textMargin), Qt::AlignCenter | Qt::TextWordWrap, text);
    painter->restore();
}

} // namespace vigia::app
