#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace vigia {

// One word as Poppler extracts it, in PDF points with a top-left origin, with its font (that of
// its first character).
struct PdfWord {
    QString text;
    QRectF box;
    bool spaceAfter = true;
    double fontSize = 0; // points; 0 when unknown
    bool bold = false;
    bool italic = false;
    int confidence = -1; // 0–100 when read by OCR from a page image; -1 from a text layer
};

// A straight rule drawn on the page: a stroked line or a thin filled rectangle, always
// horizontal or vertical. `position` is y for a horizontal rule and x for a vertical one;
// [start, end] is its extent along the other axis.
struct Ruling {
    enum class Orientation { Horizontal, Vertical };
    Orientation orientation = Orientation::Horizontal;
    double position = 0;
    double start = 0;
    double end = 0;

    bool isHorizontal() const { return orientation == Orientation::Horizontal; }
    double length() const { return end - start; }
};

// What the PDF reader takes from one page: its words and the graphics that structure them.
struct PdfPageContent {
    int number = 0;            // 1-based
    QSizeF size;               // points
    QList<PdfWord> words;
    QList<Ruling> rulings;
    QList<QRectF> filledAreas; // larger filled rectangles (cell and row backgrounds)
    bool readByOcr = false;    // the words come from OCR of the page's image (it had no text layer)
};

} // namespace vigia
