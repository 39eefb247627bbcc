#include "ZoomIcons.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <functional>

namespace vigia::app {

namespace {

enum class Mark { Plus, Minus, Width, Original };

// A magnifier (lens and handle) with `mark` in the lens, in the palette's text colour.
QPixmap drawMagnifier(Mark mark, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink = QGuiApplication::palette().color(QPalette::WindowText);
    const double unit = size / 16.0;
    QPen pen(ink, 1.6 * unit, Qt::SolidLine, Qt::RoundCap);
    painter.setPen(pen);
    const QRectF lens(1.5 * unit, 1.5 * unit, 9.5 * unit, 9.5 * unit);
    painter.drawEllipse(lens);
    pen.setWidthF(2.4 * unit);
    painter.setPen(pen);
    painter.drawLine(QPointF(10.0 * unit, 10.0 * unit), QPointF(14.5 * unit, 14.5 * unit));
    pen.setWidthF(1.4 * unit);
    painter.setPen(pen);
    const QPointF centre = lens.center();
    const double arm = 2.6 * unit;
    switch (mark) {
    case Mark::Plus:
        painter.drawLine(centre - QPointF(arm, 0), centre + QPointF(arm, 0));
        painter.drawLine(centre - QPointF(0, arm), centre + QPointF(0, arm));
        break;
    case Mark::Minus:
        painter.drawLine(centre - QPointF(arm, 0), centre + QPointF(arm, 0));
        break;
    case Mark::Width: {
        const double tip = 1.2 * unit;
        painter.drawLine(centre - QPointF(arm, 0), centre + QPointF(arm, 0));
        painter.drawLine(centre - QPointF(arm, 0), centre - QPointF(arm - tip, tip));
        painter.drawLine(centre - QPointF(arm, 0), centre - QPointF(arm - tip, -tip));
        painter.drawLine(centre + QPointF(arm, 0), centre + QPointF(arm - tip, tip));
        painter.drawLine(centre + QPointF(arm, 0), centre + QPointF(arm - tip, -tip));
        break;
    }
    case Mark::Original: {
        QFont font = painter.font();
        font.setPixelSize(qMax(6, static_cast<int>(4.6 * unit)));
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(lens, Qt::AlignCenter, QStringLiteral("1:1"));
        break;
    }
    }
    return pixmap;
}

QIcon themeOrDrawn(const QString &themeName, Mark mark)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    QIcon drawn;
    for (int size : {16, 22, 24, 32, 48})
        drawn.addPixmap(drawMagnifier(mark, size));
    return QIcon::fromTheme(themeName, drawn);
}

} // namespace

QIcon ZoomIcons::zoomIn()
{
    return themeOrDrawn(QStringLiteral("zoom-in"), Mark::Plus);
}

QIcon ZoomIcons::zoomOut()
{
    return themeOrDrawn(QStringLiteral("zoom-out"), Mark::Minus);
}

QIcon ZoomIcons::fitWidth()
{
    return themeOrDrawn(QStringLiteral("zoom-fit-width"), Mark::Width);
}

QIcon ZoomIcons::actualSize()
{
    return themeOrDrawn(QStringLiteral("zoom-original"), Mark::Original);
}

} // namespace vigia::app
