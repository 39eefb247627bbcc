#pragma once

#include <QList>
#include <QRectF>

namespace vigia {

// The cells of one table on one page: column edges (left to right) and row edges (top to
// bottom). A row whose interior column edges are not drawn is one cell spanning the table.
struct TableGrid {
    QRectF area;
    QList<double> columnEdges;       // columnCount() + 1 values
    QList<double> rowEdges;          // rowCount() + 1 values
    QList<QList<bool>> dividers;     // per row, per interior column edge: whether it separates cells
    bool ruled = true;               // found from drawn rules (false: from whitespace)

    int columnCount() const { return static_cast<int>(columnEdges.size()) - 1; }
    int rowCount() const { return static_cast<int>(rowEdges.size()) - 1; }
    int columnAt(double x) const;    // nearest column for a point inside the area
    int rowAt(double y) const;       // -1 outside
    bool spansTable(int row) const;  // no interior edge drawn in this row
    bool hasSameColumns(const TableGrid &other, double tolerance) const;
};

} // namespace vigia
