#pragma once

#include <QImage>
#include <QList>
#include <QRectF>

namespace vigia {

// The shaded areas of a page image (a scanned table's grey header row or heading band), found with
// Leptonica: what is evenly darker than the paper over at least a brick of the smallest size, the
// text inside it included. In PDF points, as a text layer's filled areas are, so that a borderless
// table's header is cut from its first row on a scan as on a text PDF.
class RasterShading {
public:
    static QList<QRectF> find(const QImage &image, double dpi);

    // The smallest shaded area's side, in inches: a shaded row of 8 pt text is taller, a letter's
    // stroke, a rule or a speck is thinner.
    static constexpr double minimumSideInches = 0.12;
    // How much darker than the paper a shade is at least, in grey levels of 255 (a fill of 5 % grey
    // is 13 darker than white).
    static constexpr int minimumShadeContrast = 9;
    // An area larger than this share of the page is the scan's lighting or a photograph's, not a
    // fill of a table.
    static constexpr double maximumPageShare = 0.5;
};

} // namespace vigia
