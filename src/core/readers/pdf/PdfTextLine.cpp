#include "PdfTextLine.h"

namespace vigia {

QString PdfTextLine::text() const
{
    QString result;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const PdfWord &word = words[i];
        if (i > 0) {
            const PdfWord &previous = words[i - 1];
            // Poppler splits a word at a font change without a space; a visible gap is a space.
            const double gap = word.box.left() - previous.box.right();
            if (previous.spaceAfter || gap > 0.15 * std::max(previous.box.height(), word.box.height()))
                result += u' ';
        }
        result += word.text;
    }
    return result;
}

QString PdfParagraph::text() const
{
    QString result;
    for (const PdfTextLine &line : lines) {
        if (!result.isEmpty())
            result += u' ';
        result += line.text();
    }
    return result;
}

} // namespace vigia
