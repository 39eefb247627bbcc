#include "PdfPageRenderer.h"

#include <QCoreApplication>
#include <QPainter>

#include <poppler-qt6.h>

namespace vigia::app {

PdfPageRenderer::PdfPageRenderer() = default;
PdfPageRenderer::~PdfPageRenderer() = default;

QImage PdfPageRenderer::render(const QString &path, int page, const QList<QRectF> &boxes, double dpi, QString *error)
{
    if (path != m_path || !m_document) {
        m_document = Poppler::Document::load(path);
        m_path = path;
        if (!m_document || m_document->isLocked()) {
            m_document.reset();
            *error = QCoreApplication::translate("PdfPageRenderer", "No se puede abrir el PDF %1.").arg(path);
            return {};
        }
        m_document->setRenderHint(Poppler::Document::Antialiasing);
        m_document->setRenderHint(Poppler::Document::TextAntialiasing);
    }
    if (page < 1 || page > m_document->numPages()) {
        *error = QCoreApplication::translate("PdfPageRenderer", "El PDF %1 no tiene la página %2.").arg(path).arg(page);
        return {};
    }
    std::unique_ptr<Poppler::Page> pdfPage = m_document->page(page - 1);
    QImage image = pdfPage ? pdfPage->renderToImage(dpi, dpi) : QImage();
    if (image.isNull()) {
        *error = QCoreApplication::translate("PdfPageRenderer", "No se pudo dibujar la página %1 de %2.").arg(page).arg(path);
        return {};
    }
    image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double scale = dpi / 72.0;
    painter.setPen(QPen(QColor(0xe6, 0x51, 0x00), 2.0));
    painter.setBrush(QColor(0xff, 0xeb, 0x3b, 90));
    for (const QRectF &box : boxes) {
        const QRectF scaled(box.x() * scale, box.y() * scale, box.width() * scale, box.height() * scale);
        painter.drawRect(scaled.adjusted(-2, -2, 2, 2));
    }
    return image;
}

} // namespace vigia::app
