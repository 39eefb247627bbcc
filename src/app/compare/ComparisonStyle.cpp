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

QString ComparisonStyle::measurabilityDescription(Measurability level, const QString &clause, const TargetQuantity &quantity)
{
    const QString unit = quantity.unit.isEmpty() ? QString() : tr(" (%1)").arg(quantity.unit);
    QString why;
    if (clause == u"1a")
        why = tr("cifra %1%2").arg(quantity.quantityText, unit);
    else if (clause == u"1b")
        why = tr("«%1», un conjunto acotado%2").arg(quantity.quantityText, unit);
    else if (clause == u"1c")
        why = tr("periodicidad %1").arg(quantity.quantityText);
    else if (clause == u"1d")
        why = tr("un entregable identificable");
    else if (clause == u"2")
        why = tr("algo concreto, sin cifra");
    else if (clause == u"4")
        why = tr("lo concreto es solo el medio");
    else
        why = tr("solo un estado deseado, nada que entregar");
    QString text = tr("%1: %2").arg(measurabilityName(level), why);
    if (quantity.hasDeadline())
        text += tr(", plazo: %1").arg(quantity.deadlineText);
    if (!clause.isEmpty())
        text += tr(" — cláusula %1").arg(clause);
    return text;
}

} // namespace vigia::app
