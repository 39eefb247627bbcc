#include "DimensionSet.h"

#include "LayoutPatterns.h"

namespace vigia {

Dimension &DimensionSet::open(const QString &name)
{
    for (qsizetype i = 0; i < m_dimensions.size(); ++i) {
        if (m_dimensions[i].name == name) {
            m_current = i;
            return m_dimensions[i];
        }
    }
    Dimension dimension;
    dimension.name = name;
    m_dimensions << dimension;
    m_current = m_dimensions.size() - 1;
    return m_dimensions.last();
}

DimensionSet::LineRole DimensionSet::follow(const QString &cleaned)
{
    if (const auto name = LayoutPatterns::dimensionHeading(cleaned)) {
        open(*name);
        return LineRole::Section;
    }
    if (LayoutPatterns::isFurniture(cleaned))
        return LineRole::Furniture;
    if (LayoutPatterns::isRomanHeading(cleaned)) {
        close();
        return LineRole::Section;
    }
    return LineRole::Content;
}

Dimension &DimensionSet::current()
{
    if (m_current < 0)
        return open(QStringLiteral("General"));
    return m_dimensions[m_current];
}

QList<Dimension> DimensionSet::take()
{
    QList<Dimension> result;
    for (Dimension &dimension : m_dimensions) {
        QList<Row> rows;
        for (const Row &row : dimension.rows) {
            if (!row.isEmpty())
                rows << row;
        }
        dimension.rows = rows;
        if (!dimension.rows.isEmpty())
            result << dimension;
    }
    m_dimensions.clear();
    m_current = -1;
    return result;
}

} // namespace vigia
