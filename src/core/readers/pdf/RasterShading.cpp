#include "RasterShading.h"

#include "LeptonicaPix.h"

namespace vigia {

QList<QRectF> RasterShading::find(const QImage &image, double dpi)
{
    QList<QRectF> areas;
    if (image.isNull() || dpi <= 0)
        return areas;
    const PixPointer grey = LeptonicaPix::fromImage(image);
    if (!grey)
        return areas;
    // The paper's grey: most of a page is paper.
    l_uint32 paper = 255;
    if (pixGetRankValue(grey.get(), 4, 0.5f, &paper) != 0)
        return areas;
    // Averaged over 5 × 5 pixels first, so a scan's grain neither makes paper look shaded nor
    // pierces a light shade with paper-white pixels.
    const PixPointer smooth(pixBlockconv(grey.get(), 2, 2));
    if (!smooth)
        return areas;
    const int threshold = static_cast<int>(paper) - minimumShadeContrast;
    if (threshold <= 0)
        return areas;
    const PixPointer darker(pixThresholdToBinary(smooth.get(), threshold));
    // The grain still lifts a pixel of a light shade here and there over the threshold: closed.
    const PixPointer whole(darker ? pixCloseBrick(nullptr, darker.get(), 3, 3) : nullptr);
    // Text on paper is darker only along its strokes; a shade (with its text) is darker throughout.
    const int side = static_cast<int>(minimumSideInches * dpi);
    const PixPointer shaded(whole ? pixOpenBrick(nullptr, whole.get(), side, side) : nullptr);
    if (!shaded)
        return areas;
    const int width = pixGetWidth(grey.get());
    const int height = pixGetHeight(grey.get());
    const double toPoints = 72.0 / dpi;
    for (const QRect &box : LeptonicaPix::componentBoxes(shaded.get())) {
        // The dark rim of a scan (the lid's shadow, the paper's edge) reaches the image's edge.
        const bool atEdge = box.left() == 0 || box.top() == 0 || box.x() + box.width() >= width || box.y() + box.height() >= height;
        if (atEdge || double(box.width()) * box.height() > maximumPageShare * width * height)
            continue;
        areas.append(QRectF(box.x() * toPoints, box.y() * toPoints, box.width() * toPoints, box.height() * toPoints));
    }
    return areas;
}

} // namespace vigia
