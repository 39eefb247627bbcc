#pragma once

#include <leptonica/allheaders.h>

#include <QImage>
#include <QList>
#include <QRect>

#include <memory>

namespace vigia {

// Leptonica's images owned the C++ way, and page images moved between Qt and Leptonica. For the
// files of the PDF reader that use Leptonica (RasterRulings, RasterShading, ScanCleanup) only.
struct PixDeleter {
    void operator()(PIX *pix) const { pixDestroy(&pix); }
};
using PixPointer = std::unique_ptr<PIX, PixDeleter>;

struct BoxaDeleter {
    void operator()(BOXA *boxa) const { boxaDestroy(&boxa); }
};
using BoxaPointer = std::unique_ptr<BOXA, BoxaDeleter>;

struct LeptonicaPix {
    // An 8-bit grey copy of `image`.
    static PixPointer fromImage(const QImage &image);
    // An 8-bit grey QImage copy of `pix` (converted to 8-bit grey first when it is not).
    static QImage toImage(PIX *pix);
    // The bounding boxes, in pixels, of the 8-connected shapes of the 1-bit image `binary`.
    static QList<QRect> componentBoxes(PIX *binary);
};

} // namespace vigia
