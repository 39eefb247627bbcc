#pragma once

// What a careless scanner does to a page image, for tests and for make-scanned-pdf: the page put
// in crooked, and grain and specks on it (the same for every run).
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>

namespace vigia::test::ScanDamage {

// The page turned by `degrees` (clockwise) about its centre, white where the paper was not; grey.
inline QImage rotated(const QImage &image, double degrees)
{
    QImage turned(image.size(), QImage::Format_Grayscale8);
    turned.fill(Qt::white);
    QPainter painter(&turned);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(image.width() / 2.0, image.height() / 2.0);
    painter.rotate(degrees);
    painter.translate(-image.width() / 2.0, -image.height() / 2.0);
    painter.drawImage(0, 0, image);
    painter.end();
    return turned;
}

// Grain of ±12 grey levels on every pixel and a dark speck (2×2) on one pixel in 4,000, from
// `seed`. `image` is 8-bit grey.
inline void soil(QImage &image, quint32 seed)
{
    QRandomGenerator random(seed);
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            line[x] = static_cast<uchar>(std::clamp(int(line[x]) + random.bounded(-12, 13), 0, 255));
    }
    const qint64 specks = qint64(image.width()) * image.height() / 4000;
    for (qint64 speck = 0; speck < specks; ++speck) {
        const int x = random.bounded(std::max(1, image.width() - 1));
        const int y = random.bounded(std::max(1, image.height() - 1));
        for (int dy = 0; dy < 2; ++dy) {
            for (int dx = 0; dx < 2; ++dx)
                image.scanLine(y + dy)[x + dx] = 40;
        }
    }
}

} // namespace vigia::test::ScanDamage
