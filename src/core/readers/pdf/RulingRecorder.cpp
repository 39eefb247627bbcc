#include "RulingRecorder.h"

#include "RulingPaintEngine.h"

#include <poppler-qt6.h>

#include <QPainter>

#include <cmath>

namespace vigia {

RulingRecorder::RulingRecorder(const QSizeF &pageSize)
    : m_pageSize(pageSize)
    , m_engine(std::make_unique<RulingPaintEngine>())
{
}

RulingRecorder::~RulingRecorder() = default;

QPaintEngine *RulingRecorder::paintEngine() const
{
    return m_engine.get();
}

bool RulingRecorder::record(const Poppler::Page &page)
{
    QPainter painter;
    if (!painter.begin(this))
        return false;
    const bool rendered = page.renderToPainter(&painter, 72.0, 72.0);
    painter.end();
    return rendered;
}

QList<Ruling> RulingRecorder::rulings() const
{
    return m_engine->rulings();
}

QList<QRectF> RulingRecorder::filledAreas() const
{
    return m_engine->filledAreas();
}

int RulingRecorder::metric(PaintDeviceMetric metric) const
{
    const int width = static_cast<int>(std::ceil(m_pageSize.width()));
    const int height = static_cast<int>(std::ceil(m_pageSize.height()));
    switch (metric) {
    case PdmWidth:
        return width;
    case PdmHeight:
        return height;
    case PdmWidthMM:
        return static_cast<int>(m_pageSize.width() * 25.4 / 72.0);
    case PdmHeightMM:
        return static_cast<int>(m_pageSize.height() * 25.4 / 72.0);
    case PdmNumColors:
        return 0x7fffffff;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return 72;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return static_cast<int>(devicePixelRatioFScale());
    }
    return 0;
}

} // namespace vigia
