#include "TableGridDetector.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace vigia {

namespace {

constexpr double tol = TableGridDetector::tolerance;

bool touches(const Ruling &a, const Ruling &b)
{
    if (a.orientation == b.orientation) {
        return std::abs(a.position - b.position) <= tol && a.start <= b.end + tol && b.start <= a.end + tol;
    }
    return b.position >= a.start - tol && b.position <= a.end + tol && a.position >= b.start - tol && a.position <= b.end + tol;
}

int findRoot(std::vector<int> &parent, int i)
{
    while (parent[static_cast<size_t>(i)] != i) {
        parent[static_cast<size_t>(i)] = parent[static_cast<size_t>(parent[static_cast<size_t>(i)])];
        i = parent[static_cast<size_t>(i)];
    }
    return i;
}

// Positions closer than the tolerance become one (their mean), weighted by the length of rule.
struct Cluster {
    double position = 0;
    double coverage = 0;
};

QList<Cluster> clusterPositions(QList<Ruling> rulings)
{
    std::sort(rulings.begin(), rulings.end(), [](const Ruling &a, const Ruling &b) { return a.position < b.position; });
    QList<Cluster> clusters;
    double weightedSum = 0;
    double lastPosition = 0;
    for (const Ruling &ruling : std::as_const(rulings)) {
        if (clusters.isEmpty() || ruling.position - lastPosition > tol) {
            clusters.append({ruling.position, 0});
            weightedSum = 0;
        }
        Cluster &cluster = clusters.last();
        const double length = std::max(ruling.length(), 0.1);
        weightedSum += ruling.position * length;
        cluster.coverage += length;
        cluster.position = weightedSum / cluster.coverage;
        lastPosition = ruling.position;
    }
    return clusters;
}

} // namespace

QList<TableGrid> TableGridDetector::detect(const PdfPageContent &page) const
{
    const QList<Ruling> &rulings = page.rulings;
    const int count = static_cast<int>(rulings.size());
    std::vector<int> parent(static_cast<size_t>(count));
    std::iota(parent.begin(), parent.end(), 0);
    for (int i = 0; i < count; ++i) {
        for (int j = i + 1; j < count; ++j) {
            if (touches(rulings[i], rulings[j]))
                parent[static_cast<size_t>(findRoot(parent, i))] = findRoot(parent, j);
        }
    }
    QList<QList<Ruling>> groups;
    std::vector<int> groupOfRoot(static_cast<size_t>(count), -1);
    for (int i = 0; i < count; ++i) {
        const int root = findRoot(parent, i);
        if (groupOfRoot[static_cast<size_t>(root)] < 0) {
            groupOfRoot[static_cast<size_t>(root)] = static_cast<int>(groups.size());
            groups.append(QList<Ruling>());
        }
        groups[groupOfRoot[static_cast<size_t>(root)]].append(rulings[i]);
    }

    QList<TableGrid> grids;
    for (const QList<Ruling> &group : std::as_const(groups)) {
        QList<Ruling> horizontal;
        QList<Ruling> vertical;
        QRectF area;
        for (const Ruling &ruling : group) {
            (ruling.isHorizontal() ? horizontal : vertical).append(ruling);
            const QRectF extent = ruling.isHorizontal() ? QRectF(QPointF(ruling.start, ruling.position), QPointF(ruling.end, ruling.position))
                                                        : QRectF(QPointF(ruling.position, ruling.start), QPointF(ruling.position, ruling.end));
            area = area.isNull() ? extent : area.united(extent);
        }
        const QList<Cluster> columns = clusterPositions(vertical);
        if (columns.size() < 3 || area.height() < 10)
            continue;
        TableGrid grid;
        grid.area = area;
        for (const Cluster &column : columns)
            grid.columnEdges.append(column.position);
        grid.columnEdges.first() = std::min(grid.columnEdges.first(), area.left());
        grid.columnEdges.last() = std::max(grid.columnEdges.last(), area.right());

        QList<double> rowEdges{area.top()};
        for (const Cluster &row : clusterPositions(horizontal)) {
            if (row.coverage >= 0.5 * area.width() && row.position - rowEdges.last() > tol)
                rowEdges.append(row.position);
        }
        if (area.bottom() - rowEdges.last() > tol)
            rowEdges.append(area.bottom());
        else
            rowEdges.last() = area.bottom();
        grid.rowEdges = rowEdges;

        for (int row = 0; row < grid.rowCount(); ++row) {
            const double top = grid.rowEdges[row];
            const double bottom = grid.rowEdges[row + 1];
            const double middle = (top + bottom) / 2;
            QList<bool> divided;
            for (int edge = 1; edge < grid.columnCount(); ++edge) {
                const double x = grid.columnEdges[edge];
                divided.append(std::any_of(vertical.cbegin(), vertical.cend(), [&](const Ruling &ruling) {
                    return std::abs(ruling.position - x) <= tol && ruling.start <= middle && ruling.end >= middle;
                }));
            }
            grid.dividers.append(divided);
        }
        grids.append(grid);
    }
    std::sort(grids.begin(), grids.end(), [](const TableGrid &a, const TableGrid &b) { return a.area.top() < b.area.top(); });
    return grids;
}

} // namespace vigia
