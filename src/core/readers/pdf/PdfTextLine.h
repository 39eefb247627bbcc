#pragma once

#include "PdfPageContent.h"

namespace vigia {

// Words printed on one line, left to right, within one column of the page.
struct PdfTextLine {
    QList<PdfWord> words;
    QRectF box;

    QString text() const;
    double height() const { return box.height(); }
    // The height of the words holding most of the line's letters, a leading run-in label left
    // out: its body text's size, which a bold label ("Salud:") boxed taller does not change.
    double bodyHeight() const;
    // How much of the line is set in a bold font: all of it, part of it, or none.
    enum class Weight { Regular, Mixed, Bold };
    Weight weight() const;
    // Read by OCR: the mean confidence of its words (0–100); -1 when read from a text layer.
    int ocrConfidence() const;
};

// Consecutive lines of one paragraph (or one list item).
struct PdfParagraph {
    QList<PdfTextLine> lines;
    QRectF box;

    QString text() const;
};

} // namespace vigia
