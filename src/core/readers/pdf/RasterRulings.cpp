#include "RasterRulings.h"

#include "GreyMorphology.h"
#include "LeptonicaPix.h"

#include <algorithm>

#include <memory>

namespace vigia {

namespace {

// The lines left after opening `binary` with a brick of `width` × `height`, as rules. A scanned
// or straightened rule can be a pixel thin, step a row aside along its length and have gaps of a
// pixel or two: before the opening, it is thickened across its direction and its gaps are closed.
void collect(PIX *binary, int width, int height, Ruling::Orientation orientation, double toPoints, QList<Ruling> &rulings)
{
    const bool horizontal = orientation == Ruling::Orientation::Horizontal;
    const PixPointer thick(pixDilateBrick(nullptr, binary, horizontal ? 1 : 3, horizontal ? 3 : 1));
    const PixPointer joined(thick ? pixCloseBrick(nullptr, thick.get(), horizontal ? 3 : 1, horizontal ? 1 : 3) : nullptr);
    if (!joined)
        return;
    // A brick opened as a composite of two shorter ones, by DWA: a rasterop per pixel of a brick
    // 120 pixels long costs a quarter of a second on a 300 dpi page.
    const PixPointer opened(pixOpenCompBrickDwa(nullptr, joined.get(), width, height));
    if (!opened)
        return;
    for (const QRect &box : LeptonicaPix::componentBoxes(opened.get())) {
        const double x = box.x();
        const double y = box.y();
        const double w = box.width();
        const double h = box.height();
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
    const double toPoints = 72.0 / dpi;
    // A rule is a thin line darker than what is on either side of it: a black top-hat across the
    // rule's direction (the page closed with a short brick, less the page) keeps exactly such
    // lines, bright, on any background: white paper, a cell's fill, a scan's grain. A rule blurred
    // by a scanner or a straightening is still darker than its sides by far more than the grain.
    const int across = 2 * static_cast<int>(maximumRuleInches * dpi / 2) + 1; // odd, as bricks are
    const QImage horizontalLines = GreyMorphology::blackTopHat(image, 1, across);
    const QImage verticalLines = GreyMorphology::blackTopHat(image, across, 1);
    if (horizontalLines.isNull() || verticalLines.isNull())
        return rulings;
    // Where rules cross, each is dark along the other, so neither top-hat keeps the crossing: the
    // two together do. Rules dark (0) on white, for Leptonica's threshold to a 1-bit image.
    QImage lines(image.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < lines.height(); ++y) {
        const uchar *__restrict horizontalContrast = horizontalLines.constScanLine(y);
        const uchar *__restrict verticalContrast = verticalLines.constScanLine(y);
        uchar *__restrict out = lines.scanLine(y);
        for (int x = 0; x < lines.width(); ++x)
            out[x] = std::max(horizontalContrast[x], verticalContrast[x]) >= minimumRuleContrast ? 0 : 255;
    }
    const PixPointer grey = LeptonicaPix::fromImage(lines);
    const PixPointer both(grey ? pixThresholdToBinary(grey.get(), 128) : nullptr);
    if (!both)
        return rulings;
    collect(both.get(), static_cast<int>(minimumHorizontalInches * dpi), 1, Ruling::Orientation::Horizontal, toPoints, rulings);
    collect(both.get(), 1, static_cast<int>(minimumVerticalInches * dpi), Ruling::Orientation::Vertical, toPoints, rulings);
    return rulings;
}

} // namespace vigia
