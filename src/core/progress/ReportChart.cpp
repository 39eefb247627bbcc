#include "ReportChart.h"

#include <QBuffer>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace vigia {

QImage ReportChart::horizontalBars(const QString &title, const QList<Bar> &bars, double maximum, int width)
{
    constexpr int margin = 16;
    constexpr int barHeight = 26;
    constexpr int gap = 10;
    QFont font;
    font.setPixelSize(16);
    QFont titleFont = font;
    titleFont.setBold(true);
    const QFontMetrics metrics(font);
    int labelWidth = 0;
    for (const Bar &bar : bars)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
    labelWidth = std::min(labelWidth + margin, width / 2);
    const int titleHeight = QFontMetrics(titleFont).height() + gap;
    const int height = margin * 2 + titleHeight + int(bars.size()) * (barHeight + gap);

    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    painter.drawText(QRect(margin, margin, width - 2 * margin, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(font);

    const int barLeft = margin + labelWidth;
    const int valueWidth = metrics.horizontalAdvance(QStringLiteral("000 (100,0 %)")) + margin;
    const int barSpace = std::max(10, width - barLeft - valueWidth - margin);
    const double scale = maximum > 0 ? barSpace / maximum : 0.0;
    int y = margin + titleHeight;
    for (const Bar &bar : bars) {
        const QRect labelRect(margin, y, labelWidth - margin / 2, barHeight);
        painter.setPen(Qt::black);
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText(bar.label, Qt::ElideRight, labelRect.width()));
        const int length = int(std::clamp(bar.value, 0.0, maximum) * scale);
        painter.fillRect(QRect(barLeft, y + 3, std::max(length, 1), barHeight - 6), bar.color);
        painter.drawText(QRect(barLeft + length + 6, y, valueWidth, barHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         bar.valueText);
        y += barHeight + gap;
    }
    painter.setPen(QColor(0x99, 0x99, 0x99));
    painter.drawLine(barLeft, margin + titleHeight, barLeft, y - gap);
    painter.end();
    return image;
}

QByteArray ReportChart::toPng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace vigia
