#include "ScanCleanup.h"

#include "LeptonicaPix.h"

#include <algorithm>
#include <vector>

namespace vigia {

namespace {

uchar middleOfThree(uchar a, uchar b, uchar c)
{
    return std::max(std::min(a, b), std::min(std::max(a, b), c));
}

// The three pixels of each column in rows `above`, `row` and `below`, sorted: into `low`, `middle`
// and `high`, at 1 … width (0 and width + 1 repeat the edge columns).
void sortColumns(const uchar *__restrict above, const uchar *__restrict row, const uchar *__restrict below, uchar *__restrict low,
                 uchar *__restrict middle, uchar *__restrict high, int width)
{
    for (int x = 0; x < width; ++x) {
        const uchar smaller = std::min(above[x], row[x]);
        const uchar larger = std::max(above[x], row[x]);
        const uchar between = std::min(larger, below[x]);
        high[x + 1] = std::max(larger, below[x]);
        middle[x + 1] = std::max(smaller, between);
        low[x + 1] = std::min(smaller, between);
    }
    for (uchar *sorted : {low, middle, high}) {
        sorted[0] = sorted[1];
        sorted[width + 1] = sorted[width];
    }
}

} // namespace

ScanCleanup::Straightened ScanCleanup::straighten(const QImage &page)
{
    Straightened result;
    result.image = page.convertToFormat(QImage::Format_Grayscale8);
    const PixPointer grey = LeptonicaPix::fromImage(result.image);
    if (!grey)
        return result;
    l_float32 angle = 0;
    l_float32 confidence = 0;
    // A turned copy, or a clone of the same pixels when the angle is under 0.1° or not sure.
    const PixPointer straight(pixFindSkewAndDeskew(grey.get(), 0, &angle, &confidence));
    if (!straight || pixGetData(straight.get()) == pixGetData(grey.get()))
        return result;
    const QImage turned = LeptonicaPix::toImage(straight.get());
    if (turned.size() == result.image.size()) {
        result.image = turned;
        result.skewDegrees = angle;
    }
    return result;
}

QImage ScanCleanup::removeSpecks(const QImage &page, double dpi)
{
    const QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
    const int speck = std::max(1, static_cast<int>(speckInches * dpi));
    // How far the rest's ink is grown to touch what lies within the distances (a pixel more than
    // the white between them).
    const int reachAcross = speck + 1;
    const int reachUpAndDown = static_cast<int>(speckDistanceInches * dpi) + 1;
    const PixPointer pix = LeptonicaPix::fromImage(grey);
    const PixPointer ink(pix ? pixThresholdToBinary(pix.get(), inkLevel) : nullptr);
    // The ink of speck size, and the ink around the rest (letters, dashes, rules).
    const PixPointer small(ink ? pixSelectBySize(ink.get(), speck, speck, 8, L_SELECT_IF_BOTH, L_SELECT_IF_LTE, nullptr) : nullptr);
    const PixPointer rest(small ? pixSubtract(nullptr, ink.get(), small.get()) : nullptr);
    const PixPointer nearRest(rest ? pixDilateBrick(nullptr, rest.get(), 2 * reachAcross + 1, 2 * reachUpAndDown + 1) : nullptr);
    // Small ink near the rest is a letter's dot or accent (above or below it) or a period (beside
    // it, nearer): it stays.
    const PixPointer touching(nearRest ? pixAnd(nullptr, small.get(), nearRest.get()) : nullptr);
    const PixPointer marks(touching ? pixSeedfillBinary(nullptr, touching.get(), small.get(), 8) : nullptr);
    const PixPointer specks(marks ? pixSubtract(nullptr, small.get(), marks.get()) : nullptr);
    if (!specks || pixPaintThroughMask(pix.get(), specks.get(), 0, 0, 255) != 0)
        return grey;
    return LeptonicaPix::toImage(pix.get());
}

QImage ScanCleanup::clearSpecks(const QImage &page, double dpi)
{
    return dpi < minimumDespeckleDpi ? removeSpecks(page, dpi) : page;
}

// The median of a 3×3 window is the middle of three values: the largest of the columns' lowest,
// the middle of their middles and the smallest of their highest (the columns sorted first). The
// same pixels as Leptonica's pixMedianFilter(pix, 3, 3), whose rank filter of any size takes about
// ten times as long (TestScanCleanup compares them).
QImage ScanCleanup::despeckle(const QImage &page, double dpi)
{
    const QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
    if (dpi < minimumDespeckleDpi)
        return grey;
    const int width = grey.width();
    const int height = grey.height();
    QImage smooth(width, height, QImage::Format_Grayscale8);
    if (smooth.isNull())
        return grey;
    std::vector<uchar> low(width + 2);
    std::vector<uchar> middle(width + 2);
    std::vector<uchar> high(width + 2);
    for (int y = 0; y < height; ++y) {
        // Leptonica mirrors the page's edge for the window: the edge row or column itself.
        sortColumns(grey.constScanLine(std::max(y - 1, 0)), grey.constScanLine(y), grey.constScanLine(std::min(y + 1, height - 1)),
                    low.data(), middle.data(), high.data(), width);
        uchar *out = smooth.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const uchar lowest = std::max({low[x], low[x + 1], low[x + 2]});
            const uchar highest = std::min({high[x], high[x + 1], high[x + 2]});
            out[x] = middleOfThree(lowest, middleOfThree(middle[x], middle[x + 1], middle[x + 2]), highest);
        }
    }
    return smooth;
}

} // namespace vigia
