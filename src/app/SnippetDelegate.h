#pragma once

#include <QStyledItemDelegate>

namespace vigia::app {

// Paints a cell's HTML (a search snippet with the matched words highlighted) in one line.
class SnippetDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    SnippetDelegate(int htmlRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_htmlRole;
};

} // namespace vigia::app
