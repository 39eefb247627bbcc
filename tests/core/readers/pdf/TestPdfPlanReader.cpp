#include "SyntheticPdf.h"

#include "readers/PlanFileReader.h"
#include "readers/PlanLayout.h"
#include "readers/pdf/PdfPlanReader.h"
#include "readers/pdf/RasterRulings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <QThread>

using namespace vigia;

namespace {

const QString samplePdf = QStringLiteral(VIGIA_SAMPLES_DIR "/pdf/000_ed867a2e2950e577.chromium.pdf");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestPdfPlanReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void acceptsPdfByContentOrName()
    {
        const PdfPlanReader reader;
        QVERIFY(reader.accepts(QStringLiteral("plan.bin"), "%PDF-1.7\n"));
        QVERIFY(reader.accepts(QStringLiteral("Plan.PDF"), "junk"));
        QVERIFY(!reader.accepts(QStringLiteral("plan.txt"), "PLAN DE GOBIERNO"));
    }

    void readsASamplePlanWithProvenance()
    {
        const ReadResult result = PlanFileReader().readFile(samplePdf);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.plan.dimensions.size(), 4);
        QCOMPARE(result.plan.dimensions.constFirst().name, QStringLiteral("Social"));
        // Every item has its page and at least one box inside the page (A4 in points).
        qsizetype items = 0;
        for (const Dimension &dimension : result.plan.dimensions) {
            for (const Row &row : dimension.rows) {
                for (const QList<Item> &cell : row.cells) {
                    for (const Item &item : cell) {
                        ++items;
                        QVERIFY2(item.source.page >= 1 && item.source.page <= 7, qPrintable(item.text));
                        QVERIFY2(!item.source.boxes.isEmpty(), qPrintable(item.text));
                        for (const QRectF &box : item.source.boxes)
                            QVERIFY(QRectF(0, 0, 596, 842).contains(box));
                    }
                }
            }
        }
        QCOMPARE(items, result.plan.itemCount());
        QVERIFY(items > 100);
    }

    void readsInWorkerThreadsAtOnce()
    {
        // Readers may be used from any thread: two documents read at the same time, off the GUI
        // thread, give the same plan as on it.
        const QByteArray pdf = readAll(samplePdf);
        const ReadResult expected = PdfPlanReader().read(pdf, QStringLiteral("plan.pdf"), {});
        QVERIFY2(expected.ok(), qPrintable(expected.error));
        ReadResult first;
        ReadResult second;
        std::unique_ptr<QThread> one(QThread::create([&] { first = PdfPlanReader().read(pdf, QStringLiteral("plan.pdf"), {}); }));
        std::unique_ptr<QThread> two(QThread::create([&] { second = PdfPlanReader().read(pdf, QStringLiteral("plan.pdf"), {}); }));
        one->start();
        two->start();
        QVERIFY(one->wait(60000));
        QVERIFY(two->wait(60000));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.plan, expected.plan);
        QCOMPARE(second.plan, expected.plan);
    }

    // A page that is only an image of text is read by OCR into words with boxes on the page and
    // confidences; --ocr never refuses it; Always reads a text page from its image too.
    void scannedTextIsReadByOcr()
    {
        // The page as a scanner gives it: text drawn into a 200 dpi image, the image on the page.
        constexpr double dpi = 200;
        const auto scannedPage = [](QPainter &painter, int page) {
            if (page == 1)
                return; // a blank page after the text
            QImage scan(qRound(595 * dpi / 72), qRound(842 * dpi / 72), QImage::Format_Grayscale8);
            scan.fill(Qt::white);
            QPainter text(&scan);
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPixelSize(qRound(12 * dpi / 72));
            text.setFont(font);
            text.setPen(Qt::black);
            text.drawText(QPointF(200, 300), QStringLiteral("DIMENSIÓN SOCIAL"));
            text.drawText(QPointF(200, 420), QStringLiteral("Problema: la población no tiene agua potable."));
            text.drawText(QPointF(200, 500), QStringLiteral("Meta: ampliar la cobertura de agua al 90 por ciento."));
            text.end();
            painter.drawImage(QRectF(0, 0, 595, 842), scan);
        };
        const QByteArray pdf = makePdf(2, scannedPage);
        const PdfPlanReader reader;
        // The text pass and the OCR pass report their pages apart: OCR is a phase of its own.
        QList<int> textPass;
        QList<int> ocrPass;
        int ocrTotal = 0;
        ReadOptions phases;
        phases.progress = [&](int done, int) { textPass.append(done); };
        phases.ocrProgress = [&](int done, int total) {
            ocrPass.append(done);
            ocrTotal = total;
        };
        const PdfPlanReader::LayoutResult read = reader.readLayout(pdf, QStringLiteral("scan.pdf"), phases);
        QCOMPARE(textPass, (QList<int>{1, 2}));
        QCOMPARE(ocrTotal, 2);
        QVERIFY2(ocrPass.size() >= 3 && ocrPass.first() == 0 && ocrPass.last() == 2, qPrintable(QString::number(ocrPass.size())));
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        const QString text = read.layout.describe();
        for (const QString &expected : {QStringLiteral("DIMENSIÓN"), QStringLiteral("población"), QStringLiteral("cobertura")})
            QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY2(std::any_of(read.warnings.cbegin(), read.warnings.cend(),
                             [](const QString &warning) { return warning.contains(QStringLiteral("1 page(s) read by OCR")); }),
                 qPrintable(read.warnings.join(u'|')));
        // The blank page is said to be blank, not read.
        QVERIFY2(read.warnings.contains(QStringLiteral("page(s) 2 without text are blank: nothing to read")),
                 qPrintable(read.warnings.join(u'|')));

        ReadOptions never;
        never.ocr = ReadOptions::Ocr::Never;
        QCOMPARE(reader.read(pdf, QStringLiteral("scan.pdf"), never).error, QStringLiteral("no text layer: this PDF is a scanned image"));
        // A text page read from its image when asked: the same words come out.
        const QByteArray textPdf = makePdf(1, [](QPainter &painter, int) {
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPointSizeF(12);
            painter.setFont(font);
            painter.drawText(QPointF(72, 108), QStringLiteral("Problema: la población no tiene agua potable."));
        });
        ReadOptions always;
        always.ocr = ReadOptions::Ocr::Always;
        const PdfPlanReader::LayoutResult fromImage = reader.readLayout(textPdf, QStringLiteral("text.pdf"), always);
        QVERIFY2(fromImage.error.isEmpty(), qPrintable(fromImage.error));
        QVERIFY2(fromImage.layout.describe().contains(QStringLiteral("potable")), qPrintable(fromImage.layout.describe()));
    }

    // Words read by OCR get boxes as a text layer's words in the same font: one height for a line
    // of capitals and a line of lowercase text, close to the font's ascent and descent.
    void linesInOneFontGetOneBoxHeightByOcr()
    {
        const QStringList texts{QStringLiteral("PROBLEMA IDENTIFICADO EN EL DISTRITO"), QStringLiteral("la población no tiene agua potable en sus barrios"),
                                QStringLiteral("NO SE TIENE PRIORIZADO LA ATENCIÓN"), QStringLiteral("Meta: ampliar la cobertura de agua al 90 por ciento")};
        QFont font(QStringLiteral("DejaVu Sans"));
        constexpr double points = 11;
        const auto drawLines = [&](QPainter &painter, double scale) {
            QFont scaled = font;
            scaled.setPixelSize(qRound(points * scale));
            painter.setFont(scaled);
            painter.setPen(Qt::black);
            for (qsizetype i = 0; i < texts.size(); ++i)
                painter.drawText(QPointF(72 * scale, (120 + 60 * i) * scale), texts.at(i));
        };
        constexpr double dpi = 300;
        const QByteArray scan = makePdf(1, [&](QPainter &painter, int) {
            QImage image(qRound(595 * dpi / 72), qRound(842 * dpi / 72), QImage::Format_Grayscale8);
            image.fill(Qt::white);
            QPainter onImage(&image);
            drawLines(onImage, dpi / 72);
            onImage.end();
            painter.drawImage(QRectF(0, 0, 595, 842), image);
        });
        const QByteArray text = makePdf(1, [&](QPainter &painter, int) { drawLines(painter, 1); });
        const auto heights = [](const QByteArray &pdf) {
            const PdfPlanReader::LayoutResult read = PdfPlanReader().readLayout(pdf, QStringLiteral("page.pdf"), {});
            QList<double> found;
            for (const LayoutRow &row : read.layout.rows) {
                for (const LayoutCell &cell : row.cells) {
                    for (const LayoutLine &line : cell.lines)
                        found.append(line.box.height());
                }
            }
            return found;
        };
        const QList<double> fromScan = heights(scan);
        const QList<double> fromText = heights(text);
        QCOMPARE(fromScan.size(), texts.size());
        QCOMPARE(fromText.size(), texts.size());
        const auto [lowest, highest] = std::minmax_element(fromScan.cbegin(), fromScan.cend());
        QVERIFY2(*highest - *lowest < 0.02 * *highest, qPrintable(QStringLiteral("%1 to %2").arg(*lowest).arg(*highest)));
        QVERIFY2(std::abs(*highest - fromText.first()) < 0.1 * fromText.first(),
                 qPrintable(QStringLiteral("scan %1, text layer %2").arg(*highest).arg(fromText.first())));
    }

    // A scanned table's borders are found as rules in points; letters are not.
    void rulesOfAScannedTableAreFound()
    {
        constexpr double dpi = 200;
        QImage scan(qRound(595 * dpi / 72), qRound(842 * dpi / 72), QImage::Format_Grayscale8);
        scan.fill(Qt::white);
        QPainter painter(&scan);
        painter.setPen(QPen(Qt::black, 3));
        const auto px = [](double points) { return points * dpi / 72; };
        // A 2 × 1 table: top and bottom at 100 and 300 pt, sides at 72, 300 and 520 pt.
        for (const double y : {100.0, 300.0})
            painter.drawLine(QPointF(px(72), px(y)), QPointF(px(520), px(y)));
        for (const double x : {72.0, 300.0, 520.0})
            painter.drawLine(QPointF(px(x), px(100)), QPointF(px(x), px(300)));
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(qRound(px(12)));
        painter.setFont(font);
        // (A run of dashes as long as a cell's side is not here: on an image it is a rule.)
        painter.drawText(QPointF(px(90), px(150)), QStringLiteral("Il|lT — población"));
        painter.end();
        const QList<Ruling> rulings = RasterRulings::find(scan, dpi);
        QList<double> horizontal;
        QList<double> vertical;
        for (const Ruling &ruling : rulings)
            (ruling.isHorizontal() ? horizontal : vertical).append(ruling.position);
        std::sort(horizontal.begin(), horizontal.end());
        std::sort(vertical.begin(), vertical.end());
        QCOMPARE(horizontal.size(), 2);
        QCOMPARE(vertical.size(), 3);
        for (int index = 0; index < 2; ++index)
            QVERIFY(std::abs(horizontal.at(index) - QList<double>{100, 300}.at(index)) < 1.5);
        for (int index = 0; index < 3; ++index)
            QVERIFY(std::abs(vertical.at(index) - QList<double>{72, 300, 520}.at(index)) < 1.5);
    }

    void imageOnlyPdfHasNoTextLayer()
    {
        const QByteArray pdf = makePdf(2, [](QPainter &painter, int) {
            QImage scan(400, 300, QImage::Format_RGB32);
            scan.fill(Qt::white);
            QPainter scanPainter(&scan);
            scanPainter.fillRect(40, 40, 300, 10, Qt::black); // a "line of text", as pixels
            scanPainter.end();
            painter.drawImage(QRectF(50, 50, 400, 300), scan);
        });
        // Without OCR, it is refused as a scan; with it, the bar is read and found to be no text.
        ReadOptions noOcr;
        noOcr.ocr = ReadOptions::Ocr::Never;
        const ReadResult refused = PdfPlanReader().read(pdf, QStringLiteral("scan.pdf"), noOcr);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error, QStringLiteral("no text layer: this PDF is a scanned image"));
        QCOMPARE(refused.failure, ReadResult::Failure::NotAPlan);
        const ReadResult result = PdfPlanReader().read(pdf, QStringLiteral("scan.pdf"), {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error, QStringLiteral("no text layer, and OCR found no text on its pages (blank pages, or not text)"));
        QCOMPARE(result.failure, ReadResult::Failure::NotAPlan);
    }

    void truncatedPdfIsRefusedClearly()
    {
        const QByteArray pdf = readAll(samplePdf);
        QVERIFY(!pdf.isEmpty());
        const ReadResult result = PdfPlanReader().read(pdf.left(pdf.size() / 3), QStringLiteral("cut.pdf"), {});
        QVERIFY(!result.ok());
        QCOMPARE(result.failure, ReadResult::Failure::Unreadable);
        QVERIFY2(result.error.contains(u"truncated"), qPrintable(result.error));
    }

    void corruptPdfIsRefusedClearly()
    {
        // A PDF header followed by garbage, and a sample whose body bytes were overwritten.
        const ReadResult garbage = PdfPlanReader().read(QByteArray("%PDF-1.7\n") + QByteArray(4000, 'x') + "\n%%EOF\n", QStringLiteral("bad.pdf"), {});
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.failure, ReadResult::Failure::Unreadable);
        QVERIFY2(garbage.error.contains(u"damaged"), qPrintable(garbage.error));

        QByteArray edited = readAll(samplePdf);
        for (qsizetype i = 20; i < edited.size() - 20; i += 7)
            edited[i] = '#';
        const ReadResult result = PdfPlanReader().read(edited, QStringLiteral("edited.pdf"), {});
        QVERIFY(!result.ok());
        QVERIFY2(result.failure == ReadResult::Failure::Unreadable || result.failure == ReadResult::Failure::NotAPlan, qPrintable(result.error));
    }

    void notAPdfAtAll()
    {
        const ReadResult result = PdfPlanReader().read("PLAN DE GOBIERNO", QStringLiteral("plan.pdf"), {});
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"not a PDF"), qPrintable(result.error));
    }

    void encryptedPdfNeedsThePassword()
    {
        if (qpdfProgram().isEmpty())
            QSKIP("qpdf is not installed (scripts/install-deps.sh installs it)");
        QTemporaryDir dir;
        const QString encrypted = dir.filePath(QStringLiteral("locked.pdf"));
        QVERIFY(encryptPdf(samplePdf, encrypted, QStringLiteral("clave")));
        const PlanFileReader reader;
        const ReadResult missing = reader.readFile(encrypted);
        QCOMPARE(missing.failure, ReadResult::Failure::PasswordRequired);
        QVERIFY2(missing.error.contains(u"locked.pdf") && missing.error.contains(u"password"), qPrintable(missing.error));

        ReadOptions wrong;
        wrong.password = QStringLiteral("otra");
        const ReadResult wrongResult = reader.readFile(encrypted, wrong);
        QCOMPARE(wrongResult.failure, ReadResult::Failure::WrongPassword);
        QVERIFY2(wrongResult.error.contains(u"wrong"), qPrintable(wrongResult.error));

        ReadOptions right;
        right.password = QStringLiteral("clave");
        const ReadResult opened = reader.readFile(encrypted, right);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QCOMPARE(opened.plan.dimensions.size(), 4);
    }

    void reportsProgressPerPage()
    {
        QList<int> done;
        int total = 0;
        ReadOptions options;
        options.progress = [&](int pagesDone, int pageCount) {
            done.append(pagesDone);
            total = pageCount;
        };
        const ReadResult result = PdfPlanReader().read(readAll(samplePdf), QStringLiteral("plan.pdf"), options);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(total, 7);
        QCOMPARE(done, (QList<int>{1, 2, 3, 4, 5, 6, 7}));
    }

    void cancelStopsBetweenPages()
    {
        std::atomic_bool cancel = false;
        QList<int> done;
        ReadOptions options;
        options.cancel = &cancel;
        options.progress = [&](int pagesDone, int) {
            done.append(pagesDone);
            if (pagesDone == 2)
                cancel = true;
        };
        const ReadResult result = PdfPlanReader().read(readAll(samplePdf), QStringLiteral("plan.pdf"), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.failure, ReadResult::Failure::Cancelled);
        QCOMPARE(done, (QList<int>{1, 2}));
    }

    // In an outline, a line in capitals set larger than the section's items is a heading of the
    // document's own, numbered or not ("III." read by OCR as "11."): it ends the section, and the
    // paragraph under it is not a meta.
    void largerLineInCapitalsEndsAnOutlineSection()
    {
        const QByteArray pdf = makePdf(1, [](QPainter &painter, int) {
            QFont body = painter.font();
            QFont heading = body;
            heading.setPointSizeF(13);
            heading.setBold(true);
            double y = 60;
            const auto line = [&](const QFont &font, const QString &text, double x) {
                painter.setFont(font);
                painter.drawText(QPointF(x, y), text);
                y += font.pointSizeF() * 2;
            };
            line(heading, QStringLiteral("PLAN DE GOBIERNO"), 220);
            line(heading, QStringLiteral("DIMENSIÓN SOCIAL"), 220);
            line(heading, QStringLiteral("1. PROBLEMA IDENTIFICADO"), 200);
            line(body, QStringLiteral("- 1.1 Anemia en los niños del distrito."), 50);
            line(heading, QStringLiteral("2. OBJETIVO ESTRATÉGICO"), 200);
            line(body, QStringLiteral("- 2.1 Comedores escolares en cada barrio."), 50);
            line(heading, QStringLiteral("3. META (valor)"), 200);
            line(body, QStringLiteral("- 3.1 Anemia reducida a la mitad."), 50);
            line(body, QStringLiteral("- 3.2 Veinte comedores funcionando."), 50);
            line(heading, QStringLiteral("11. PROPUESTA DE SEGUIMIENTO AL PLAN"), 150);
            line(body, QStringLiteral("El seguimiento se hará con la sociedad civil organizada."), 50);
        });
        const ReadResult result = PdfPlanReader().read(pdf, QStringLiteral("esquema.pdf"), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.plan.layout, PlanLayout::outline());
        QCOMPARE(result.plan.dimensions.size(), 1);
        const Row &row = result.plan.dimensions[0].rows[0];
        QStringList metas;
        for (const Item &item : row.items(ItemKind::Target))
            metas << item.text;
        QCOMPARE(metas, (QStringList{QStringLiteral("Anemia reducida a la mitad."), QStringLiteral("Veinte comedores funcionando.")}));
    }
};

QTEST_MAIN(TestPdfPlanReader)
#include "TestPdfPlanReader.moc"
