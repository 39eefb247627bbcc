#pragma once

#include "PdfTextLine.h"

namespace vigia {

// Groups the words of one column (or of the whole width, for running text) into printed lines,
// and printed lines into paragraphs: a paragraph ends where the gap to the next line is clearly
// wider than the document's usual gap between lines, or where the next line starts a list item.
class PdfLineGrouper {
public:
    static QList<PdfTextLine> groupIntoLines(QList<PdfWord> words);

    // The usual gap between consecutive lines of a paragraph (a low quantile of the gaps between
    // consecutive lines of `runs`).
    static double usualLineGap(const QList<QList<PdfTextLine>> &runs);

    // How a block's lines are laid out: running text, or the lines of one table cell, where a line
    // that finishes a sentence well short of the cell's other lines ends its paragraph.
    enum class Block { Prose, TableCell };

    static QList<PdfParagraph> groupIntoParagraphs(const QList<PdfTextLine> &lines, double usualGap, Block block = Block::Prose);

    // Whether `line` (whose text is `text`) finishes a sentence clearly short of `measureRight` (the
    // right edge of the block's fullest line) and the next line (`nextText`) starts a new sentence:
    // a break the author made, not a wrap.
    static bool endsShortSentence(const PdfTextLine &line, const QString &text, const QString &nextText, double measureLeft,
                                  double measureRight);

    // Parts of a line separated by gaps wider than a word space can be (0.9 line heights): more
    // than one suggests table columns.
    static int segmentCount(const PdfTextLine &line);

    // Whether a printed line starts with a list marker ("1.", "1.2", "a)", "-", "•", "■").
    static bool startsWithListMarker(const QString &text);
};

} // namespace vigia
