#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

namespace vigia::app {

// Renders pages of one PDF with Poppler and marks boxes (in PDF points, top-left origin) on them.
// Keeps the last document open so that moving between items of one plan is quick.
class PdfPageRenderer {
public:
    PdfPageRenderer();
    ~PdfPageRenderer();

    // Renders 1-based `page` of the PDF at `path`, with `boxes` highlighted. Returns a null image
    // and sets `error` when the file cannot be read or has no such page.
    QImage render(const QString &path, int page, const QList<QRectF> &boxes, double dpi, QString *error);

private:
    QString m_path;
    std::unique_ptr<Poppler::Document> m_document;
};

} // namespace vigia::app
