#include "../../../accuracy/ScanPdfWriter.h"
#include "SyntheticPdf.h"

#include "readers/pdf/PdfOcrReader.h"
#include "readers/pdf/PdfPageReader.h"
#include "readers/pdf/PdfPageScanner.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QPainter>
#include <QTest>

#include <cmath>
#include <memory>

using namespace vigia;

namespace {

// A long real plan with ruled tables on many pages and running text on the others.
const QString longPdf = QStringLiteral(VIGIA_SAMPLES_DIR "/realdocs/01_EG2026_FuerzaPopular_plan.pdf");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

struct Scan {
    PdfPageScanner::Result result;
    QList<int> progress;
};

Scan scanWith(const QByteArray &content, int threads, const std::atomic_bool *cancel = nullptr, int cancelAt = 0,
              std::atomic_bool *cancelFlag = nullptr)
{
    Scan scan;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(content);
    if (!document)
        return scan;
    PdfPageScanner::Options options;
    options.recordRulings = true;
    options.threads = threads;
    options.cancel = cancel;
    options.progress = [&](int done, int) {
        scan.progress.append(done);
        if (cancelFlag != nullptr && done == cancelAt)
            *cancelFlag = true;
    };
    scan.result = PdfPageScanner(*document, content, {}, options).scan();
    return scan;
}

bool sameRulings(const QList<Ruling> &a, const QList<Ruling> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].orientation != b[i].orientation || a[i].position != b[i].position || a[i].start != b[i].start || a[i].end != b[i].end)
            return false;
    }
    return true;
}

} // namespace

class TestPdfPageScanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void severalThreadsReadWhatOneThreadReads()
    {
        const QByteArray content = readAll(longPdf);
        QVERIFY(!content.isEmpty());
        const Scan single = scanWith(content, 1);
        const Scan parallel = scanWith(content, 4);
        QCOMPARE(single.result.pages.size(), 144);
        QCOMPARE(parallel.result.pages.size(), single.result.pages.size());
        qsizetype pagesWithRules = 0;
        for (qsizetype i = 0; i < single.result.pages.size(); ++i) {
            const PdfPageContent &a = single.result.pages[i];
            const PdfPageContent &b = parallel.result.pages[i];
            QCOMPARE(b.number, a.number);
            QCOMPARE(b.size, a.size);
            QCOMPARE(b.words.size(), a.words.size());
            for (qsizetype w = 0; w < a.words.size(); ++w) {
                QCOMPARE(b.words[w].text, a.words[w].text);
                QCOMPARE(b.words[w].box, a.words[w].box);
            }
            QVERIFY2(sameRulings(a.rulings, b.rulings), qPrintable(QStringLiteral("page %1").arg(a.number)));
            QCOMPARE(b.filledAreas, a.filledAreas);
            pagesWithRules += a.rulings.isEmpty() ? 0 : 1;
        }
        // The document's tables keep their rules, its running text does not.
        QVERIFY2(pagesWithRules >= 23, qPrintable(QString::number(pagesWithRules)));
        QVERIFY2(pagesWithRules < 100, qPrintable(QString::number(pagesWithRules)));
    }

    void progressIsReportedOncePerPageInOrder()
    {
        const Scan parallel = scanWith(readAll(longPdf), 3);
        QList<int> expected;
        for (int page = 1; page <= 144; ++page)
            expected.append(page);
        QCOMPARE(parallel.progress, expected);
    }

    void cancellationStopsEveryThread()
    {
        std::atomic_bool cancel = false;
        const Scan cancelled = scanWith(readAll(longPdf), 4, &cancel, 10, &cancel);
        QVERIFY(cancelled.result.cancelled);
        QVERIFY(cancelled.result.pages.isEmpty());
        QCOMPARE(cancelled.progress.constLast(), 10);
    }

    // The words are Poppler's text extraction, exactly: what Poppler::Page::textList gives.
    void readsTheWordsPopplersTextExtractionGives()
    {
        const QByteArray content = readAll(longPdf);
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(content);
        QVERIFY(document);
        const PdfPageReader reader(content, {});
        QVERIFY(reader.isOpen());
        QCOMPARE(reader.pageCount(), document->numPages());
        for (int index : {0, 5, 40, 143}) {
            PdfPageContent page;
            QVERIFY(reader.readPage(index, page));
            QCOMPARE(page.number, index + 1);
            const std::unique_ptr<Poppler::Page> popplerPage = document->page(index);
            QCOMPARE(page.size, popplerPage->pageSizeF());
            QList<PdfWord> expected;
            for (const std::unique_ptr<Poppler::TextBox> &box : popplerPage->textList()) {
                if (!box->text().trimmed().isEmpty())
                    expected.append({box->text().trimmed(), box->boundingBox(), box->hasSpaceAfter()});
            }
            QCOMPARE(page.words.size(), expected.size());
            for (qsizetype w = 0; w < expected.size(); ++w) {
                QCOMPARE(page.words[w].text, expected[w].text);
                QCOMPARE(page.words[w].box, expected[w].box);
                QCOMPARE(page.words[w].spaceAfter, expected[w].spaceAfter);
                QVERIFY(page.words[w].fontSize > 3 && page.words[w].fontSize < 60);
            }
        }
        QVERIFY(!reader.readPage(144, *std::make_unique<PdfPageContent>()));
    }

    // A ruled table drawn by LibreOffice (stroked rules) and by Chromium (thin filled
    // rectangles): both give the table's rules, without drawing the page.
    void readsTheRulesOfRuledTables()
    {
        for (const char *name : {"000_ed867a2e2950e577.libreoffice.pdf", "000_ed867a2e2950e577.chromium.pdf"}) {
            const QByteArray content = readAll(QStringLiteral(VIGIA_SAMPLES_DIR "/pdf/") + QLatin1String(name));
            const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(content);
            QVERIFY(document);
            PdfPageContent page;
            QVERIFY(PdfPageReader(content, {}).readPage(1, page));
            const qsizetype horizontal = std::count_if(page.rulings.cbegin(), page.rulings.cend(), [](const Ruling &r) { return r.isHorizontal(); });
            const qsizetype vertical = page.rulings.size() - horizontal;
            QVERIFY2(horizontal >= 3 && vertical >= 3, qPrintable(QStringLiteral("%1: %2 horizontal, %3 vertical").arg(QLatin1String(name)).arg(horizontal).arg(vertical)));
        }
    }

    // Bold and italic from the font: its descriptor flags where set, else its name.
    void tellsBoldAndItalicFontsByName()
    {
        for (const char *bold : {"Arial-BoldMT", "ABCDEF+Calibri,Bold", "Montserrat-SemiBold", "Roboto-Black", "TimesNewRomanPS-BoldItalicMT", "LiberationSans-Bold"})
            QVERIFY2(PdfPageReader::fontNameSaysBold(QLatin1String(bold)), bold);
        for (const char *regular : {"ArialMT", "ABCDEF+Calibri", "Montserrat-Regular", "TimesNewRomanPSMT", "LiberationSans", "", "Abadi"})
            QVERIFY2(!PdfPageReader::fontNameSaysBold(QLatin1String(regular)), regular);
        for (const char *italic : {"Arial-ItalicMT", "Calibri,Italic", "Helvetica-Oblique", "TimesNewRomanPS-BoldItalicMT"})
            QVERIFY2(PdfPageReader::fontNameSaysItalic(QLatin1String(italic)), italic);
        for (const char *upright : {"Arial-BoldMT", "Calibri", "Italianno-Regular"})
            QVERIFY2(!PdfPageReader::fontNameSaysItalic(QLatin1String(upright)), upright);
    }

    // Chromium marks table header cells bold (<th>): the reader says so, and says it of no word
    // in the cells below.
    void marksWordsOfABoldFont()
    {
        const QByteArray content = readAll(QStringLiteral(VIGIA_SAMPLES_DIR "/pdf/000_ed867a2e2950e577.chromium.pdf"));
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(content);
        QVERIFY(document);
        PdfPageContent page;
        QVERIFY(PdfPageReader(content, {}).readPage(0, page));
        const qsizetype bold = std::count_if(page.words.cbegin(), page.words.cend(), [](const PdfWord &w) { return w.bold; });
        QVERIFY2(bold > 0 && bold < page.words.size() / 2, qPrintable(QStringLiteral("%1 of %2").arg(bold).arg(page.words.size())));
    }

    void recognisesPagesThatMayHoldATable()
    {
        auto word = [](const char *text, double x, double y, double width) { return PdfWord{QString::fromUtf8(text), QRectF(x, y, width, 10), true}; };
        // Two lines with side-by-side cells: a wide gap at the same place on both.
        const QList<PdfWord> cells{word("Agua", 50, 100, 40), word("Reducir", 300, 100, 50), word("Salud", 50, 120, 40),
                                   word("Ampliar", 300, 120, 50)};
        QVERIFY(PdfPageScanner::mayHoldTable(cells));
        // Running text: words one space apart.
        const QList<PdfWord> prose{word("El", 50, 100, 12), word("distrito", 65, 100, 40), word("tiene", 108, 100, 25),
                                   word("agua", 50, 120, 25), word("y", 78, 120, 5), word("desague", 86, 120, 40)};
        QVERIFY(!PdfPageScanner::mayHoldTable(prose));
        // Justified text: stretched spaces, and once a word starts at the same x as a word of
        // another line after such a space. One coincidence is not a column.
        const QList<PdfWord> justified{word("Impulso", 50, 100, 40), word("del", 98, 100, 15), word("desarrollo", 121, 100, 50),
                                       word("Dotación", 50, 120, 45), word("de", 103, 120, 10), word("infraestructura", 121, 120, 70),
                                       word("para", 50, 140, 22), word("las", 80, 140, 15), word("zonas", 103, 140, 28)};
        QVERIFY(!PdfPageScanner::mayHoldTable(justified));
        // Two rows of three cells: starts repeat at two column boundaries.
        const QList<PdfWord> threeColumns{word("1.", 50, 100, 8), word("Uno", 62, 100, 20), word("1.", 203, 100, 8), word("Objetivo", 215, 100, 40),
                                          word("1.", 383, 100, 8), word("Meta", 395, 100, 25), word("2.", 50, 120, 8), word("Dos", 62, 120, 20),
                                          word("2.", 203, 120, 8), word("Otro", 215, 120, 20), word("2.", 383, 120, 8), word("Fin", 395, 120, 15)};
        QVERIFY(PdfPageScanner::mayHoldTable(threeColumns));
    }

    // A scanned page is an image over the page: its resolution is the image's pixels over the
    // inches it is drawn across. Pages with text, or a picture on part of the page, are no scan.
    void tellsTheResolutionOfAScannedPage()
    {
        const auto image = [](double dpi, double widthPoints, double heightPoints) {
            QImage picture(qRound(widthPoints * dpi / 72), qRound(heightPoints * dpi / 72), QImage::Format_Grayscale8);
            picture.fill(230);
            return picture;
        };
        const QByteArray pdf = makePdf(4, [&](QPainter &painter, int page) {
            const QRectF a4(0, 0, 595, 842);
            if (page == 0)
                painter.drawImage(a4, image(200, a4.width(), a4.height()));
            else if (page == 1) // turned a quarter, as a page scanned sideways is placed
                painter.drawImage(a4, image(240, a4.height(), a4.width()).transformed(QTransform().rotate(90)));
            else if (page == 2) // a photograph on a third of the page
                painter.drawImage(QRectF(50, 50, 300, 300), image(150, 300, 300));
            else
                painter.drawText(QPointF(50, 100), QStringLiteral("Plan de gobierno"));
        });
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf); // Poppler's global state
        QVERIFY(document);
        const PdfPageReader reader(pdf, {});
        QVERIFY(std::abs(reader.scanResolution(0) - 200) < 1);
        QVERIFY(std::abs(reader.scanResolution(1) - 240) < 1);
        QCOMPARE(reader.scanResolution(2), 0.0);
        QCOMPARE(reader.scanResolution(3), 0.0);
        QCOMPARE(reader.scanResolution(4), 0.0); // no such page
    }

    // A page that is just its scan, laid on the page's pixels as scanners write it, gives the
    // image as stored: what a render gives, without rendering. A page a fraction of a pixel
    // off the image's size (QPdfWriter rounds to whole points: the render resamples), anything
    // else on the page, another resolution, an image on part of the page or upside down: null.
    void takesAScannedPageAsTheImageItHolds()
    {
        // Words at the top and a bar at the bottom: a misplaced or flipped image cannot match.
        const auto scan = [](double dpi) {
            QImage picture(qRound(595.2 * dpi / 72), qRound(841.92 * dpi / 72), QImage::Format_Grayscale8);
            picture.fill(235);
            QPainter paint(&picture);
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPixelSize(qRound(14 * dpi / 72));
            paint.setFont(font);
            paint.setPen(QColor(30, 30, 30));
            paint.drawText(QPointF(60 * dpi / 72, 80 * dpi / 72), QStringLiteral("DIMENSIÓN SOCIAL: agua potable para todos"));
            paint.fillRect(QRectF(60 * dpi / 72, 760 * dpi / 72, 300 * dpi / 72, 20 * dpi / 72), QColor(90, 90, 90));
            return picture;
        };
        for (const double dpi : {200.0, 300.0}) {
            const QByteArray pdf = vigia::test::scanPdf({scan(dpi), scan(dpi)}, dpi);
            const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
            QVERIFY(document);
            document->setRenderHint(Poppler::Document::Antialiasing);
            const PdfPageReader reader(pdf, {});
            QCOMPARE(reader.scanResolution(1), dpi);
            const QImage stored = reader.scanImage(1, dpi);
            QVERIFY2(!stored.isNull(), qPrintable(QStringLiteral("%1 dpi").arg(dpi)));
            QCOMPARE(stored.format(), QImage::Format_Grayscale8);
            const QImage rendered = document->page(1)->renderToImage(dpi, dpi).convertToFormat(QImage::Format_Grayscale8);
            QCOMPARE(stored.size(), rendered.size());
            // Poppler's render resamples even an image laid exactly on the page's pixels, softening
            // edges by a fraction of a pixel: near, not equal.
            double difference = 0;
            int dark = 0;
            for (int y = 0; y < stored.height(); ++y) {
                const uchar *a = stored.constScanLine(y);
                const uchar *b = rendered.constScanLine(y);
                for (int x = 0; x < stored.width(); ++x) {
                    difference += std::abs(int(a[x]) - int(b[x]));
                    dark += a[x] < 128 ? 1 : 0;
                }
            }
            const double meanDifference = difference / (double(stored.width()) * stored.height());
            QVERIFY2(meanDifference < 0.5, qPrintable(QStringLiteral("%1 dpi: %2").arg(dpi).arg(meanDifference)));
            QVERIFY(dark > 1000); // the words and the bar are there
            // Upside down or shifted, the same image would be far from the render.
            const QImage flipped = stored.mirrored(false, true);
            double flippedDifference = 0;
            for (int y = 0; y < stored.height(); ++y)
                for (int x = 0; x < stored.width(); ++x)
                    flippedDifference += std::abs(int(flipped.constScanLine(y)[x]) - int(rendered.constScanLine(y)[x]));
            QVERIFY(flippedDifference > 4 * difference);
            QVERIFY(reader.scanImage(1, dpi == 200 ? 300 : 200).isNull()); // another resolution
        }

        const QRectF a4(0, 0, 595, 842);
        const QByteArray drawn = makePdf(4, [&](QPainter &painter, int page) {
            if (page == 0) { // the image a fraction of a pixel larger than the page
                painter.drawImage(a4, scan(200));
            } else if (page == 1) { // a scan with a line of text over it
                painter.drawImage(a4, scan(200));
                painter.drawText(QPointF(50, 400), QStringLiteral("Sello de recepción"));
            } else if (page == 2) { // a picture on part of the page
                painter.drawImage(QRectF(0, 0, 595, 421), scan(200));
            } else { // upside down: its first row at the bottom of the page
                painter.translate(0, 842);
                painter.scale(1, -1);
                painter.drawImage(a4, scan(200));
            }
        });
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(drawn);
        QVERIFY(document);
        const PdfPageReader reader(drawn, {});
        for (int page = 0; page < 5; ++page) // and a page that does not exist
            QVERIFY2(reader.scanImage(page, 200).isNull(), qPrintable(QStringLiteral("page %1").arg(page)));
    }

    // Scans between 200 and 300 dpi are read at their own resolution; others at 300.
    void readsScansAtTheirOwnResolutionUpTo300Dpi()
    {
        QCOMPARE(PdfOcrReader::renderDpiFor(199.98), 200.0);
        QCOMPARE(PdfOcrReader::renderDpiFor(240), 240.0);
        QCOMPARE(PdfOcrReader::renderDpiFor(299.4), 299.0);
        QCOMPARE(PdfOcrReader::renderDpiFor(300), 300.0);
        QCOMPARE(PdfOcrReader::renderDpiFor(600), 300.0);
        QCOMPARE(PdfOcrReader::renderDpiFor(150), 300.0);
        QCOMPARE(PdfOcrReader::renderDpiFor(0), 300.0);
    }
};

QTEST_MAIN(TestPdfPageScanner)
#include "TestPdfPageScanner.moc"
