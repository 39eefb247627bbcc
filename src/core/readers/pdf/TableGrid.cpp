#include "TableGrid.h"

#include <cmath>

namespace vigia {

int TableGrid::columnAt(double x) const
{
    for (int column = 0; column + 1 < columnCount(); ++column) {
        if (x < columnEdges[column + 1])
            return column;
    }
    return std::max(0, columnCount() - 1);
}

int TableGrid::rowAt(double y) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (y >= rowEdges[row] && y < rowEdges[row + 1])
            return row;
    }
    return -1;
}

bool TableGrid::spansTable(int row) const
{
    if (row < 0 || row >= dividers.size() || columnCount() < 2)
        return false;
    for (bool divided : dividers[row]) {
        if (divided)
            return false;
    }
    return true;
}

bool TableGrid::hasSameColumns(const TableGrid &other, double tolerance) const
{
    if (columnEdges.size() != other.columnEdges.size())
        return false;
    for (qsizetype i = 0; i < columnEdges.size(); ++i) {
        if (std::abs(columnEdges[i] - other.columnEdges[i]) > tolerance)
            return false;
    }
    return true;
}

} // namespace vigia
