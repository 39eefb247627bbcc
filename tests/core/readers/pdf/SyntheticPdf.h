#pragma once

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <functional>

// Builds small PDFs for tests with QPdfWriter: each page is drawn by `drawPage(painter, page)` in
// PDF points (72 per inch) with a top-left origin on an A4 page without margins.
inline QByteArray makePdf(int pageCount, const std::function<void(QPainter &, int)> &drawPage)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    painter.setFont(font);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            writer.newPage();
        drawPage(painter, page);
    }
    painter.end();
    return bytes;
}
