#pragma once

#include "LayoutDocument.h"

#include <QString>

namespace vigia {

// Where a layout document came from; decides the name of a table layout.
enum class LayoutSource { Text, Markdown, Pdf };

// Decides which plan layout a document uses, from its structure only: a table whose header
// names problems and objectives, an outline of "N. PROBLEMA / N. OBJETIVO / N. META" sections,
// or dimension headings over numbered proposals. Returns a PlanLayout id, or an empty string
// when the document has no plan structure.
class LayoutDetector {
public:
    static QString detect(const LayoutDocument &document, LayoutSource source);
    // A header row of a proposal table: at least two cells naming table roles, one of them the
    // problem or the objective column.
    static bool isTableHeader(const LayoutRow &row);
    // A table header extracted as one short line per printed header line ("PROBLEMAS" /
    // "IDENTIFICADOS" / "OBJETIVOS" / …) starting at `index`: the number of rows it takes, 0 when
    // there is none. `roles` receives the column roles in order.
    static int linearHeaderAt(const LayoutDocument &document, qsizetype index, QList<int> *roles = nullptr);
    // "1. PROBLEMA IDENTIFICADO", "2. OBJETIVO ESTRATÉGICO (…)", "3. META (valor)": the section
    // kind index (0 problem, 1 objective, 2 indicator, 3 target) or -1.
    static int outlineSection(const QString &cleaned);
};

} // namespace vigia
