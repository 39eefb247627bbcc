#pragma once

#include "PdfPageContent.h"

#include <QPaintDevice>

#include <memory>

namespace Poppler {
class Page;
}

namespace vigia {

class RulingPaintEngine;

// A paint device of one page's size (1 unit = 1 PDF point) that Poppler's QPainter backend
// renders into; it keeps the page's rules and filled areas instead of pixels.
class RulingRecorder : public QPaintDevice {
public:
    explicit RulingRecorder(const QSizeF &pageSize);
    ~RulingRecorder() override;
    RulingRecorder(const RulingRecorder &) = delete;
    RulingRecorder &operator=(const RulingRecorder &) = delete;

    QPaintEngine *paintEngine() const override;

    // Renders `page` (whose document must use the QPainter backend) and returns whether it worked.
    bool record(const Poppler::Page &page);
    QList<Ruling> rulings() const;
    QList<QRectF> filledAreas() const;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QSizeF m_pageSize;
    std::unique_ptr<RulingPaintEngine> m_engine;
};

} // namespace vigia
