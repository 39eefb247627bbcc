#pragma once

#include "LayoutDocument.h"
#include "model/Plan.h"

#include <QList>

namespace vigia {

// Builds a plan of proposal cards (the 2026 party templates): under dimension headings, each
// "Propuesta N: <title>" is a row whose labelled fields give its items: "Diagnóstico …:" a
// problem, the title and "Acción:" objectives, "Indicador:" an indicator, "Meta …:" a meta (one
// per bullet when the meta is a list). Fields that are no item ("Presupuesto:", "Responsable:")
// are skipped, and so is any prose between cards (section introductions, sub-headings). A line
// without a label continues the field before it, until a new paragraph after a finished sentence.
class CardPlanBuilder {
public:
    static QList<Dimension> build(const LayoutDocument &document);
    // Whether a document is made of such cards: at least two card headings, and labelled fields
    // that are items.
    static bool isCardDocument(const LayoutDocument &document);
};

} // namespace vigia
