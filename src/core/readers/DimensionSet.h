#pragma once

#include "model/Plan.h"

#include <QList>
#include <QString>

namespace vigia {

// The dimensions of a plan being built, in document order; a heading that names a dimension
// already seen (a repeated heading after a page break, a table of contents) reopens it.
class DimensionSet {
public:
    // What a line of prose is to the plan's sections (see follow()).
    enum class LineRole { Content, Furniture, Section };

    Dimension &open(const QString &name);
    // Follows the document's sections through one cleaned line: a dimension heading opens its
    // dimension, a roman-numbered section ("IV. SEGUIMIENTO") closes the current one; both are
    // Section lines, after which a builder forgets the row it had open. Page furniture is
    // Furniture; anything else is Content.
    LineRole follow(const QString &cleaned);
    // The dimension rows go to; opens a "General" dimension when no heading came first.
    Dimension &current();
    bool hasCurrent() const { return m_current >= 0; }
    void close() { m_current = -1; }
    // The dimensions that have rows, empty rows removed.
    QList<Dimension> take();

private:
    QList<Dimension> m_dimensions;
    qsizetype m_current = -1;
};

} // namespace vigia
