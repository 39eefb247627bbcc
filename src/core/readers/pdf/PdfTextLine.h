#pragma once

#include "PdfPageContent.h"

namespace vigia {

// Words printed on one line, left to right, within one column of the page.
struct PdfTextLine {
    QList<PdfWord> words;
    QRectF box;

    QString text() const;
    double height() const { return box.height(); }
};

// Consecutive lines of one paragraph (or one list item).
struct PdfParagraph {
    QList<PdfTextLine> lines;
    QRectF box;

    QString text() const;
};

} // namespace vigia
