#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>
#include <optional>

namespace Poppler {
class Document;
}

namespace vigia::app {

// Renders pages of one PDF with Poppler and marks boxes (in PDF points, top-left origin) on them.
// Keeps the last document open and the last page renders in a cache, so that moving between the
// items of one plan, or back to an earlier zoom, is quick. Safe to call from a worker thread while
// the GUI thread asks the cache: the document is used by one thread at a time.
class PdfPageRenderer {
public:
    // What to render: a page at a resolution, or (fitWidth > 0) at whatever resolution makes the
    // page `fitWidth` pixels wide.
    struct Request {
        QString path;
        int page = 0; // 1-based
        QList<QRectF> boxes;
        double dpi = 96.0;
        int fitWidth = 0;
        bool operator==(const Request &other) const = default;
    };
    struct Result {
        QImage image;      // null on failure
        double dpi = 0.0;  // the resolution used
        QSizeF pageSize;   // the page in points
        QString error;
    };

    PdfPageRenderer();
    ~PdfPageRenderer();

    // Renders 1-based `page` of the PDF at `path`, with `boxes` highlighted. Returns a null image
    // and sets `error` when the file cannot be read or has no such page.
    QImage render(const QString &path, int page, const QList<QRectF> &boxes, double dpi, QString *error);
    Result render(const Request &request);
    // The result from the cache alone, without touching the document; nothing when not cached.
    std::optional<Result> cachedRender(const Request &request) const;

    // The box in pixels of an image rendered at `dpi`.
    static QRectF boxInPixels(const QRectF &box, double dpi);

private:
    struct PageRender {
        QImage image;
        QSizeF pageSize;
    };
    static QString cacheKey(const QString &path, int page, double dpi);
    static double dpiFor(const Request &request, const QSizeF &pageSize);
    static Result marked(const PageRender &render, const Request &request, double dpi);

    mutable QMutex m_documentMutex; // m_path and m_document
    QString m_path;
    std::unique_ptr<Poppler::Document> m_document;
    mutable QMutex m_cacheMutex;    // m_renders and m_pageSizes
    QCache<QString, PageRender> m_renders;   // cost: kilobytes
    QHash<QString, QSizeF> m_pageSizes;      // by path and page
};

} // namespace vigia::app
