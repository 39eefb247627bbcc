#pragma once

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>

#include <functional>

// Builds small PDFs for tests with QPdfWriter: each page is drawn by `drawPage(painter, page)` in
// PDF points (72 per inch) with a top-left origin on an A4 page without margins.
inline QByteArray makePdf(int pageCount, const std::function<void(QPainter &, int)> &drawPage)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    painter.setFont(font);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            writer.newPage();
        drawPage(painter, page);
    }
    painter.end();
    return bytes;
}

// The qpdf tool, which encrypts PDFs for tests; empty when it is not installed
// (scripts/install-deps.sh installs it).
inline QString qpdfProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("qpdf"));
}

// Writes `encryptedPath`: the PDF `plainPath` encrypted by qpdf (AES-256) with the user password
// `password` (owner password "dueño"). False when qpdf is missing or fails.
inline bool encryptPdf(const QString &plainPath, const QString &encryptedPath, const QString &password)
{
    const QString qpdf = qpdfProgram();
    return !qpdf.isEmpty()
        && QProcess::execute(qpdf, {QStringLiteral("--encrypt"), password, QStringLiteral("dueño"), QStringLiteral("256"),
                                    QStringLiteral("--"), plainPath, encryptedPath})
        == 0;
}
