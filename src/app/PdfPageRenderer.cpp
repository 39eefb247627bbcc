#include "PdfPageRenderer.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QPainter>

#include <poppler-qt6.h>

namespace vigia::app {

namespace {
constexpr int cacheKilobytes = 128 * 1024; // a dozen A4 pages at 200 %
constexpr double pointsPerInch = 72.0;

QString pageKey(const QString &path, int page)
{
    return path + u'#' + QString::number(page);
}
}

PdfPageRenderer::PdfPageRenderer()
    : m_renders(cacheKilobytes)
{
}

PdfPageRenderer::~PdfPageRenderer() = default;

QString PdfPageRenderer::cacheKey(const QString &path, int page, double dpi)
{
    return pageKey(path, page) + u'@' + QString::number(dpi, 'f', 2);
}

double PdfPageRenderer::dpiFor(const Request &request, const QSizeF &pageSize)
{
    if (request.fitWidth > 0 && pageSize.width() > 0)
        return request.fitWidth * pointsPerInch / pageSize.width();
    return request.dpi;
}

QRectF PdfPageRenderer::boxInPixels(const QRectF &box, double dpi)
{
    const double scale = dpi / pointsPerInch;
    return {box.x() * scale, box.y() * scale, box.width() * scale, box.height() * scale};
}

PdfPageRenderer::Result PdfPageRenderer::marked(const PageRender &render, const Request &request, double dpi)
{
    Result result;
    result.dpi = dpi;
    result.pageSize = render.pageSize;
    result.image = render.image.copy();
    if (request.boxes.isEmpty())
        return result;
    QPainter painter(&result.image);
    painter.setRenderHint(QPainter::Antialiasing);
    // The frame grows with the zoom so that it stays visible on a large page.
    const double frame = qMax(2.0, dpi / 48.0);
    painter.setPen(QPen(QColor(0xe6, 0x51, 0x00), frame));
    painter.setBrush(QColor(0xff, 0xeb, 0x3b, 90));
    for (const QRectF &box : request.boxes)
        painter.drawRect(boxInPixels(box, dpi).adjusted(-frame, -frame, frame, frame));
    return result;
}

std::optional<PdfPageRenderer::Result> PdfPageRenderer::cachedRender(const Request &request) const
{
    QMutexLocker locker(&m_cacheMutex);
    const QSizeF pageSize = m_pageSizes.value(pageKey(request.path, request.page));
    if (request.fitWidth > 0 && pageSize.isEmpty())
        return std::nullopt;
    const double dpi = dpiFor(request, pageSize);
    const PageRender *render = m_renders.object(cacheKey(request.path, request.page, dpi));
    if (!render)
        return std::nullopt;
    const PageRender copy = *render; // QImage is implicitly shared: cheap
    locker.unlock();
    return marked(copy, request, dpi);
}

PdfPageRenderer::Result PdfPageRenderer::render(const Request &request)
{
    if (std::optional<Result> cached = cachedRender(request))
        return *cached;
    Result failed;
    QMutexLocker documentLocker(&m_documentMutex);
    if (request.path != m_path || !m_document) {
        m_document = Poppler::Document::load(request.path);
        m_path = request.path;
        if (!m_document || m_document->isLocked()) {
            m_document.reset();
            failed.error = QCoreApplication::translate("PdfPageRenderer", "No se puede abrir el PDF %1.").arg(request.path);
            return failed;
        }
        m_document->setRenderHint(Poppler::Document::Antialiasing);
        m_document->setRenderHint(Poppler::Document::TextAntialiasing);
    }
    if (request.page < 1 || request.page > m_document->numPages()) {
        failed.error = QCoreApplication::translate("PdfPageRenderer", "El PDF %1 no tiene la página %2.").arg(request.path).arg(request.page);
        return failed;
    }
    std::unique_ptr<Poppler::Page> pdfPage = m_document->page(request.page - 1);
    PageRender render;
    render.pageSize = pdfPage ? pdfPage->pageSizeF() : QSizeF();
    const double dpi = dpiFor(request, render.pageSize);
    if (pdfPage && dpi > 0)
        render.image = pdfPage->renderToImage(dpi, dpi);
    documentLocker.unlock();
    if (render.image.isNull()) {
        failed.error = QCoreApplication::translate("PdfPageRenderer", "No se pudo dibujar la página %1 de %2.").arg(request.page).arg(request.path);
        return failed;
    }
    render.image = render.image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    {
        QMutexLocker cacheLocker(&m_cacheMutex);
        m_pageSizes.insert(pageKey(request.path, request.page), render.pageSize);
        const auto kilobytes = static_cast<qsizetype>(render.image.sizeInBytes() / 1024 + 1);
        m_renders.insert(cacheKey(request.path, request.page, dpi), new PageRender(render), kilobytes);
    }
    return marked(render, request, dpi);
}

QImage PdfPageRenderer::render(const QString &path, int page, const QList<QRectF> &boxes, double dpi, QString *error)
{
    Request request;
    request.path = path;
    request.page = page;
    request.boxes = boxes;
    request.dpi = dpi;
    Result result = render(request);
    if (result.image.isNull() && error)
        *error = result.error;
    return result.image;
}

} // namespace vigia::app
