#pragma once

#include "PdfPageContent.h"

#include <QPolygonF>
#include <QTransform>

namespace vigia {

// Keeps the straight rules and filled rectangles among the paths a page paints, in device
// coordinates (PDF points, top-left origin). Rules come as stroked paths (LibreOffice, Word) or
// as thin filled rectangles (Chromium); both are kept. Paths with curves (glyph outlines, round
// shapes) carry no rules and are ignored.
class RulingCollector {
public:
    // One painted path: its subpaths in user space, the transformation to device space, and
    // whether it was stroked, filled or both.
    void addPath(const QList<QPolygonF> &subpaths, const QTransform &toDevice, bool stroked, bool filled);

    const QList<Ruling> &rulings() const { return m_rulings; }
    const QList<QRectF> &filledAreas() const { return m_filledAreas; }

    // Thicker than this, a filled rectangle is an area, not a rule.
    static constexpr double maximumRuleThickness = 3.0;
    // Shorter than this, a rule is noise (bullets, glyph parts, underlines of single letters).
    static constexpr double minimumRuleLength = 6.0;

private:
    void recordStroke(const QPointF &from, const QPointF &to);
    void recordFilledRect(const QRectF &rect);

    QList<Ruling> m_rulings;
    QList<QRectF> m_filledAreas;
};

} // namespace vigia
