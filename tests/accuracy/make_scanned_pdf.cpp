// Makes a scanned copy of a PDF: each page rendered by Poppler to a grey image at the resolution
// asked, and the images alone written as a new PDF of the same page sizes (no text layer), as a
// scanner would give. A page can be put in crooked (--rotate DEGREES, clockwise) and soiled
// (--noise: grey grain over the page and dark specks, the same for every run).
// Usage: make-scanned-pdf IN.pdf OUT.pdf DPI [--rotate DEGREES] [--noise]
#include <poppler-qt6.h>

#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <memory>

namespace {

// The page turned by `degrees` about its centre, white where the paper was not.
QImage rotated(const QImage &image, double degrees)
{
    QImage turned(image.size(), QImage::Format_Grayscale8);
    turned.fill(Qt::white);
    QPainter painter(&turned);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(image.width() / 2.0, image.height() / 2.0);
    painter.rotate(degrees);
    painter.translate(-image.width() / 2.0, -image.height() / 2.0);
    painter.drawImage(0, 0, image);
    painter.end();
    return turned;
}

// Grain of ±12 grey levels on every pixel and a dark speck (2×2) on one pixel in 4,000, from a
// fixed seed per page.
void soil(QImage &image, int pageIndex)
{
    QRandomGenerator random(0x5ca9u + static_cast<quint32>(pageIndex));
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            line[x] = static_cast<uchar>(std::clamp(int(line[x]) + random.bounded(-12, 13), 0, 255));
    }
    const qint64 specks = qint64(image.width()) * image.height() / 4000;
    for (qint64 speck = 0; speck < specks; ++speck) {
        const int x = random.bounded(std::max(1, image.width() - 1));
        const int y = random.bounded(std::max(1, image.height() - 1));
        for (int dy = 0; dy < 2; ++dy) {
            for (int dx = 0; dx < 2; ++dx)
                image.scanLine(y + dy)[x + dx] = 40;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QStringList arguments = app.arguments();
    QTextStream err(stderr);
    double rotation = 0;
    bool noise = false;
    for (int index = 4; index < arguments.size(); ++index) {
        if (arguments.at(index) == u"--rotate" && index + 1 < arguments.size())
            rotation = arguments.at(++index).toDouble();
        else if (arguments.at(index) == u"--noise")
            noise = true;
        else
            arguments.clear();
    }
    if (arguments.size() < 4) {
        err << "usage: make-scanned-pdf IN.pdf OUT.pdf DPI [--rotate DEGREES] [--noise]\n";
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
    QPdfWriter writer(arguments.at(2));
    writer.setResolution(dpi);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    for (int index = 0; index < document->numPages(); ++index) {
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        QImage image = page->renderToImage(dpi, dpi).convertToFormat(QImage::Format_Grayscale8);
        if (rotation != 0)
            image = rotated(image, rotation);
        if (noise)
            soil(image, index);
        writer.setPageSize(QPageSize(page->pageSizeF(), QPageSize::Point));
        if (index == 0) {
            if (!painter.begin(&writer)) {
                err << "make-scanned-pdf: cannot write " << arguments.at(2) << "\n";
                return 1;
            }
        } else {
            writer.newPage();
        }
        painter.drawImage(QRect(0, 0, image.width(), image.height()), image);
    }
    painter.end();
    return 0;
}
