#pragma once

#include "LayoutDocument.h"
#include "model/Plan.h"

#include <QList>
#include <QString>

#include <optional>

namespace vigia {

// The last resort for a plan with proposals but no dimension headings (RULES v2: its own
// sections serve as its dimensions): each short numbered section heading ("1. Vías de
// comunicación:", "2.1. Gestión y Participación") opens a dimension named after it. Under it, a
// heading in capitals followed by a list is a row (the heading its objective, the entries its
// metas); a list entry with no such heading is a row of its own (the entry its objective, the
// bullets under it its metas). An
// unmarked line continues the item before it when that item is unfinished or the line starts in
// lower case; other prose is no item. Sections about the plan itself (front matter) give no rows;
// sections left without rows are dropped.
class SectionPlanBuilder {
public:
    static QList<Dimension> build(const LayoutDocument &document);
    // The dimension name a line gives as a section heading, if it is one.
    static std::optional<QString> sectionName(const QString &cleaned);
    // A section about the plan itself, not its proposals ("Presentación", "Principios y valores",
    // "Misión", "Objetivos del plan de gobierno"): no rows are read under it.
    static bool isFrontMatter(const QString &name);
};

} // namespace vigia
