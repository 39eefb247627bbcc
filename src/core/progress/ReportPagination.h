#pragma once

#include <QList>
#include <QPair>
#include <QSet>

#include <optional>

class QTextDocument;

namespace vigia {

// Where the semester report's PDF starts a page on purpose, so that no table row is cut by a page
// and no dimension heading is left at the foot of a page without its table.
struct ReportBreaks {
    QSet<int> beforeSection;            // a new page before the heading of section s
    QSet<QPair<int, int>> beforeLine;   // (section, line): the section's table goes on, header repeated, on a new page
};

// One table of the report as written: the summary table has section -1; a dimension's table may be
// written in several parts (one per ReportBreaks::beforeLine), each with its header row.
struct ReportTablePart {
    int section = -1;
    int firstLine = 0;
};

// Finds the breaks page by page: lay the document out in pages, move the first row cut by a page
// (or the first heading parted from its table) to the next page, and again until nothing moves.
class ReportPagination {
public:
    // The breaks after the first fault of `document` (laid out in pages, its tables in the order
    // and parts of `parts`), or nothing when no row is cut and no heading is parted from its first
    // row. A row (or a heading with its first row) too tall for a page of its own is let be cut.
    static std::optional<ReportBreaks> nextBreaks(const QTextDocument &document, const QList<ReportTablePart> &parts,
                                                  const ReportBreaks &breaks);
};

} // namespace vigia
