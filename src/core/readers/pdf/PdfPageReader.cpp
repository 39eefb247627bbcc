#include "PdfPageReader.h"

#include "RulingCollector.h"

#include <GfxState.h>
#include <goo/GooString.h>
#include <OutputDev.h>
#include <PDFDoc.h>
#include <Page.h>
#include <Stream.h>
#include <TextOutputDev.h>

#include <QImage>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace vigia {

namespace {

// Poppler's text extraction, which also keeps the rules among the paths it is given (Poppler's
// TextOutputDev receives every stroke and fill; it uses them only for HTML output).
class WordsAndRulesOutputDev final : public TextOutputDev {
public:
    WordsAndRulesOutputDev()
        : TextOutputDev(nullptr, false, 0, false, false)
    {
    }

    void stroke(GfxState *state) override
    {
        collect(state, true, false);
        TextOutputDev::stroke(state);
    }
    void fill(GfxState *state) override
    {
        collect(state, false, true);
        TextOutputDev::fill(state);
    }
    void eoFill(GfxState *state) override
    {
        collect(state, false, true);
        TextOutputDev::eoFill(state);
    }

    RulingCollector &collector() { return m_collector; }

private:
    void collect(const GfxState *state, bool stroked, bool filled)
    {
        const GfxPath *path = state->getPath();
        if (path == nullptr)
            return;
        QList<QPolygonF> subpaths;
        subpaths.reserve(path->getNumSubpaths());
        for (int s = 0; s < path->getNumSubpaths(); ++s) {
            const GfxSubpath *subpath = path->getSubpath(s);
            QPolygonF polygon;
            polygon.reserve(subpath->getNumPoints());
            for (int i = 0; i < subpath->getNumPoints(); ++i) {
                if (subpath->getCurve(i))
                    return; // glyph outlines and other curves carry no rules
                polygon << QPointF(subpath->getX(i), subpath->getY(i));
            }
            subpaths.append(polygon);
        }
        const double *ctm = state->getCTM();
        m_collector.addPath(subpaths, QTransform(ctm[0], ctm[1], ctm[2], ctm[3], ctm[4], ctm[5]), stroked, filled);
    }

    RulingCollector m_collector;
};

// Poppler's interpreter taking note of the images a page draws, and nothing else: the largest, by
// the area it covers on the page, and its resolution there.
class PageImagesOutputDev final : public OutputDev {
public:
    bool upsideDown() override { return true; }
    bool useDrawChar() override { return false; }
    bool interpretType3Chars() override { return false; }

    void drawImageMask(GfxState *state, Object *ref, Stream *str, int width, int height, bool invert, bool interpolate, bool inlineImg) override
    {
        note(state, width, height);
        OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inlineImg);
    }
    void drawImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate,
                   const int *maskColors, bool inlineImg) override
    {
        note(state, width, height);
        OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors, inlineImg);
    }
    void drawMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate,
                         Stream *maskStr, int maskWidth, int maskHeight, bool maskInvert, bool maskInterpolate) override
    {
        note(state, width, height);
        OutputDev::drawMaskedImage(state, ref, str, width, height, colorMap, interpolate, maskStr, maskWidth, maskHeight, maskInvert,
                                   maskInterpolate);
    }
    void drawSoftMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate,
                             Stream *maskStr, int maskWidth, int maskHeight, GfxImageColorMap *maskColorMap, bool maskInterpolate) override
    {
        note(state, width, height);
        OutputDev::drawSoftMaskedImage(state, ref, str, width, height, colorMap, interpolate, maskStr, maskWidth, maskHeight, maskColorMap,
                                       maskInterpolate);
    }

    double largestArea() const { return m_largestArea; }
    double largestResolution() const { return m_largestResolution; }

private:
    // An image fills the unit square of its space, which the current matrix takes to the page, in
    // points (the page is drawn at 72 dpi): its columns along (a, b), its rows along (c, d).
    void note(const GfxState *state, int width, int height)
    {
        const double *ctm = state->getCTM();
        const double across = std::hypot(ctm[0], ctm[1]);
        const double down = std::hypot(ctm[2], ctm[3]);
        const double area = std::abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]);
        if (across <= 0 || down <= 0 || area <= m_largestArea)
            return;
        m_largestArea = area;
        m_largestResolution = std::min(width * 72.0 / across, height * 72.0 / down);
    }

    double m_largestArea = 0;
    double m_largestResolution = 0;
};

// Poppler's interpreter taking a scanned page's image as it is stored, when the page is just that:
// one image drawn upright over the whole page, a pixel of it on each pixel of the page at `dpi`,
// and nothing else (no text, no path, no other image). Decoded as Poppler's colour spaces say,
// then to grey as a render is; nothing scaled.
class PageScanOutputDev final : public OutputDev {
public:
    PageScanOutputDev(QSizeF pageSize, double dpi)
        : m_pageSize(pageSize)
        , m_dpi(dpi)
    {
    }

    bool upsideDown() override { return true; }
    bool useDrawChar() override { return true; }
    bool interpretType3Chars() override { return false; }

    void stroke(GfxState *) override { m_otherMarks = true; }
    void fill(GfxState *) override { m_otherMarks = true; }
    void eoFill(GfxState *) override { m_otherMarks = true; }
    void drawChar(GfxState *, double, double, double, double, double, double, CharCode, int, const Unicode *, int) override
    {
        m_otherMarks = true;
    }
    void drawImageMask(GfxState *state, Object *ref, Stream *str, int width, int height, bool invert, bool interpolate, bool inlineImg) override
    {
        m_otherMarks = true;
        OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inlineImg);
    }
    void drawImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate,
                   const int *maskColors, bool inlineImg) override
    {
        ++m_images;
        if (m_images == 1 && maskColors == nullptr && coversThePage(state, width, height) && decode(str, width, height, colorMap))
            return;
        OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors, inlineImg);
    }
    void drawMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate,
                         Stream *maskStr, int maskWidth, int maskHeight, bool maskInvert, bool maskInterpolate) override
    {
        m_otherMarks = true;
        OutputDev::drawMaskedImage(state, ref, str, width, height, colorMap, interpolate, maskStr, maskWidth, maskHeight, maskInvert,
                                   maskInterpolate);
    }
    void drawSoftMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate,
                             Stream *maskStr, int maskWidth, int maskHeight, GfxImageColorMap *maskColorMap, bool maskInterpolate) override
    {
        m_otherMarks = true;
        OutputDev::drawSoftMaskedImage(state, ref, str, width, height, colorMap, interpolate, maskStr, maskWidth, maskHeight, maskColorMap,
                                       maskInterpolate);
    }

    QImage image() const { return m_otherMarks || m_images != 1 ? QImage() : m_image; }

private:
    // The unit square of the image's space goes to the page (in points, y down) by the current
    // matrix: upright, its first row at the top, when the matrix only scales (a > 0, d < 0). The
    // image is the page's render only when it lies on the page's pixels at `dpi` exactly, each
    // pixel on one: a render of an image a fraction of a pixel larger or smaller than the page
    // resamples it (and softens it).
    bool coversThePage(const GfxState *state, int width, int height) const
    {
        const double *ctm = state->getCTM();
        if (ctm[1] != 0 || ctm[2] != 0 || ctm[0] <= 0 || ctm[3] >= 0)
            return false;
        const double toPixels = m_dpi / 72.0;
        const auto exactly = [](double a, double b) { return std::abs(a - b) <= maximumOffsetPixels; };
        return exactly(ctm[4] * toPixels, 0) && exactly((ctm[5] + ctm[3]) * toPixels, 0) && exactly(ctm[0] * toPixels, width)
            && exactly(-ctm[3] * toPixels, height) && exactly(m_pageSize.width() * toPixels, width)
            && exactly(m_pageSize.height() * toPixels, height);
    }

    static constexpr double maximumOffsetPixels = 0.01;

    bool decode(Stream *str, int width, int height, GfxImageColorMap *colorMap)
    {
        if (colorMap == nullptr || !colorMap->isOk())
            return false;
        QImage image(width, height, QImage::Format_RGB32);
        if (image.isNull())
            return false;
        ImageStream pixels(str, width, colorMap->getNumPixelComps(), colorMap->getBits());
        pixels.reset();
        for (int y = 0; y < height; ++y) {
            unsigned char *line = pixels.getLine();
            if (line == nullptr) {
                pixels.close();
                return false;
            }
            auto *out = reinterpret_cast<unsigned int *>(image.scanLine(y));
            colorMap->getRGBLine(line, out, width);
            for (int x = 0; x < width; ++x)
                out[x] |= 0xff000000u;
        }
        pixels.close();
        m_image = image.convertToFormat(QImage::Format_Grayscale8);
        return true;
    }

    QSizeF m_pageSize;
    double m_dpi;
    bool m_otherMarks = false;
    int m_images = 0;
    QImage m_image;
};

bool isCancelled(void *cancel)
{
    return cancel != nullptr && static_cast<const std::atomic_bool *>(cancel)->load();
}

QString fontNameOf(const TextWord &word)
{
    if (word.getLength() == 0 || word.getFontInfo(0) == nullptr || word.getFontInfo(0)->getFontName() == nullptr)
        return {};
    return QString::fromLatin1(word.getFontInfo(0)->getFontName()->c_str());
}

} // namespace

struct PdfPageReader::Private {
    QByteArray content; // the bytes the document reads from; must outlive it
    std::unique_ptr<PDFDoc> document;
};

PdfPageReader::PdfPageReader(const QByteArray &content, const QByteArray &password)
    : d(std::make_unique<Private>())
{
    d->content = content;
    std::optional<GooString> givenPassword;
    if (!password.isEmpty())
        givenPassword.emplace(password.constData(), static_cast<int>(password.size()));
    auto *stream = new MemStream(d->content.constData(), 0, d->content.size(), Object(objNull)); // owned by the document
    d->document = std::make_unique<PDFDoc>(stream, givenPassword, givenPassword);
}

PdfPageReader::~PdfPageReader() = default;

bool PdfPageReader::isOpen() const
{
    return d->document && d->document->isOk();
}

int PdfPageReader::pageCount() const
{
    return isOpen() ? d->document->getNumPages() : 0;
}

bool PdfPageReader::readPage(int index, PdfPageContent &content, const std::atomic_bool *cancel) const
{
    if (!isOpen() || index < 0 || index >= pageCount())
        return false;
    const int number = index + 1;
    if (d->document->getPage(number) == nullptr)
        return false;
    content.number = number;
    const int rotation = d->document->getPageRotate(number);
    const double width = d->document->getPageCropWidth(number);
    const double height = d->document->getPageCropHeight(number);
    content.size = rotation == 90 || rotation == 270 ? QSizeF(height, width) : QSizeF(width, height);

    WordsAndRulesOutputDev device;
    if (!device.isOk())
        return false;
    void *cancelData = const_cast<std::atomic_bool *>(cancel);
    d->document->displayPageSlice(&device, number, 72, 72, 0, false, false, false, -1, -1, -1, -1, &isCancelled, cancelData, nullptr, nullptr, true);
    if (isCancelled(cancelData))
        return true;

    const std::unique_ptr<TextWordList> wordList = device.makeWordList();
    content.words.clear();
    if (wordList) {
        content.words.reserve(wordList->getLength());
        for (int i = 0; i < wordList->getLength(); ++i) {
            const TextWord *word = wordList->get(i);
            const std::unique_ptr<GooString> text(word->getText());
            const QString trimmed = QString::fromUtf8(text->c_str()).trimmed();
            if (trimmed.isEmpty())
                continue;
            double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
            word->getBBox(&xMin, &yMin, &xMax, &yMax);
            PdfWord pdfWord{trimmed, QRectF(xMin, yMin, xMax - xMin, yMax - yMin), word->hasSpaceAfter()};
            pdfWord.fontSize = word->getFontSize();
            const TextFontInfo *font = word->getLength() > 0 ? word->getFontInfo(0) : nullptr;
            const QString fontName = fontNameOf(*word);
            pdfWord.bold = (font != nullptr && font->isBold()) || fontNameSaysBold(fontName);
            pdfWord.italic = (font != nullptr && font->isItalic()) || fontNameSaysItalic(fontName);
            content.words.append(std::move(pdfWord));
        }
    }
    content.rulings = device.collector().rulings();
    content.filledAreas = device.collector().filledAreas();
    return true;
}

double PdfPageReader::scanResolution(int index) const
{
    if (!isOpen() || index < 0 || index >= pageCount())
        return 0;
    const int number = index + 1;
    if (d->document->getPage(number) == nullptr)
        return 0;
    PageImagesOutputDev device;
    d->document->displayPage(&device, number, 72, 72, 0, false, true, false);
    const double pageArea = d->document->getPageCropWidth(number) * d->document->getPageCropHeight(number);
    return device.largestArea() >= pageArea / 2 ? device.largestResolution() : 0;
}

QImage PdfPageReader::scanImage(int index, double dpi) const
{
    if (!isOpen() || index < 0 || index >= pageCount() || dpi <= 0)
        return {};
    const int number = index + 1;
    if (d->document->getPage(number) == nullptr || d->document->getPageRotate(number) != 0)
        return {};
    PageScanOutputDev device(QSizeF(d->document->getPageCropWidth(number), d->document->getPageCropHeight(number)), dpi);
    d->document->displayPage(&device, number, 72, 72, 0, false, true, false);
    return device.image();
}

bool PdfPageReader::fontNameSaysBold(const QString &fontName)
{
    static const QRegularExpression bold(QStringLiteral("bold|black|heavy|demi|semibd|extrabd|\\bbd\\b|[-,]bd$"), QRegularExpression::CaseInsensitiveOption);
    return !fontName.isEmpty() && bold.match(fontName).hasMatch();
}

bool PdfPageReader::fontNameSaysItalic(const QString &fontName)
{
    static const QRegularExpression italic(QStringLiteral("italic|oblique|[-,]it$|[-,]bdit$|[-,]boldit$"), QRegularExpression::CaseInsensitiveOption);
    return !fontName.isEmpty() && italic.match(fontName).hasMatch();
}

} // namespace vigia
