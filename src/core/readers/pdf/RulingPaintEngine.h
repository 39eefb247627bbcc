#pragma once

#include "PdfPageContent.h"

#include <QPaintEngine>
#include <QTransform>

namespace vigia {

// A paint engine that draws nothing and records the straight rules and filled rectangles it is
// asked to paint, in device coordinates. Rules come as stroked paths (LibreOffice, Word) or as
// thin filled rectangles (Chromium); both are kept. Curved paths (glyph outlines) are ignored.
class RulingPaintEngine : public QPaintEngine {
public:
    RulingPaintEngine();

    bool begin(QPaintDevice *device) override;
    bool end() override;
    void updateState(const QPaintEngineState &state) override;
    void drawPath(const QPainterPath &path) override;
    void drawLines(const QLineF *lines, int lineCount) override;
    void drawRects(const QRectF *rects, int rectCount) override;
    void drawPolygon(const QPointF *points, int pointCount, PolygonDrawMode mode) override;
    void drawPixmap(const QRectF &target, const QPixmap &pixmap, const QRectF &source) override;
    void drawImage(const QRectF &target, const QImage &image, const QRectF &source, Qt::ImageConversionFlags flags) override;
    void drawTextItem(const QPointF &point, const QTextItem &textItem) override;
    Type type() const override;

    const QList<Ruling> &rulings() const { return m_rulings; }
    const QList<QRectF> &filledAreas() const { return m_filledAreas; }

    // Thicker than this, a filled rectangle is an area, not a rule.
    static constexpr double maximumRuleThickness = 3.0;
    // Shorter than this, a rule is noise (bullets, glyph parts, underlines of single letters).
    static constexpr double minimumRuleLength = 6.0;

private:
    void recordStroke(const QPointF &from, const QPointF &to);
    void recordFilledRect(const QRectF &rect);

    QTransform m_transform;
    bool m_stroking = false;
    bool m_filling = false;
    QList<Ruling> m_rulings;
    QList<QRectF> m_filledAreas;
};

} // namespace vigia
