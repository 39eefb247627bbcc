#include "RulingPaintEngine.h"

#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

namespace vigia {

namespace {

// A closed subpath of straight axis-aligned segments that outlines a rectangle.
bool isAxisAlignedRectangle(const QPolygonF &polygon)
{
    if (polygon.size() < 4 || polygon.size() > 5)
        return false;
    for (qsizetype i = 0; i + 1 < polygon.size(); ++i) {
        const QPointF a = polygon[i];
        const QPointF b = polygon[i + 1];
        if (std::abs(a.x() - b.x()) > 0.01 && std::abs(a.y() - b.y()) > 0.01)
            return false;
    }
    return true;
}

} // namespace

RulingPaintEngine::RulingPaintEngine()
    : QPaintEngine(QPaintEngine::AllFeatures)
{
}

bool RulingPaintEngine::begin(QPaintDevice *)
{
    setActive(true);
    return true;
}

bool RulingPaintEngine::end()
{
    setActive(false);
    return true;
}

void RulingPaintEngine::updateState(const QPaintEngineState &newState)
{
    const QPaintEngine::DirtyFlags flags = newState.state();
    if (flags & QPaintEngine::DirtyTransform)
        m_transform = newState.transform();
    if (flags & QPaintEngine::DirtyPen)
        m_stroking = newState.pen().style() != Qt::NoPen;
    if (flags & QPaintEngine::DirtyBrush)
        m_filling = newState.brush().style() != Qt::NoBrush;
}

void RulingPaintEngine::drawPath(const QPainterPath &path)
{
    for (int i = 0; i < path.elementCount(); ++i) {
        if (path.elementAt(i).isCurveTo())
            return; // glyph outlines and other curves carry no rules
    }
    const QList<QPolygonF> subpaths = path.toSubpathPolygons();
    for (const QPolygonF &polygon : subpaths) {
        if (m_filling && isAxisAlignedRectangle(polygon))
            recordFilledRect(m_transform.map(polygon).boundingRect());
        if (m_stroking) {
            for (qsizetype i = 0; i + 1 < polygon.size(); ++i)
                recordStroke(m_transform.map(polygon[i]), m_transform.map(polygon[i + 1]));
        }
    }
}

void RulingPaintEngine::drawLines(const QLineF *lines, int lineCount)
{
    if (!m_stroking)
        return;
    for (int i = 0; i < lineCount; ++i)
        recordStroke(m_transform.map(lines[i].p1()), m_transform.map(lines[i].p2()));
}

void RulingPaintEngine::drawRects(const QRectF *rects, int rectCount)
{
    for (int i = 0; i < rectCount; ++i) {
        const QPolygonF polygon = m_transform.map(QPolygonF(rects[i]));
        if (m_filling)
            recordFilledRect(polygon.boundingRect());
        if (m_stroking) {
            for (qsizetype j = 0; j + 1 < polygon.size(); ++j)
                recordStroke(polygon[j], polygon[j + 1]);
        }
    }
}

void RulingPaintEngine::drawPolygon(const QPointF *points, int pointCount, PolygonDrawMode mode)
{
    QPolygonF polygon;
    for (int i = 0; i < pointCount; ++i)
        polygon << points[i];
    if (mode != PolylineMode && m_filling && isAxisAlignedRectangle(polygon))
        recordFilledRect(m_transform.map(polygon).boundingRect());
    if (m_stroking) {
        for (int i = 0; i + 1 < pointCount; ++i)
            recordStroke(m_transform.map(points[i]), m_transform.map(points[i + 1]));
    }
}

void RulingPaintEngine::drawPixmap(const QRectF &, const QPixmap &, const QRectF &) {}

void RulingPaintEngine::drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) {}

void RulingPaintEngine::drawTextItem(const QPointF &, const QTextItem &) {}

QPaintEngine::Type RulingPaintEngine::type() const
{
    return QPaintEngine::User;
}

void RulingPaintEngine::recordStroke(const QPointF &from, const QPointF &to)
{
    const double dx = std::abs(from.x() - to.x());
    const double dy = std::abs(from.y() - to.y());
    if (dy < 0.5 && dx >= minimumRuleLength)
        m_rulings.append({Ruling::Orientation::Horizontal, (from.y() + to.y()) / 2, std::min(from.x(), to.x()), std::max(from.x(), to.x())});
    else if (dx < 0.5 && dy >= minimumRuleLength)
        m_rulings.append({Ruling::Orientation::Vertical, (from.x() + to.x()) / 2, std::min(from.y(), to.y()), std::max(from.y(), to.y())});
}

void RulingPaintEngine::recordFilledRect(const QRectF &rect)
{
    const QRectF r = rect.normalized();
    if (r.height() <= maximumRuleThickness && r.width() >= minimumRuleLength)
        m_rulings.append({Ruling::Orientation::Horizontal, r.center().y(), r.left(), r.right()});
    else if (r.width() <= maximumRuleThickness && r.height() >= minimumRuleLength)
        m_rulings.append({Ruling::Orientation::Vertical, r.center().x(), r.top(), r.bottom()});
    else if (r.width() > maximumRuleThickness && r.height() > maximumRuleThickness)
        m_filledAreas.append(r);
}

} // namespace vigia
