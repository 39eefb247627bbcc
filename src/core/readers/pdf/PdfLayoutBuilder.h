#pragma once

#include "PdfPageContent.h"
#include "readers/LayoutDocument.h"

namespace vigia {

// Turns the words and rules of a PDF's pages into the shared layout model: running text becomes
// one-cell rows (one per paragraph), ruled tables become table rows with one cell per column
// (each word placed in its column by its position, lines of a cell grouped into paragraphs), a
// row whose cell spans the table keeps `spansTable`. A table that goes on across pages keeps one
// table index; its header row repeated on later pages is dropped, as are page numbers and running
// headers and footers. Every line carries its page and box.
class PdfLayoutBuilder {
public:
    // Pages are analysed on up to `threads` threads.
    explicit PdfLayoutBuilder(int threads = 1)
        : m_threads(threads)
    {
    }

    LayoutDocument build(const QList<PdfPageContent> &pages, const QString &fileName) const;

private:
    int m_threads;
};

} // namespace vigia
