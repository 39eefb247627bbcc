#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace vigia {

// The layout model every reader produces and the plan builder consumes: the document as a
// sequence of rows of cells, each cell a sequence of text lines with their place in the source.
// A line of prose is a row with one cell; a table row has one cell per column.

struct LayoutLine {
    QString text;        // one printed line (PDF) or one source fragment (text, Markdown)
    int page = 0;        // 1-based page, 0 when the source has no pages
    int sourceLine = 0;  // 1-based line of a text source, 0 when not a text source
    QRectF box;          // PDF points, top-left origin; null for text sources
    bool startsParagraph = false; // the first line of a paragraph (PDF: a wider gap above it; text:
                                  // a blank line before it), so an item without a marker starts here
    int ocrConfidence = -1; // read by OCR: the mean confidence of its words (0–100); -1 from text
};

struct LayoutCell {
    QList<LayoutLine> lines;
    int column = 0;      // 0-based column index in its table (0 for prose)
    bool spansTable = false; // a cell spanning the full table width (e.g. a dimension heading row)

    QString text(QStringView separator = u"\n") const;
    bool isBlank() const;
};

struct LayoutRow {
    QList<LayoutCell> cells;
    int page = 0;
    int sourceLine = 0;
    bool isTableRow = false; // part of a ruled/tabular structure, as opposed to running text
    int tableIndex = -1;     // which table of the document, when isTableRow

    QString text(QStringView cellSeparator = u"\t") const;
};

struct LayoutDocument {
    QString fileName;
    int pageCount = 0;
    QList<LayoutRow> rows;
    // Running headers and footers left out of the rows (PDF), each once, in order of appearance:
    // a party's name printed at the top of every page is the plan's author.
    QStringList runningLines;

    // The model as plain text, one line per printed line, for people reading what an importer saw
    // (`vigia-cli parse --layout`): each row with its page and table, each cell with its column, each
    // line with its box ("x,y wxh") and "¶" where a paragraph starts.
    QString describe() const;
};

} // namespace vigia
