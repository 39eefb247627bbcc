#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace vigia::test {

// Writes a PDF as a scanner does: each page exactly the size of its image at `dpi` (in fractional
// points, e.g. 595.2 × 841.92 for 2480 × 3508 pixels at 300 dpi), showing only that image, stored
// as a grey JPEG. QPdfWriter cannot: it rounds page sizes to whole points, so a reader that
// renders the page resamples the image by a fraction of a pixel (and softens it).
inline QByteArray scanPdf(const QList<QImage> &pages, double dpi, int jpegQuality = 90)
{
    QByteArray pdf("%PDF-1.4\n");
    QList<qsizetype> offsets;
    const auto object = [&](const QByteArray &body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const auto number = [](double value) { return QByteArray::number(value, 'f', 4); };
    QByteArray kids;
    for (qsizetype page = 0; page < pages.size(); ++page)
        kids += QByteArray::number(3 + 3 * page) + " 0 R ";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>");
    for (qsizetype page = 0; page < pages.size(); ++page) {
        const QImage grey = pages.at(page).convertToFormat(QImage::Format_Grayscale8);
        const QByteArray width = number(grey.width() * 72.0 / dpi);
        const QByteArray height = number(grey.height() * 72.0 / dpi);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        grey.save(&buffer, "JPG", jpegQuality);
        const QByteArray content = "q " + width + " 0 0 " + height + " 0 0 cm /Scan Do Q";
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + width + " " + height + "] /Resources << /XObject << /Scan "
               + QByteArray::number(4 + 3 * page) + " 0 R >> >> /Contents " + QByteArray::number(5 + 3 * page) + " 0 R >>");
        object("<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(grey.width()) + " /Height "
               + QByteArray::number(grey.height()) + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length "
               + QByteArray::number(jpeg.size()) + " >>\nstream\n" + jpeg + "\nendstream");
        object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref)
        + "\n%%EOF\n";
    return pdf;
}

} // namespace vigia::test
