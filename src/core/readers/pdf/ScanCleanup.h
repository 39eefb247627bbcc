#pragma once

#include <QImage>

namespace vigia {

// A scanned page made fit to read, with Leptonica. A page put in crooked is turned straight (the
// skew angle found from its text lines, kept when it is at least 0.1° and sure), about its centre
// and at its size, so words stay where they were on the page within the rotation's few points.
// For the OCR, specks and grain are taken out with a 3×3 median: a speck smaller than a letter's
// stroke goes, strokes stay (so would a hairline rule go: rules are looked for before it). Only
// on pages of 300 dpi or finer: on coarser ones the window is wider than the thinnest strokes (a
// dash in 10 pt type is 1.5 pixels tall at 200 dpi, and would go).
class ScanCleanup {
public:
    struct Straightened {
        QImage image;           // 8-bit grey
        double skewDegrees = 0; // the angle the page was turned by (0 when it was not)
    };

    static Straightened straighten(const QImage &page);
    // `page` at `dpi` despeckled, or as it is (in 8-bit grey) under minimumDespeckleDpi.
    static QImage despeckle(const QImage &page, double dpi);
    static constexpr double minimumDespeckleDpi = 300;
};

} // namespace vigia
