#include "ScanCleanup.h"

#include "LeptonicaPix.h"

namespace vigia {

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

QImage ScanCleanup::despeckle(const QImage &page)
{
    const PixPointer grey = LeptonicaPix::fromImage(page);
    const PixPointer smooth(grey ? pixMedianFilter(grey.get(), 3, 3) : nullptr);
    return smooth ? LeptonicaPix::toImage(smooth.get()) : page.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace vigia
