#include "ReviewStyle.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace vigia::app::ReviewStyle {
namespace {

QPixmap drawIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal margin = size / 16.0;
    const QRectF disc(margin, margin, size - 2 * margin, size - 2 * margin);
    painter.setPen(QPen(QColor(0x99, 0x5c, 0x00), size / 16.0));
    painter.setBrush(QColor(0xf0, 0xa0, 0x20));
    painter.drawEllipse(disc);
    // A question mark: the importer is not sure.
    QFont font = painter.font();
    font.setPixelSize(qRound(size * 0.72));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(disc, Qt::AlignCenter, QStringLiteral("?"));
    return pixmap;
}

} // namespace

QIcon icon()
{
    static QIcon cached;
    if (cached.isNull()) {
        for (int size : {16, 24, 32, 48})
            cached.addPixmap(drawIcon(size));
    }
    return cached;
}

} // namespace vigia::app::ReviewStyle
