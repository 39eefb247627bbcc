#include "ComparisonStyle.h"

#include <QPainter>
#include <QPixmap>

namespace vigia::app {

QString ComparisonStyle::gapText()
{
    return tr("— sin propuesta —");
}

QColor ComparisonStyle::gapBackground()
{
    return QColor(0xff, 0xe0, 0xb2); // light amber: stands out on white and on the alternate rows
}

QColor ComparisonStyle::gapForeground()
{
    return QColor(0x8d, 0x4e, 0x00);
}

QColor ComparisonStyle::headingBackground()
{
    return QColor(0xe3, 0xe8, 0xf0);
}

QString ComparisonStyle::measurabilityName(Measurability level)
{
    switch (level) {
    case Measurability::Measurable: return tr("Medible");
    case Measurability::PartlyMeasurable: return tr("Parcialmente medible");
    case Measurability::NotMeasurable: return tr("No medible");
    }
    return {};
}

QColor ComparisonStyle::measurabilityColor(Measurability level)
{
    switch (level) {
    case Measurability::Measurable: return QColor(0x2e, 0x7d, 0x32);
    case Measurability::PartlyMeasurable: return QColor(0xf9, 0xa8, 0x25);
    case Measurability::NotMeasurable: return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QIcon ComparisonStyle::measurabilityIcon(Measurability level)
{
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(measurabilityColor(level).darker(130), size / 16.0));
        painter.setBrush(measurabilityColor(level));
        const double margin = size / 5.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString ComparisonStyle::measurabilityDescription(Measurability level, const TargetQuantity &quantity)
{
    QString text = measurabilityName(level);
    if (quantity.hasQuantity()) {
        text += tr(" — cantidad: %1").arg(quantity.quantityText);
        if (!quantity.unit.isEmpty())
            text += tr(" (%1)").arg(quantity.unit);
    } else {
        text += tr(" — sin cantidad");
    }
    if (quantity.hasDeadline())
        text += tr(", plazo: %1").arg(quantity.deadlineText);
    return text;
}

} // namespace vigia::app
