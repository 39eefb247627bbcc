#include "PdfOcrReader.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <omp.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
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
// How far a word's box reaches above the baseline and below it, in capital heights: a text layer's
// box spans the font's ascent (room for accents over capitals: "Á") and descent (Arial, Liberation,
// DejaVu, Times: 0.9–0.95 em and 0.2–0.25 em for capitals of 0.66–0.73 em), and an office program's
// its line's leading too (1.3 em in all): between the two.
constexpr double ascentPerCapHeight = 1.26;
constexpr double descentPerCapHeight = 0.30;
// Tesseract's height above the baseline (x-height plus ascenders) in capital heights, for a line
// without capitals to measure.
constexpr double rowAscentPerCapHeight = 1.117;

// How far from a font's capital height, as a share, a line set in it may measure; and a line
// measured on fewer than sureLetters capitals, from the height of the lines measured on more.
constexpr double sameFontShare = 0.06;
constexpr double looseFontShare = 0.3;
constexpr qsizetype sureLetters = 3;
// How far from its line's baseline, in capital heights, a word's own may be and still be the line's.
constexpr double sameBaselineShare = 0.25;

// A text line or a word of a page, by its box in pixels.
using BoxKey = std::tuple<int, int, int, int>;

BoxKey boxKey(const tesseract::PageIterator &it, tesseract::PageIteratorLevel level)
{
    int left = 0;
    int top = 0;
    int right = 0;
    int bottom = 0;
    it.BoundingBox(level, &left, &top, &right, &bottom);
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
bool isPlainCapital(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}

// Letters and digits that stand on the baseline (no descender: not "g", "p", "Q"…).
bool standsOnBaseline(char16_t c)
{
    return QChar(c).isLetterOrNumber() && !QStringView(u"gjpqyQJç").contains(QChar(c));
}

double median(QList<double> values)
{
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

// What the glyphs of a page say of its fonts: the height of each line's capitals, and each word's
// baseline (the median bottom of its letters without descenders).
struct PageGlyphs {
    std::map<BoxKey, double> capHeights; // per line
    std::map<BoxKey, double> baselines;  // per word
};

// Measured on the glyphs: Tesseract's own row heights are not a measure of the font (in a line of
// capitals, "PROBLEMA IDENTIFICADO", it may take their height for the x-height and add ascenders
// above it, and it guesses the descenders anew for each line), and its baseline for a line that
// runs across the columns of a table is one straight fit through all of them.
PageGlyphs measureGlyphs(tesseract::TessBaseAPI &api)
{
    struct Glyph {
        char16_t letter = 0;
        int top = 0;
        int bottom = 0;
    };
    struct Word {
        BoxKey line;
        QList<Glyph> glyphs;
    };
    std::map<BoxKey, Word> words;
    std::map<BoxKey, double> rowAscents;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (!it)
        return {};
    do {
        const BoxKey line = boxKey(*it, tesseract::RIL_TEXTLINE);
        if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
            float rowHeight = 0;
            float descenders = 0;
            float ascenders = 0;
            it->RowAttributes(&rowHeight, &descenders, &ascenders);
            rowAscents[line] = rowHeight + descenders;
        }
        const std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_SYMBOL));
        const QString symbol = text ? QString::fromUtf8(text.get()) : QString();
        int left = 0;
        int top = 0;
        int right = 0;
        int bottom = 0;
        if (symbol.size() != 1 || !it->BoundingBox(tesseract::RIL_SYMBOL, &left, &top, &right, &bottom))
            continue;
        Word &word = words[boxKey(*it, tesseract::RIL_WORD)];
        word.line = line;
        word.glyphs.append({symbol.at(0).unicode(), top, bottom});
    } while (it->Next(tesseract::RIL_SYMBOL));

    PageGlyphs page;
    std::map<BoxKey, QList<double>> capitals;
    for (const auto &[key, word] : words) {
        QList<double> bottoms;
        for (const Glyph &glyph : word.glyphs) {
            if (standsOnBaseline(glyph.letter))
                bottoms.append(glyph.bottom);
        }
        if (bottoms.isEmpty())
            continue;
        const double baseline = median(bottoms);
        page.baselines[key] = baseline;
        for (const Glyph &glyph : word.glyphs) {
            if (isPlainCapital(glyph.letter))
                capitals[word.line].append(baseline - glyph.top);
        }
    }
    // Each line's own measure, and how many capitals it rests on.
    struct Measure {
        BoxKey key;
        double capHeight = 0;
        qsizetype letters = 0;
    };
    std::vector<Measure> measures;
    for (const auto &[key, rowAscent] : rowAscents) {
        if (const auto found = capitals.find(key); found != capitals.end())
            measures.push_back({key, median(found->second), found->second.size()});
        else if (rowAscent > 0)
            measures.push_back({key, rowAscent / rowAscentPerCapHeight, 0});
    }
    measures.erase(std::remove_if(measures.begin(), measures.end(), [](const Measure &m) { return m.capHeight <= 0; }), measures.end());
    // Lines set in one font measure a pixel or two apart; a text layer gives them one height.
    std::sort(measures.begin(), measures.end(), [](const Measure &a, const Measure &b) { return a.capHeight < b.capHeight; });
    std::vector<Measure> sure;
    std::copy_if(measures.cbegin(), measures.cend(), std::back_inserter(sure), [](const Measure &m) { return m.letters >= sureLetters; });
    if (sure.empty())
        sure = measures;
    // The fonts: the height most lines measure (weighed by capitals) takes every line within
    // sameFontShare of it, and so on with the lines left.
    const auto weight = [](const Measure &m) { return static_cast<size_t>(std::max<qsizetype>(m.letters, 1)); };
    std::vector<double> fonts;
    while (!sure.empty()) {
        const auto around = [&](double center) {
            return [center](const Measure &m) { return std::abs(m.capHeight - center) <= sameFontShare * center; };
        };
        size_t bestWeight = 0;
        double bestCenter = sure.front().capHeight;
        for (const Measure &candidate : sure) {
            size_t total = 0;
            for (const Measure &m : sure)
                total += around(candidate.capHeight)(m) ? weight(m) : 0;
            if (total > bestWeight) {
                bestWeight = total;
                bestCenter = candidate.capHeight;
            }
        }
        std::vector<Measure> group;
        std::copy_if(sure.cbegin(), sure.cend(), std::back_inserter(group), around(bestCenter));
        sure.erase(std::remove_if(sure.begin(), sure.end(), around(bestCenter)), sure.end());
        // its weighed median (the group is sorted, as `sure` is)
        double groupMedian = group.front().capHeight;
        for (size_t i = 0, counted = 0; i < group.size(); ++i) {
            counted += weight(group[i]);
            if (2 * counted >= bestWeight) {
                groupMedian = group[i].capHeight;
                break;
            }
        }
        fonts.push_back(groupMedian);
    }
    // Every line takes the nearest of those heights; one measured on a capital or two, or by
    // Tesseract ("municipal."), may be further off, up to looseFontShare.
    for (const Measure &measure : measures) {
        const auto nearest = std::min_element(fonts.cbegin(), fonts.cend(), [&](double a, double b) {
            return std::abs(std::log(a / measure.capHeight)) < std::abs(std::log(b / measure.capHeight));
        });
        const double share = measure.letters >= sureLetters ? sameFontShare : looseFontShare;
        const bool near = nearest != fonts.cend() && std::abs(*nearest - measure.capHeight) <= share * std::max(*nearest, measure.capHeight);
        page.capHeights[measure.key] = near ? *nearest : measure.capHeight;
    }
    // A word without a letter to stand on the baseline ("-", "(1)") takes the baseline of the
    // nearest word beside it: one its glyphs overlap from top to bottom (Tesseract may put a
    // dash in the line of the column to its left).
    std::map<BoxKey, double> borrowed;
    for (const auto &[key, word] : words) {
        if (page.baselines.contains(key))
            continue;
        const auto [left, top, right, bottom] = key;
        int nearestDistance = std::numeric_limits<int>::max();
        for (const auto &[otherKey, baseline] : page.baselines) {
            const auto [otherLeft, otherTop, otherRight, otherBottom] = otherKey;
            if (otherTop >= bottom || otherBottom <= top)
                continue;
            const int distance = std::max({0, otherLeft - right, left - otherRight});
            if (distance < nearestDistance) {
                nearestDistance = distance;
                borrowed[key] = baseline;
            }
        }
    }
    page.baselines.merge(borrowed);
    // The words of a line share its baseline, as on a text layer, but for a word clearly off it:
    // Tesseract's line may run across a table's columns, whose lines need not be level.
    std::map<BoxKey, QList<double>> lineBaselines;
    for (const auto &[key, baseline] : page.baselines)
        lineBaselines[words.at(key).line].append(baseline);
    for (auto &[key, baseline] : page.baselines) {
        const BoxKey &line = words.at(key).line;
        const double lineBaseline = median(lineBaselines.at(line));
        const auto capHeight = page.capHeights.find(line);
        if (capHeight != page.capHeights.end() && std::abs(baseline - lineBaseline) <= sameBaselineShare * capHeight->second)
            baseline = lineBaseline;
    }
    return page;
}

// Tesseract's LSTM asks OpenMP for up to ten threads per page; on a machine with fewer cores
// (and with a page per core already) they only wait on each other: five times slower on two cores.
// Pages are read in parallel by the reader itself, so Tesseract runs on the thread that reads. No
// active parallel levels: OpenMP then runs each region on that thread without first asking the
// system for its load and cores (two system calls per region, thousands per page, with dynamic
// threads).
void keepOpenMpToTheCores()
{
    omp_set_max_active_levels(0);
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
    const PageGlyphs glyphs = measureGlyphs(api);
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
            // "(PREVIO" has). Words take a box about their own baseline, as tall as their line's
            // font makes it (from its capitals' height), or about the line's baseline.
            double wordTop = top;
            double wordBottom = bottom;
            int baseLeft = 0;
            int baseY = bottom;
            int baseRight = 0;
            int baseY2 = bottom;
            const auto ownBaseline = glyphs.baselines.find(boxKey(*it, tesseract::RIL_WORD));
            const bool hasBaseline = ownBaseline != glyphs.baselines.end()
                || it->Baseline(tesseract::RIL_TEXTLINE, &baseLeft, &baseY, &baseRight, &baseY2);
            const auto capHeight = glyphs.capHeights.find(boxKey(*it, tesseract::RIL_TEXTLINE));
            if (hasBaseline && capHeight != glyphs.capHeights.end()) {
                const double baseline = ownBaseline != glyphs.baselines.end()
                    ? ownBaseline->second
                    : baselineAt((left + right) / 2.0, baseLeft, baseY, baseRight, baseY2);
                wordTop = baseline - ascentPerCapHeight * capHeight->second;
                wordBottom = baseline + descentPerCapHeight * capHeight->second;
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

double PdfOcrReader::renderDpiFor(double scanDpi)
{
    // A scan made at 200 dpi measures 199.98 when its page size was rounded to points.
    const double whole = std::round(scanDpi);
    return whole >= minimumScanDpi && whole < renderDpi ? whole : renderDpi;
}

void PdfOcrReader::matchHeightsAcrossPages(QList<PdfPageContent> &pages)
{
    // How many words of the OCR pages have each height (to a hundredth of a point).
    std::map<int, size_t> counts;
    for (const PdfPageContent &page : std::as_const(pages)) {
        if (!page.readByOcr)
            continue;
        for (const PdfWord &word : page.words)
            ++counts[qRound(word.box.height() * 100)];
    }
    // The most common height takes those within sameFontShare of it, and so on.
    std::map<int, double> matched;
    while (!counts.empty()) {
        const auto around = [](int center, int height) { return std::abs(height - center) <= sameFontShare * center; };
        int bestCenter = counts.begin()->first;
        size_t bestCount = 0;
        for (const auto &[center, count] : counts) {
            size_t total = 0;
            for (const auto &[height, n] : counts)
                total += around(center, height) ? n : 0;
            if (total > bestCount) {
                bestCount = total;
                bestCenter = center;
            }
        }
        for (auto it = counts.begin(); it != counts.end();) {
            if (around(bestCenter, it->first)) {
                matched[it->first] = bestCenter / 100.0;
                it = counts.erase(it);
            } else {
                ++it;
            }
        }
    }
    const double belowBaseline = descentPerCapHeight / (ascentPerCapHeight + descentPerCapHeight);
    for (PdfPageContent &page : pages) {
        if (!page.readByOcr)
            continue;
        for (PdfWord &word : page.words) {
            const double height = matched.at(qRound(word.box.height() * 100));
            const double baseline = word.box.bottom() - belowBaseline * word.box.height();
            word.box.setTop(baseline - (1 - belowBaseline) * height);
            word.box.setBottom(baseline + belowBaseline * height);
            word.fontSize = height * fontSizePerLineHeight;
        }
    }
}

} // namespace vigia
