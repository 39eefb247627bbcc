#pragma once

#include "model/Plan.h"
#include "readers/LayoutDocument.h"

#include <QList>
#include <QString>

namespace vigia {

// A passage of the document (a paragraph of prose or a table cell) none of whose text reached
// the plan: a presentation, a diagnosis, a table the importer did not understand.
struct UnplacedPassage {
    int page = 0;        // 1-based PDF page, 0 for a text source
    int sourceLine = 0;  // 1-based line of a text source, 0 for a PDF
    QString text;        // the passage as printed, lines joined by spaces
    int wordCount = 0;
};

// What of a document's text the importer left out of the plan, so the import report can say
// "anything dropped". Judged by the text itself, not by the reader's rules: a passage counts as
// placed when most of its consecutive word pairs appear in the plan (items, dimension names, row
// headings, metadata). Passages shorter than `minimumWords` (page numbers) and headings (short
// passages in capitals or ending with a colon) are not counted either way.
struct UnplacedText {
    static constexpr int minimumWords = 4;

    int documentWords = 0;   // words in the counted passages (running headers and footers excluded)
    int unplacedWords = 0;   // of those, words in passages that did not reach the plan
    QList<UnplacedPassage> passages; // in document order

    // The share of the document's words left out, 0–100, rounded.
    int percent() const;

    static UnplacedText find(const LayoutDocument &layout, const Plan &plan);
};

} // namespace vigia
