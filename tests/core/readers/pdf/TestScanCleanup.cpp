// A crooked, soiled scan made fit to read: turned straight by the angle it was put in at, its rules
// and its shading found where they were drawn, its specks taken out while letters stay.
#include "readers/pdf/RasterRulings.h"
#include "readers/pdf/RasterShading.h"
#include "readers/pdf/GreyMorphology.h"
#include "readers/pdf/LeptonicaPix.h"
#include "readers/pdf/ScanCleanup.h"

#include "../../../accuracy/ScanDamage.h"

#include <QPainter>
#include <QTest>

#include <algorithm>
#include <random>

using namespace vigia;
using namespace vigia::test;

namespace {

constexpr double dpi = 300;

double px(double points)
{
    return points * dpi / 72;
}

// An A4 page at 300 dpi: a heading, paragraphs, and a 2-column table ruled with hairlines (one
// pixel) whose header row has a grey fill, as office programs draw them.
QImage page()
{
    QImage image(qRound(px(595)), qRound(px(842)), QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qRound(px(10)));
    painter.setFont(font);
    for (int line = 0; line < 12; ++line)
        painter.drawText(QPointF(px(60), px(80 + 14 * line)), QStringLiteral("La población del distrito no tiene agua potable ni desagüe en sus barrios."));
    painter.fillRect(QRectF(px(60), px(300), px(480), px(20)), QColor(214, 214, 214));
    painter.setPen(QPen(QColor(120, 120, 120), 1));
    for (const double y : {300.0, 320.0, 420.0, 520.0})
        painter.drawLine(QPointF(px(60), px(y)), QPointF(px(540), px(y)));
    for (const double x : {60.0, 300.0, 540.0})
        painter.drawLine(QPointF(px(x), px(300)), QPointF(px(x), px(520)));
    painter.setPen(Qt::black);
    painter.drawText(QPointF(px(70), px(314)), QStringLiteral("PROBLEMA"));
    painter.drawText(QPointF(px(310), px(314)), QStringLiteral("META"));
    for (int line = 0; line < 5; ++line) {
        painter.drawText(QPointF(px(70), px(340 + 14 * line)), QStringLiteral("Baja cobertura de agua"));
        painter.drawText(QPointF(px(310), px(340 + 14 * line)), QStringLiteral("90 % de hogares con agua"));
    }
    return image;
}

// As a scanner gives it: turned by `degrees` about its centre, grain and dark specks.
QImage scanned(const QImage &image, double degrees)
{
    QImage turned = ScanDamage::rotated(image, degrees);
    ScanDamage::soil(turned, 7);
    return turned;
}

// Dark pixels (under 128) in a part of the page with nothing drawn on it.
int darkPixelsInTheMargin(const QImage &image)
{
    int dark = 0;
    for (int y = qRound(px(600)); y < qRound(px(800)); ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = qRound(px(60)); x < qRound(px(540)); ++x)
            dark += line[x] < 128 ? 1 : 0;
    }
    return dark;
}

QImage noise(int width, int height, unsigned seed)
{
    std::mt19937 random(seed);
    QImage image(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < width; ++x)
            line[x] = static_cast<uchar>(random() % 256);
    }
    return image;
}

QList<double> positions(const QList<Ruling> &rulings, bool horizontal)
{
    QList<double> found;
    for (const Ruling &ruling : rulings) {
        if (ruling.isHorizontal() == horizontal && !found.contains(qRound(ruling.position)))
            found.append(qRound(ruling.position));
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace

class TestScanCleanup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void crookedPageIsTurnedStraight()
    {
        const ScanCleanup::Straightened straight = ScanCleanup::straighten(scanned(page(), 0.5));
        QVERIFY2(std::abs(straight.skewDegrees + 0.5) < 0.1, qPrintable(QString::number(straight.skewDegrees)));
        QCOMPARE(straight.image.size(), page().size());
        // The table's rules are found where they were drawn, each one once: the hairlines under
        // and over the grey header too.
        const QList<Ruling> rulings = RasterRulings::find(straight.image, dpi);
        QCOMPARE(positions(rulings, true), (QList<double>{300, 320, 420, 520}));
        QCOMPARE(positions(rulings, false), (QList<double>{60, 300, 540}));
    }

    // The grey header row is a shaded area where it was drawn; paragraphs, rules, grain and specks
    // are not.
    void shadedHeaderIsFoundAndTextIsNot()
    {
        const ScanCleanup::Straightened straight = ScanCleanup::straighten(scanned(page(), 0.5));
        const QList<QRectF> areas = RasterShading::find(straight.image, dpi);
        QCOMPARE(areas.size(), 1);
        const QRectF header(60, 300, 480, 20);
        const QRectF &found = areas.first();
        QVERIFY2(std::abs(found.left() - header.left()) < 2 && std::abs(found.right() - header.right()) < 2
                     && std::abs(found.top() - header.top()) < 2 && std::abs(found.bottom() - header.bottom()) < 2,
                 qPrintable(QStringLiteral("%1,%2 %3x%4").arg(found.x()).arg(found.y()).arg(found.width()).arg(found.height())));
        // A page with no fill has no shaded area, soiled or not.
        QImage plain(page().size(), QImage::Format_Grayscale8);
        plain.fill(Qt::white);
        QPainter painter(&plain);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(qRound(px(14)));
        font.setBold(true);
        painter.setFont(font);
        for (int line = 0; line < 20; ++line)
            painter.drawText(QPointF(px(60), px(80 + 18 * line)), QStringLiteral("DIMENSIÓN SOCIAL: PROBLEMAS, OBJETIVOS Y METAS"));
        painter.end();
        QVERIFY(RasterShading::find(plain, dpi).isEmpty());
        QVERIFY(RasterShading::find(scanned(plain, 0), dpi).isEmpty());
    }

    // A shade as light as office programs' lightest (5 % grey) is found under a scan's grain.
    void lightShadeIsFoundUnderGrain()
    {
        QImage image(page().size(), QImage::Format_Grayscale8);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.fillRect(QRectF(px(60), px(200), px(480), px(40)), QColor(242, 242, 242));
        painter.end();
        const QList<QRectF> areas = RasterShading::find(scanned(image, 0), dpi);
        QCOMPARE(areas.size(), 1);
        QVERIFY(std::abs(areas.first().top() - 200) < 2 && std::abs(areas.first().height() - 40) < 3);
    }

    void straightPageIsLeftAsItIs()
    {
        const QImage original = page();
        const ScanCleanup::Straightened straight = ScanCleanup::straighten(original);
        QCOMPARE(straight.skewDegrees, 0.0);
        QCOMPARE(straight.image, original);
    }

    void specksGoAndLettersStay()
    {
        const QImage soiled = scanned(page(), 0);
        const int before = darkPixelsInTheMargin(soiled);
        QVERIFY(before > 1000);
        const QImage clean = ScanCleanup::despeckle(soiled, dpi);
        // All but the rare blot where specks fall on each other.
        QVERIFY2(darkPixelsInTheMargin(clean) * 100 < before, qPrintable(QString::number(darkPixelsInTheMargin(clean))));
        // The letters of a paragraph line keep most of their ink.
        const auto ink = [](const QImage &image) {
            int dark = 0;
            for (int y = qRound(px(70)); y < qRound(px(84)); ++y) {
                const uchar *line = image.constScanLine(y);
                for (int x = qRound(px(60)); x < qRound(px(400)); ++x)
                    dark += line[x] < 128 ? 1 : 0;
            }
            return dark;
        };
        QVERIFY2(ink(clean) > ink(page()) * 0.8, qPrintable(QStringLiteral("%1 of %2").arg(ink(clean)).arg(ink(page()))));
    }

    // The median is Leptonica's 3×3 median, pixel for pixel, edges included: on a soiled page, on
    // noise, and on images a pixel or two wide or tall.
    void despeckleIsLeptonicasMedian_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::newRow("soiled page") << scanned(page(), 0.5);
        QTest::newRow("noise 333x217") << noise(333, 217, 13);
        QTest::newRow("noise 1x9") << noise(1, 9, 14);
        QTest::newRow("noise 9x1") << noise(9, 1, 15);
        QTest::newRow("noise 2x2") << noise(2, 2, 16);
    }

    void despeckleIsLeptonicasMedian()
    {
        QFETCH(QImage, image);
        const PixPointer pix = LeptonicaPix::fromImage(image);
        QVERIFY(pix);
        const PixPointer median(pixMedianFilter(pix.get(), 3, 3));
        QVERIFY(median);
        QCOMPARE(ScanCleanup::despeckle(image, ScanCleanup::minimumDespeckleDpi), LeptonicaPix::toImage(median.get()));
    }

    // Under 300 dpi there is no median: a dash of 10 pt type, 1.5 pixels tall at 200 dpi, would
    // not survive it.
    void coarsePagesAreNotDespeckled()
    {
        QImage dash(40, 20, QImage::Format_Grayscale8);
        dash.fill(255);
        for (int x = 10; x < 16; ++x)
            dash.scanLine(10)[x] = 0;
        QVERIFY(ScanCleanup::despeckle(dash, 300).scanLine(10)[12] == 255);
        QCOMPARE(ScanCleanup::despeckle(dash, 200), dash);
    }

    // Under 300 dpi, lone specks go one by one; a letter's dot or a period beside its letter, and
    // a dash, stay.
    void loneSpecksGoAtCoarseResolutions()
    {
        QImage image(120, 60, QImage::Format_Grayscale8);
        image.fill(250);
        const auto ink = [&image](int x, int y, int width, int height) {
            for (int row = y; row < y + height; ++row) {
                for (int column = x; column < x + width; ++column)
                    image.scanLine(row)[column] = 40;
            }
        };
        ink(100, 40, 2, 2); // a lone speck
        ink(50, 40, 2, 2);  // a speck three pixels before a letter
        ink(55, 36, 2, 8);
        ink(10, 20, 2, 10); // the stem of an "i"…
        ink(10, 15, 2, 2);  // …and its dot, three pixels above it
        ink(14, 28, 2, 2);  // a period two pixels after it
        ink(40, 25, 6, 1);  // a dash
        const QImage clean = ScanCleanup::clearSpecks(image, 200);
        QCOMPARE(ScanCleanup::clearSpecks(image, 300), image); // the median's work there
        QCOMPARE(clean.scanLine(40)[100], uchar(255));
        QCOMPARE(clean.scanLine(41)[101], uchar(255));
        QImage expected = image;
        for (int y = 40; y < 42; ++y) {
            for (const int x : {50, 51, 100, 101})
                expected.scanLine(y)[x] = 255;
        }
        for (int y = 0; y < expected.height(); ++y) {
            for (int x = 0; x < expected.width(); ++x)
                QVERIFY2(clean.scanLine(y)[x] == expected.scanLine(y)[x], qPrintable(QStringLiteral("at %1,%2: %3").arg(x).arg(y).arg(clean.scanLine(y)[x])));
        }
    }

    // The black top-hat with a line-shaped brick is Leptonica's, pixel for pixel, edges included.
    void blackTopHatIsLeptonicas_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        const QImage soiled = scanned(page(), 0.5);
        QTest::newRow("soiled page, 1x9") << soiled << 1 << 9;
        QTest::newRow("soiled page, 9x1") << soiled << 9 << 1;
        QTest::newRow("noise 301x199, 1x13") << noise(301, 199, 21) << 1 << 13;
        QTest::newRow("noise 301x199, 13x1") << noise(301, 199, 22) << 13 << 1;
        QTest::newRow("noise 5x40, 9x1 wider than the image") << noise(5, 40, 23) << 9 << 1;
        QTest::newRow("noise 40x5, 1x9 taller than the image") << noise(40, 5, 24) << 1 << 9;
        QTest::newRow("noise 7x7, 1x1") << noise(7, 7, 25) << 1 << 1;
    }

    void blackTopHatIsLeptonicas()
    {
        QFETCH(QImage, image);
        QFETCH(int, width);
        QFETCH(int, height);
        const PixPointer pix = LeptonicaPix::fromImage(image);
        QVERIFY(pix);
        const PixPointer tophat(pixTophat(pix.get(), width, height, L_TOPHAT_BLACK));
        QVERIFY(tophat);
        QCOMPARE(GreyMorphology::blackTopHat(image, width, height), LeptonicaPix::toImage(tophat.get()));
    }
};

QTEST_MAIN(TestScanCleanup)
#include "TestScanCleanup.moc"
