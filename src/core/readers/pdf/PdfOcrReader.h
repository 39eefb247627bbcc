#pragma once

#include "PdfPageContent.h"

#include <QImage>
#include <QString>

#include <memory>
#include <optional>

namespace vigia {

// Reads the words of a page image with Tesseract 5 (its C++ API, the Spanish model): each word with
// its box, turned into PDF points with a top-left origin as a text layer's words are, and its
// confidence. One instance per thread (a Tesseract engine is not shared); the model is loaded once
// per instance. The only file of Vigía on Tesseract's API.
class PdfOcrReader {
public:
    PdfOcrReader();
    ~PdfOcrReader();
    PdfOcrReader(const PdfOcrReader &) = delete;
    PdfOcrReader &operator=(const PdfOcrReader &) = delete;

    // Whether the engine and its Spanish model loaded; the reason is in error() otherwise.
    bool isReady() const;
    QString error() const { return m_error; }

    // The words of `image`, a page rendered at `dpi`, for a page of `pageSize` points; empty for a
    // blank page. Words Tesseract is not sure are text at all (confidence 0, no letter or digit)
    // are left out.
    QList<PdfWord> readWords(const QImage &image, double dpi) const;

    // Words of one font measure a pixel apart from page to page (each page is measured alone); a
    // text layer gives them one height. Across `pages`, word heights within a few percent of the
    // most common one take it, and so on; each word keeps its baseline.
    static void matchHeightsAcrossPages(QList<PdfPageContent> &pages);

    // The resolution pages are rendered at for OCR.
    static constexpr double renderDpi = 300;
    // A scan between minimumScanDpi and renderDpi is read at its own resolution: rendered finer,
    // it would give Tesseract and the cleanup more pixels to work through and nothing more to read.
    static constexpr double minimumScanDpi = 200;
    // The resolution to render a page at whose scan has `scanDpi` (0: not a scan, or unknown).
    static double renderDpiFor(double scanDpi);

private:
    struct Engine;
    std::unique_ptr<Engine> m_engine;
    QString m_error;
};

} // namespace vigia
