#include "RulingCollector.h"

#include <cmath>

namespace vigia {

namespace {

// A subpath of straight axis-aligned segments that outlines a rectangle.
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

void RulingCollector::addPath(const QList<QPolygonF> &subpaths, const QTransform &toDevice, bool stroked, bool filled)
{
    for (const QPolygonF &polygon : subpaths) {
        if (filled && isAxisAlignedRectangle(polygon))
            recordFilledRect(toDevice.map(polygon).boundingRect());
        if (stroked) {
            for (qsizetype i = 0; i + 1 < polygon.size(); ++i)
                recordStroke(toDevice.map(polygon[i]), toDevice.map(polygon[i + 1]));
        }
    }
}

void RulingCollector::recordStroke(const QPointF &from, const QPointF &to)
{
    const double dx = std::abs(from.x() - to.x());
    const double dy = std::abs(from.y() - to.y());
    if (dy < 0.5 && dx >= minimumRuleLength)
        m_rulings.append({Ruling::Orientation::Horizontal, (from.y() + to.y()) / 2, std::min(from.x(), to.x()), std::max(from.x(), to.x())});
    else if (dx < 0.5 && dy >= minimumRuleLength)
        m_rulings.append({Ruling::Orientation::Vertical, (from.x() + to.x()) / 2, std::min(from.y(), to.y()), std::max(from.y(), to.y())});
}

void RulingCollector::recordFilledRect(const QRectF &rect)
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
