#pragma once

#include <QImage>

namespace vigia {

// A scanned page made fit to read, with Leptonica. A page put in crooked is turned straight (the
// skew angle found from its text lines, kept when it is at least 0.1° and sure), about its centre
// and at its size, so words stay where they were on the page within the rotation's few points.
// For the OCR, specks and grain are taken out with a 3×3 median: a speck smaller than a letter's
// stroke goes, strokes stay (so would a hairline rule go: rules are looked for before it). Only
// on pages of 300 dpi or finer: on coarser ones the window is wider than the thinnest strokes (a
// dash in 10 pt type is 1.5 pixels tall at 200 dpi, and would go). There, specks are taken out
// one by one instead: ink no larger than speckInches square, with no other ink within
// speckDistanceInches above or below it, nor within speckInches beside it.
class ScanCleanup {
public:
    struct Straightened {
        QImage image;           // 8-bit grey
        double skewDegrees = 0; // the angle the page was turned by (0 when it was not)
    };

    static Straightened straighten(const QImage &page);
    // The page as rendered, at `dpi`: under minimumDespeckleDpi, its lone specks removed
    // (removeSpecks), before it is straightened, while they are sharp (turned, a 2×2 speck
    // spreads over 3×3 pixels); from minimumDespeckleDpi, as it is.
    static QImage clearSpecks(const QImage &page, double dpi);
    // The straightened page at `dpi` despeckled by the median, from minimumDespeckleDpi; as it is
    // (in 8-bit grey) under it.
    static QImage despeckle(const QImage &page, double dpi);
    static constexpr double minimumDespeckleDpi = 300;
    // `page` with its lone specks painted white: ink (darker than inkLevel) that fits in a square
    // of speckInches and has no other ink within speckDistanceInches above or below it, nor within
    // speckInches beside it. A letter's dot or accent lies closer than that above it (about a
    // tenth of an em: 0.014 in in 10 pt type), a period closer beside it, and stays; a dash is
    // longer and stays.
    static QImage removeSpecks(const QImage &page, double dpi);
    static constexpr double speckInches = 0.01;
    static constexpr double speckDistanceInches = 0.02;
    static constexpr int inkLevel = 128;
};

} // namespace vigia
