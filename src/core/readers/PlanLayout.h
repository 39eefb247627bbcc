#pragma once

#include <QString>

namespace vigia::PlanLayout {

// Layout ids stored in Plan::layout.
inline QString table() { return QStringLiteral("table"); }                 // problem/objective/meta table
inline QString summaryTable() { return QStringLiteral("summary-table"); }  // numbered JNE summary table (Nº column)
inline QString markdownTable() { return QStringLiteral("markdown-table"); } // pipe table of a Markdown conversion
inline QString linearTable() { return QStringLiteral("linear-table"); }   // a table extracted cell after cell, one line per printed line
inline QString outline() { return QStringLiteral("outline"); }             // "1. PROBLEMA / 1.1 …" outline per dimension
inline QString narrative() { return QStringLiteral("narrative"); }         // numbered proposals with bullets
inline QString cards() { return QStringLiteral("cards"); }                 // "Propuesta N:" cards with labelled fields
inline QString sections() { return QStringLiteral("sections"); }           // no dimension headings: the plan's own sections

} // namespace vigia::PlanLayout
