#include "GreyMorphology.h"

#include <algorithm>
#include <vector>

namespace vigia {

namespace {

// Each pixel of rows `in` (`width` wide, `stride` apart) the largest (`dilate`) or smallest of the
// `reach` pixels on either side of it along the row, into `out`; the window ends at the row's ends.
void alongRows(const uchar *in, qsizetype inStride, uchar *out, qsizetype outStride, int width, int height, int reach, bool dilate)
{
    // The row between `reach` pixels of padding that neither the largest nor the smallest takes.
    std::vector<uchar> padded(width + 2 * reach, dilate ? 0 : 255);
    for (int y = 0; y < height; ++y) {
        std::copy_n(in + y * inStride, width, padded.begin() + reach);
        uchar *__restrict result = out + y * outStride;
        const uchar *__restrict source = padded.data();
        std::copy_n(source, width, result);
        for (int offset = 1; offset <= 2 * reach; ++offset) {
            if (dilate) {
                for (int x = 0; x < width; ++x)
                    result[x] = std::max(result[x], source[x + offset]);
            } else {
                for (int x = 0; x < width; ++x)
                    result[x] = std::min(result[x], source[x + offset]);
            }
        }
    }
}

// The same across the rows: each pixel the largest or smallest of the `reach` pixels above and
// below it; the window ends at the image's top and bottom.
void acrossRows(const uchar *in, qsizetype inStride, uchar *out, qsizetype outStride, int width, int height, int reach, bool dilate)
{
    for (int y = 0; y < height; ++y) {
        uchar *__restrict result = out + y * outStride;
        const int first = std::max(0, y - reach);
        const int last = std::min(height - 1, y + reach);
        std::copy_n(in + first * inStride, width, result);
        for (int row = first + 1; row <= last; ++row) {
            const uchar *__restrict source = in + row * inStride;
            if (dilate) {
                for (int x = 0; x < width; ++x)
                    result[x] = std::max(result[x], source[x]);
            } else {
                for (int x = 0; x < width; ++x)
                    result[x] = std::min(result[x], source[x]);
            }
        }
    }
}

} // namespace

QImage GreyMorphology::blackTopHat(const QImage &image, int width, int height)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QImage dilated(grey.size(), QImage::Format_Grayscale8);
    QImage closed(grey.size(), QImage::Format_Grayscale8);
    if (grey.isNull() || dilated.isNull() || closed.isNull())
        return {};
    const bool horizontal = height == 1;
    const int reach = (horizontal ? width : height) / 2;
    const auto line = horizontal ? alongRows : acrossRows;
    line(grey.constBits(), grey.bytesPerLine(), dilated.bits(), dilated.bytesPerLine(), grey.width(), grey.height(), reach, true);
    line(dilated.constBits(), dilated.bytesPerLine(), closed.bits(), closed.bytesPerLine(), grey.width(), grey.height(), reach, false);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *__restrict original = grey.constScanLine(y);
        uchar *__restrict result = closed.scanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            result[x] = static_cast<uchar>(result[x] - original[x]); // closing never darkens
    }
    return closed;
}

} // namespace vigia
