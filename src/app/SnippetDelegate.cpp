#include "SnippetDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace vigia::app {

SnippetDelegate::SnippetDelegate(int htmlRole, QObject *parent, Lines lines)
    : QStyledItemDelegate(parent)
    , m_htmlRole(htmlRole)
    , m_lines(lines)
{
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString html = index.data(m_htmlRole).toString();
    if (m_lines == Lines::One || html.isEmpty())
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const int textWidth = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).width();
    QTextDocument document;
    document.setDefaultFont(opt.font);
    document.setDocumentMargin(0);
    document.setHtml(html);
    if (textWidth > 0)
        document.setTextWidth(textWidth);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {base.width(), std::max(base.height(), static_cast<int>(std::ceil(document.size().height())) + 4)};
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QString html = index.data(m_htmlRole).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument document;
    document.setDefaultFont(opt.font);
    document.setDocumentMargin(0);
    // On the selection colour, a yellow mark would hide the word: underline it instead.
    if (opt.state & QStyle::State_Selected)
        html.replace(QStringLiteral("background-color:#fff59d"), QStringLiteral("text-decoration:underline"));
    document.setHtml(html);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    if (m_lines == Lines::Wrapped)
        document.setTextWidth(textRect.width());
    painter->save();
    painter->translate(textRect.topLeft() + QPoint(0, (textRect.height() - static_cast<int>(document.size().height())) / 2));
    painter->setClipRect(QRect(QPoint(0, 0), textRect.size()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    if (opt.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace vigia::app
