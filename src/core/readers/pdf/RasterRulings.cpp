#include "RasterRulings.h"

#include <leptonica/allheaders.h>

#include <memory>

namespace vigia {

namespace {

struct PixDeleter {
    void operator()(PIX *pix) const { pixDestroy(&pix); }
};
struct BoxaDeleter {
    void operator()(BOXA *boxa) const { boxaDestroy(&boxa); }
};
using PixPointer = std::unique_ptr<PIX, PixDeleter>;
using BoxaPointer = std::unique_ptr<BOXA, BoxaDeleter>;

// The image as an 8-bit grey PIX (a copy).
PixPointer greyPix(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    PixPointer pix(pixCreate(grey.width(), grey.height(), 8));
    if (!pix)
        return pix;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            pixSetPixel(pix.get(), x, y, line[x]);
    }
    return pix;
}

// The lines left after opening `binary` with a brick of `width` × `height`, as rules.
void collect(PIX *binary, int width, int height, Ruling::Orientation orientation, double toPoints, QList<Ruling> &rulings)
{
    const PixPointer opened(pixOpenBrick(nullptr, binary, width, height));
    if (!opened)
        return;
    const BoxaPointer boxes(pixConnComp(opened.get(), nullptr, 8));
    if (!boxes)
        return;
    for (int index = 0; index < boxaGetCount(boxes.get()); ++index) {
        l_int32 x = 0;
        l_int32 y = 0;
        l_int32 w = 0;
        l_int32 h = 0;
        if (boxaGetBoxGeometry(boxes.get(), index, &x, &y, &w, &h) != 0)
            continue;
        Ruling ruling;
        ruling.orientation = orientation;
        if (orientation == Ruling::Orientation::Horizontal) {
            ruling.position = (y + h / 2.0) * toPoints;
            ruling.start = x * toPoints;
            ruling.end = (x + w) * toPoints;
        } else {
            ruling.position = (x + w / 2.0) * toPoints;
            ruling.start = y * toPoints;
            ruling.end = (y + h) * toPoints;
        }
        rulings.append(ruling);
    }
}

} // namespace

QList<Ruling> RasterRulings::find(const QImage &image, double dpi)
{
    QList<Ruling> rulings;
    if (image.isNull() || dpi <= 0)
        return rulings;
    const PixPointer grey = greyPix(image);
    if (!grey)
        return rulings;
    // Dark is ink: a scan's grey background and anti-aliased edges stay white.
    const PixPointer binary(pixThresholdToBinary(grey.get(), 160));
    if (!binary)
        return rulings;
    const double toPoints = 72.0 / dpi;
    collect(binary.get(), static_cast<int>(minimumHorizontalInches * dpi), 1, Ruling::Orientation::Horizontal, toPoints, rulings);
    collect(binary.get(), 1, static_cast<int>(minimumVerticalInches * dpi), Ruling::Orientation::Vertical, toPoints, rulings);
    return rulings;
}

} // namespace vigia
