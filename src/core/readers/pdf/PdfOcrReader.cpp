#include "PdfOcrReader.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <omp.h>

#include <QCoreApplication>

#include <algorithm>
#include <memory>

namespace vigia {

struct PdfOcrReader::Engine {
    tesseract::TessBaseAPI api;
};

namespace {

// A font's size over the height of the line its glyphs fill (cap height plus descender).
constexpr double fontSizePerLineHeight = 0.9;
// How far a font's descent reaches below the baseline and its ascent above its tallest letters
// (room for accents: "Á"), as shares of the letters' height above the baseline.
constexpr double descenderShare = 0.27;
constexpr double accentShare = 0.28;

// Tesseract's LSTM asks OpenMP for up to ten threads per page; on a machine with fewer cores
// (and with a page per core already) they only wait on each other: five times slower on two cores.
// Dynamic threads let OpenMP give it what the machine has, on the thread that reads.
void keepOpenMpToTheCores()
{
    omp_set_dynamic(1);
    omp_set_num_threads(1);
}

} // namespace

PdfOcrReader::PdfOcrReader()
    : m_engine(std::make_unique<Engine>())
{
    keepOpenMpToTheCores();
    // nullptr: the data path Tesseract was built with (Debian: /usr/share/tesseract-ocr/5/tessdata),
    // or TESSDATA_PREFIX.
    if (m_engine->api.Init(nullptr, "spa", tesseract::OEM_LSTM_ONLY) != 0) {
        m_error = QCoreApplication::translate("PdfOcrReader",
                                              "the Spanish model of Tesseract is not installed (Debian: tesseract-ocr-spa)");
        m_engine.reset();
        return;
    }
    m_engine->api.SetPageSegMode(tesseract::PSM_AUTO);
    // Tesseract's notes on its work ("Detected 544 diacritics") are not for Vigía's users.
    m_engine->api.SetVariable("debug_file", "/dev/null");
}

PdfOcrReader::~PdfOcrReader()
{
    if (m_engine)
        m_engine->api.End();
}

bool PdfOcrReader::isReady() const
{
    return m_engine != nullptr;
}

QList<PdfWord> PdfOcrReader::readWords(const QImage &image, double dpi) const
{
    QList<PdfWord> words;
    if (!m_engine || image.isNull())
        return words;
    keepOpenMpToTheCores();
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    tesseract::TessBaseAPI &api = m_engine->api;
    api.SetImage(gray.constBits(), gray.width(), gray.height(), 1, static_cast<int>(gray.bytesPerLine()));
    api.SetSourceResolution(static_cast<int>(dpi));
    if (api.Recognize(nullptr) != 0) {
        api.Clear();
        return words;
    }
    const double toPoints = 72.0 / dpi;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (it) {
        do {
            const std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
            if (!text)
                continue;
            const QString word = QString::fromUtf8(text.get()).trimmed();
            const float confidence = it->Confidence(tesseract::RIL_WORD);
            const bool hasLetterOrDigit = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
            if (word.isEmpty() || (confidence <= 0 && !hasLetterOrDigit))
                continue;
            int left = 0;
            int top = 0;
            int right = 0;
            int bottom = 0;
            if (!it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom))
                continue;
            // A text layer's word box spans its font's ascender to descender from the baseline,
            // the same for every word of a line; a glyph box does not ("MYPE" has no descender,
            // "(PREVIO" has). Words take their row's ascender and descender about its baseline.
            int baseLeft = 0;
            int baseY = bottom;
            int baseRight = 0;
            int baseY2 = bottom;
            float rowHeight = 0;
            float descenders = 0;
            float ascenders = 0;
            double wordTop = top;
            double wordBottom = bottom;
            if (it->Baseline(tesseract::RIL_TEXTLINE, &baseLeft, &baseY, &baseRight, &baseY2)) {
                it->RowAttributes(&rowHeight, &descenders, &ascenders);
                // The baseline under the word's middle (a slightly skewed line is not level).
                const double middle = (left + right) / 2.0;
                const double baseline = baseRight == baseLeft
                    ? baseY
                    : baseY + (baseY2 - baseY) * (middle - baseLeft) / static_cast<double>(baseRight - baseLeft);
                // rowHeight is x-height + ascenders - descenders (descenders is negative). The
                // descenders are guessed anew for each row, and a row without a descending letter
                // ("cultural material e inmaterial de las") gets a shorter guess than its
                // neighbours: the line would look set in a smaller font. The height above the
                // baseline is steady; the box is made from it as a text layer's box is from a
                // font's ascent (over its accents) and descent.
                const double aboveBaseline = rowHeight + descenders;
                if (aboveBaseline > 0) {
                    wordTop = baseline - (1 + accentShare) * aboveBaseline;
                    wordBottom = baseline + descenderShare * aboveBaseline;
                }
            }
            PdfWord pdfWord;
            pdfWord.text = word;
            pdfWord.box = QRectF(left * toPoints, wordTop * toPoints, (right - left) * toPoints, (wordBottom - wordTop) * toPoints);
            pdfWord.fontSize = (wordBottom - wordTop) * toPoints * fontSizePerLineHeight;
            // The LSTM engine tells no bold or italic: OCR words have none.
            pdfWord.confidence = static_cast<int>(confidence + 0.5f);
            pdfWord.spaceAfter = !it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD);
            words.append(pdfWord);
        } while (it->Next(tesseract::RIL_WORD));
    }
    api.Clear();
    return words;
}

} // namespace vigia
