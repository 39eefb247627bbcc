#include "PdfOcrReader.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <omp.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <memory>
#include <tuple>
#include <vector>

namespace vigia {

struct PdfOcrReader::Engine {
    tesseract::TessBaseAPI api;
};

namespace {

// A font's size over the height of the box its words get.
constexpr double fontSizePerLineHeight = 0.9;
// How far a font's ascent (room for accents over capitals: "Á") reaches above the baseline and its
// descent below it, in capital heights: the proportions of the common text faces (Arial, Liberation,
// DejaVu, Times: ascent 0.9–0.95 em and descent 0.2–0.25 em for capitals of 0.66–0.73 em).
constexpr double ascentPerCapHeight = 1.26;
constexpr double descentPerCapHeight = 0.30;
// Tesseract's height above the baseline (x-height plus ascenders) in capital heights, for a line
// without a letter of capital height ("a un").
constexpr double rowAscentPerCapHeight = 1.117;

// How far apart, as a share, the capitals of two lines set in one font may measure; and a line
// measured on fewer than sureLetters letters, from the height of the lines measured on more.
constexpr double sameFontShare = 0.10;
constexpr double looseFontShare = 0.3;
constexpr qsizetype sureLetters = 3;

// A text line of a page, by its box in pixels.
using LineKey = std::tuple<int, int, int, int>;

LineKey lineKey(const tesseract::PageIterator &it)
{
    int left = 0;
    int top = 0;
    int right = 0;
    int bottom = 0;
    it.BoundingBox(tesseract::RIL_TEXTLINE, &left, &top, &right, &bottom);
    return {left, top, right, bottom};
}

// The baseline's height at `x` (a slightly skewed line is not level).
double baselineAt(double x, int left, int y, int right, int y2)
{
    return right == left ? y : y + (y2 - y) * (x - left) / static_cast<double>(right - left);
}

// Letters whose top is a font's capital height: capitals without accents. (Digits and the
// ascenders of "b", "d", "l" reach a few percent higher in some faces, and a line of text would
// measure taller than a line of capitals in the same font.)
bool reachesCapHeight(const QString &symbol)
{
    if (symbol.size() != 1)
        return false;
    const char16_t c = symbol.at(0).unicode();
    return c >= u'A' && c <= u'Z';
}

// The height of each text line's capitals above its baseline, measured on its glyphs: the median
// over its capitals. Tesseract's own row heights are not a measure of the font: in
// a line of capitals ("PROBLEMA IDENTIFICADO") it may take their height for the x-height and add
// ascenders above it, and the descenders are guessed anew for each line. A line without such a
// capital takes Tesseract's height above the baseline.
std::map<LineKey, double> lineCapHeights(tesseract::TessBaseAPI &api)
{
    std::map<LineKey, QList<double>> heights;
    std::map<LineKey, double> rowAscents;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (!it)
        return {};
    do {
        const LineKey key = lineKey(*it);
        if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
            float rowHeight = 0;
            float descenders = 0;
            float ascenders = 0;
            it->RowAttributes(&rowHeight, &descenders, &ascenders);
            rowAscents[key] = rowHeight + descenders;
        }
        const std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_SYMBOL));
        int left = 0;
        int top = 0;
        int right = 0;
        int bottom = 0;
        int baseLeft = 0;
        int baseY = 0;
        int baseRight = 0;
        int baseY2 = 0;
        if (!text || !reachesCapHeight(QString::fromUtf8(text.get()))
            || !it->BoundingBox(tesseract::RIL_SYMBOL, &left, &top, &right, &bottom)
            || !it->Baseline(tesseract::RIL_TEXTLINE, &baseLeft, &baseY, &baseRight, &baseY2))
            continue;
        const double height = baselineAt((left + right) / 2.0, baseLeft, baseY, baseRight, baseY2) - top;
        if (height > 0)
            heights[key].append(height);
    } while (it->Next(tesseract::RIL_SYMBOL));
    // Each line's own measure, and how many letters it rests on.
    struct Measure {
        LineKey key;
        double capHeight = 0;
        qsizetype letters = 0;
    };
    std::vector<Measure> measures;
    for (const auto &[key, rowAscent] : rowAscents) {
        const auto found = heights.find(key);
        if (found == heights.end()) {
            if (rowAscent > 0)
                measures.push_back({key, rowAscent / rowAscentPerCapHeight, 1});
            continue;
        }
        QList<double> &measured = found->second;
        std::nth_element(measured.begin(), measured.begin() + measured.size() / 2, measured.end());
        measures.push_back({key, measured[measured.size() / 2], measured.size()});
    }
    // Lines set in one font measure a pixel or two apart; a text layer gives them one height. Lines
    // measured on enough letters and within sameFontShare of each other take their group's median,
    // weighed by letters.
    std::sort(measures.begin(), measures.end(), [](const Measure &a, const Measure &b) { return a.capHeight < b.capHeight; });
    std::vector<Measure> sure;
    std::copy_if(measures.cbegin(), measures.cend(), std::back_inserter(sure), [](const Measure &m) { return m.letters >= sureLetters; });
    if (sure.empty())
        sure = measures;
    std::map<LineKey, double> capHeights;
    std::vector<double> fonts;
    for (size_t first = 0; first < sure.size();) {
        size_t end = first + 1;
        while (end < sure.size() && sure[end].capHeight <= sure[first].capHeight * (1 + sameFontShare))
            ++end;
        qsizetype letters = 0;
        for (size_t i = first; i < end; ++i)
            letters += sure[i].letters;
        double median = sure[first].capHeight;
        for (size_t i = first, counted = 0; i < end; ++i) {
            counted += static_cast<size_t>(sure[i].letters);
            if (2 * counted >= static_cast<size_t>(letters)) {
                median = sure[i].capHeight;
                break;
            }
        }
        fonts.push_back(median);
        first = end;
    }
    // Every line takes the nearest of those heights; one measured on a letter or two ("municipal.")
    // may be far off, up to looseFontShare.
    for (const Measure &measure : measures) {
        const auto nearest = std::min_element(fonts.cbegin(), fonts.cend(), [&](double a, double b) {
            return std::abs(std::log(a / measure.capHeight)) < std::abs(std::log(b / measure.capHeight));
        });
        const double share = measure.letters >= sureLetters ? sameFontShare : looseFontShare;
        const bool near = nearest != fonts.cend() && std::abs(*nearest - measure.capHeight) <= share * std::max(*nearest, measure.capHeight);
        capHeights[measure.key] = near ? *nearest : measure.capHeight;
    }
    return capHeights;
}

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
    const std::map<LineKey, double> capHeights = lineCapHeights(api);
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
            // A text layer's word box spans its font's ascent to descent about the baseline, the
            // same for every word of a line; a glyph box does not ("MYPE" has no descender,
            // "(PREVIO" has). Words take their line's box, made from its capitals' height.
            double wordTop = top;
            double wordBottom = bottom;
            int baseLeft = 0;
            int baseY = bottom;
            int baseRight = 0;
            int baseY2 = bottom;
            if (it->Baseline(tesseract::RIL_TEXTLINE, &baseLeft, &baseY, &baseRight, &baseY2)) {
                const double baseline = baselineAt((left + right) / 2.0, baseLeft, baseY, baseRight, baseY2);
                const auto capHeight = capHeights.find(lineKey(*it));
                if (capHeight != capHeights.end()) {
                    wordTop = baseline - ascentPerCapHeight * capHeight->second;
                    wordBottom = baseline + descentPerCapHeight * capHeight->second;
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
