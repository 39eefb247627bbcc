#pragma once

#include <QStyledItemDelegate>

namespace vigia::app {

// Paints a cell's HTML (a search snippet with the matched words highlighted, an item with the
// words it shares with another marked) in one line, or wrapped to the cell's width.
class SnippetDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    enum class Lines { One, Wrapped };
    SnippetDelegate(int htmlRole, QObject *parent = nullptr, Lines lines = Lines::One);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_htmlRole;
    Lines m_lines;
};

} // namespace vigia::app
