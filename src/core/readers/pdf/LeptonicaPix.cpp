#include "LeptonicaPix.h"

#include <cstring>

namespace vigia {

// A PIX keeps each line as 32-bit words whose bytes run from the most significant one: on a
// little-endian machine its 8-bit pixels sit byte-swapped within each word. Lines are copied whole
// and the words swapped once (a no-op on big-endian machines).
PixPointer LeptonicaPix::fromImage(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    PixPointer pix(pixCreate(grey.width(), grey.height(), 8));
    if (!pix)
        return pix;
    auto *data = reinterpret_cast<uchar *>(pixGetData(pix.get()));
    const qsizetype pixLineBytes = qsizetype(pixGetWpl(pix.get())) * 4;
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(data + y * pixLineBytes, grey.constScanLine(y), size_t(grey.width()));
    pixEndianByteSwap(pix.get());
    return pix;
}

QImage LeptonicaPix::toImage(PIX *pix)
{
    if (!pix)
        return {};
    PixPointer grey(pixGetDepth(pix) == 8 && !pixGetColormap(pix) ? pixEndianByteSwapNew(pix)
                                                                   : nullptr);
    if (!grey) {
        const PixPointer converted(pixConvertTo8(pix, 0));
        if (!converted)
            return {};
        grey.reset(pixEndianByteSwapNew(converted.get()));
        if (!grey)
            return {};
    }
    QImage image(int(pixGetWidth(grey.get())), int(pixGetHeight(grey.get())), QImage::Format_Grayscale8);
    const auto *data = reinterpret_cast<const uchar *>(pixGetData(grey.get()));
    const qsizetype pixLineBytes = qsizetype(pixGetWpl(grey.get())) * 4;
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(image.scanLine(y), data + y * pixLineBytes, size_t(image.width()));
    return image;
}

QList<QRect> LeptonicaPix::componentBoxes(PIX *binary)
{
    QList<QRect> rects;
    const BoxaPointer boxes(binary ? pixConnComp(binary, nullptr, 8) : nullptr);
    if (!boxes)
        return rects;
    for (int index = 0; index < boxaGetCount(boxes.get()); ++index) {
        l_int32 x = 0;
        l_int32 y = 0;
        l_int32 w = 0;
        l_int32 h = 0;
        if (boxaGetBoxGeometry(boxes.get(), index, &x, &y, &w, &h) == 0)
            rects.append(QRect(x, y, w, h));
    }
    return rects;
}

} // namespace vigia
