#include "ItemKindStyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <array>

namespace vigia::app {

QString ItemKindStyle::singularName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Problem: return tr("Problema");
    case ItemKind::Objective: return tr("Objetivo");
    case ItemKind::Indicator: return tr("Indicador");
    case ItemKind::Target: return tr("Meta");
    }
    return {};
}

QString ItemKindStyle::pluralName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Problem: return tr("Problemas");
    case ItemKind::Objective: return tr("Objetivos");
    case ItemKind::Indicator: return tr("Indicadores");
    case ItemKind::Target: return tr("Metas");
    }
    return {};
}

QColor ItemKindStyle::color(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Problem: return QColor(0xb7, 0x1c, 0x1c);   // red: what is wrong
    case ItemKind::Objective: return QColor(0x15, 0x65, 0xc0); // blue: where to go
    case ItemKind::Indicator: return QColor(0x6a, 0x1b, 0x9a); // purple: how it is measured
    case ItemKind::Target: return QColor(0x2e, 0x7d, 0x32);    // green: what will be reached
    }
    return {};
}

// Each kind has its own shape as well as its own colour, so that the icons can be told apart
// without colour vision: a triangle (problem), a circle (objective), bars (indicator), a flag (meta).
static QPixmap drawIcon(ItemKind kind, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = ItemKindStyle::color(kind);
    painter.setPen(QPen(colour.darker(130), size / 16.0));
    painter.setBrush(colour);
    const qreal s = size;
    switch (kind) {
    case ItemKind::Problem: {
        QPainterPath path;
        path.moveTo(s * 0.5, s * 0.08);
        path.lineTo(s * 0.94, s * 0.9);
        path.lineTo(s * 0.06, s * 0.9);
        path.closeSubpath();
        painter.drawPath(path);
        painter.setPen(QPen(Qt::white, s / 9.0, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(s * 0.5, s * 0.38), QPointF(s * 0.5, s * 0.62));
        painter.drawPoint(QPointF(s * 0.5, s * 0.77));
        break;
    }
    case ItemKind::Objective:
        painter.drawEllipse(QRectF(s * 0.08, s * 0.08, s * 0.84, s * 0.84));
        painter.setBrush(Qt::white);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRectF(s * 0.3, s * 0.3, s * 0.4, s * 0.4));
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(s * 0.42, s * 0.42, s * 0.16, s * 0.16));
        break;
    case ItemKind::Indicator: {
        const std::array<qreal, 3> heights{0.35, 0.6, 0.85};
        for (size_t i = 0; i < heights.size(); ++i)
            painter.drawRect(QRectF(s * (0.1 + 0.28 * static_cast<qreal>(i)), s * (0.92 - heights[i]), s * 0.22, s * heights[i]));
        break;
    }
    case ItemKind::Target: {
        painter.drawRect(QRectF(s * 0.14, s * 0.06, s * 0.08, s * 0.88));
        QPainterPath flag;
        flag.moveTo(s * 0.22, s * 0.1);
        flag.lineTo(s * 0.9, s * 0.3);
        flag.lineTo(s * 0.22, s * 0.52);
        flag.closeSubpath();
        painter.drawPath(flag);
        break;
    }
    }
    return pixmap;
}

QIcon ItemKindStyle::icon(ItemKind kind)
{
    static std::array<QIcon, 4> cache;
    QIcon &icon = cache[static_cast<size_t>(kind)];
    if (icon.isNull()) {
        for (int size : {16, 24, 32, 48})
            icon.addPixmap(drawIcon(kind, size));
    }
    return icon;
}

} // namespace vigia::app
