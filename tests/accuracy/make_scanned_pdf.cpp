// Makes a scanned copy of a PDF: each page rendered by Poppler to a grey image at the resolution
// asked, and the images alone written as a new PDF of the same page sizes (no text layer), as a
// scanner would give. A page can be put in crooked (--rotate DEGREES, clockwise) and soiled
// (--noise: grey grain over the page and dark specks, the same for every run). With --exact-size,
// each page is exactly its image's size (a scanner's grey JPEG, ScanPdfWriter) rather than the
// source page's size in whole points (QPdfWriter's), which a render resamples by a fraction of a
// pixel.
// Usage: make-scanned-pdf IN.pdf OUT.pdf DPI [--rotate DEGREES] [--noise] [--exact-size]
#include "ScanDamage.h"
#include "ScanPdfWriter.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QStringList arguments = app.arguments();
    QTextStream err(stderr);
    double rotation = 0;
    bool noise = false;
    bool exactSize = false;
    for (int index = 4; index < arguments.size(); ++index) {
        if (arguments.at(index) == u"--rotate" && index + 1 < arguments.size())
            rotation = arguments.at(++index).toDouble();
        else if (arguments.at(index) == u"--noise")
            noise = true;
        else if (arguments.at(index) == u"--exact-size")
            exactSize = true;
        else
            arguments.clear();
    }
    if (arguments.size() < 4) {
        err << "usage: make-scanned-pdf IN.pdf OUT.pdf DPI [--rotate DEGREES] [--noise] [--exact-size]\n";
        return 2;
    }
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(arguments.at(1));
    const int dpi = arguments.at(3).toInt();
    if (!document || document->isLocked() || dpi < 50) {
        err << "make-scanned-pdf: cannot read " << arguments.at(1) << "\n";
        return 1;
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    QList<QImage> scans;
    for (int index = 0; index < document->numPages(); ++index) {
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        QImage image = page->renderToImage(dpi, dpi).convertToFormat(QImage::Format_Grayscale8);
        if (rotation != 0)
            image = vigia::test::ScanDamage::rotated(image, rotation);
        if (noise)
            vigia::test::ScanDamage::soil(image, 0x5ca9u + static_cast<quint32>(index));
        scans.append(image);
    }
    if (exactSize) {
        QFile out(arguments.at(2));
        if (!out.open(QIODevice::WriteOnly) || out.write(vigia::test::scanPdf(scans, dpi)) < 0) {
            err << "make-scanned-pdf: cannot write " << arguments.at(2) << "\n";
            return 1;
        }
        return 0;
    }
    QPdfWriter writer(arguments.at(2));
    writer.setResolution(dpi);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    for (int index = 0; index < scans.size(); ++index) {
        writer.setPageSize(QPageSize(document->page(index)->pageSizeF(), QPageSize::Point));
        if (index == 0) {
            if (!painter.begin(&writer)) {
                err << "make-scanned-pdf: cannot write " << arguments.at(2) << "\n";
                return 1;
            }
        } else {
            writer.newPage();
        }
        painter.drawImage(QRect(0, 0, scans.at(index).width(), scans.at(index).height()), scans.at(index));
    }
    painter.end();
    return 0;
}
