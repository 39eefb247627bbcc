#pragma once

#include "PdfPageContent.h"

#include <QByteArray>
#include <QImage>

#include <atomic>
#include <memory>

namespace vigia {

// Reads the pages of a PDF in one pass each, through Poppler's core API (the only file that uses
// it; pinned to Poppler 22.12): the words with their boxes and fonts, as Poppler's text
// extraction gives them (what Poppler::Page::textList and pdftotext give), and the ruling lines
// and filled rectangles among the page's paths. Glyphs are not drawn, fonts are not loaded for
// drawing and images are not decoded (but a scanned page's, by scanImage).
//
// One reader must not be used by two threads at once; give each thread its own. Poppler's global
// parameters must exist while it is used: keep a Poppler::Document open (the PDF reader opens one
// first, to check the file and its password).
class PdfPageReader {
public:
    PdfPageReader(const QByteArray &content, const QByteArray &password);
    ~PdfPageReader();
    PdfPageReader(const PdfPageReader &) = delete;
    PdfPageReader &operator=(const PdfPageReader &) = delete;

    bool isOpen() const;
    int pageCount() const;

    // Reads page `index` (0-based) into `content` (number, size, words, rulings, filled areas).
    // Returns false when the page cannot be read. Stops early, with what it has, when `cancel`
    // becomes true.
    bool readPage(int index, PdfPageContent &content, const std::atomic_bool *cancel = nullptr) const;

    // The resolution, in dots per inch, of the image a scanned page is: the largest image drawn on
    // page `index` (0-based), when it covers at least half of the page, in the lower of its two
    // directions. 0 when the page draws no such image.
    double scanResolution(int index) const;

    // Page `index` (0-based) as the grey image it holds, as stored (decoded, not rendered), when
    // the page is just that image: drawn upright over the whole page, one of its pixels on each of
    // the page's at `dpi` (as scanners write them), with no text, path or other image, and the
    // page not turned. Null otherwise: render it.
    QImage scanImage(int index, double dpi) const;

    // Whether a font name says the font is bold ("Arial-BoldMT", "ABCDEF+Calibri,Bold",
    // "Montserrat-SemiBold", "Roboto-Black"): most PDFs do not set the descriptor's bold flag.
    static bool fontNameSaysBold(const QString &fontName);
    static bool fontNameSaysItalic(const QString &fontName);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vigia
