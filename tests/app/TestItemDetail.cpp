#include "ItemDetailView.h"
#include "LanguageSetup.h"
#include "PdfPageRenderer.h"
#include "SourceTextLocator.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalSpy>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace vigia;
using namespace vigia::app;

namespace {

QString samplePdf()
{
    const QDir dir(QStringLiteral(VIGIA_SAMPLES_DIR "/pdf"));
    const QStringList pdfs = dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    return pdfs.isEmpty() ? QString() : dir.filePath(pdfs.first());
}

ItemDetailView::Context pdfContext()
{
    ItemDetailView::Context context;
    context.kind = ItemKind::Target;
    context.number = QStringLiteral("1.");
    context.dimension = QStringLiteral("Social");
    context.rowNumber = 1;
    context.sourceFileName = QStringLiteral("plan.pdf");
    context.sourcePath = samplePdf();
    return context;
}

Item itemOnPage(int page, const QRectF &box)
{
    Item item;
    item.text = QStringLiteral("Una meta");
    item.source.page = page;
    item.source.boxes = {box};
    return item;
}

// The shown page as an image in device pixels, and its size in the label's (logical) pixels.
QImage shownPage(const ItemDetailView &view)
{
    return view.pageLabel()->pixmap().toImage();
}

QSize shownSize(const ItemDetailView &view)
{
    return view.pageLabel()->pixmap().deviceIndependentSize().toSize();
}

// Whether a point of the page label is inside the scroll area's viewport.
bool isOnScreen(const ItemDetailView &view, const QPointF &point)
{
    const QWidget *viewport = view.pageArea()->viewport();
    return viewport->rect().contains(view.pageLabel()->mapTo(viewport, point.toPoint()));
}

} // namespace

class TestItemDetail : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void locatorFollowsAWrappedItemOverItsLines()
    {
        const QStringList lines{QStringLiteral("DIMENSIÓN SOCIAL"), QStringLiteral("1. Reducir la anemia"),
                                QStringLiteral("   infantil en NIÑOS"), QString(), QStringLiteral("2. Otra cosa")};
        const auto span = SourceTextLocator::locate(lines, 2, QStringLiteral("Reducir la anemia infantil en niños"));
        QCOMPARE(span.firstLine, 2);
        QCOMPARE(span.lastLine, 3);
        const auto single = SourceTextLocator::locate(lines, 5, QStringLiteral("Otra cosa"));
        QCOMPARE(single.firstLine, 5);
        QCOMPARE(single.lastLine, 5);
        QCOMPARE(SourceTextLocator::locate(lines, 0, QStringLiteral("x")).firstLine, 0);
        QCOMPARE(SourceTextLocator::locate(lines, 6, QStringLiteral("x")).firstLine, 0);
    }

    void rendererMarksTheBoxesAndNothingElse()
    {
        const QString pdf = samplePdf();
        QVERIFY(!pdf.isEmpty());
        PdfPageRenderer renderer;
        QString error;
        const QImage plain = renderer.render(pdf, 1, {}, 72.0, &error);
        QVERIFY2(!plain.isNull(), qPrintable(error));
        const QRectF box(100, 100, 120, 40);
        const QImage marked = renderer.render(pdf, 1, {box}, 72.0, &error);
        QCOMPARE(marked.size(), plain.size());
        // Inside the box the page is tinted; far from it nothing changed.
        const QPoint inside = box.center().toPoint();
        QVERIFY(marked.pixel(inside) != plain.pixel(inside));
        QCOMPARE(qBlue(marked.pixel(inside)) < qRed(marked.pixel(inside)), true);
        const QPoint outside(plain.width() - 5, plain.height() - 5);
        QCOMPARE(marked.pixel(outside), plain.pixel(outside));
        // Twice the resolution, twice the size.
        const QImage large = renderer.render(pdf, 1, {}, 144.0, &error);
        QVERIFY(qAbs(large.width() - 2 * plain.width()) <= 2);
    }

    void rendererRefusesMissingPagesAndFiles()
    {
        PdfPageRenderer renderer;
        QString error;
        QVERIFY(renderer.render(samplePdf(), 9999, {}, 72.0, &error).isNull());
        QVERIFY2(error.contains(QStringLiteral("9999")), qPrintable(error));
        QVERIFY(renderer.render(QStringLiteral("/nonexistent/plan.pdf"), 1, {}, 72.0, &error).isNull());
        QVERIFY2(error.contains(QStringLiteral("plan.pdf")), qPrintable(error));
    }

    void detailShowsThePdfPageOrTheTextLinesOrSaysWhyNot()
    {
        ItemDetailView view;
        Item item;
        item.text = QStringLiteral("Reducir la anemia infantil");
        item.source.page = 1;
        item.source.boxes = {QRectF(72, 72, 200, 20)};
        ItemDetailView::Context context;
        context.kind = ItemKind::Objective;
        context.number = QStringLiteral("2.");
        context.dimension = QStringLiteral("Social");
        context.rowNumber = 3;
        context.sourceFileName = QStringLiteral("plan.pdf");
        context.sourcePath = samplePdf();
        view.showItem(item, context);
        QCOMPARE(view.sourceMode(), ItemDetailView::SourceMode::Page);
        QTRY_VERIFY(!view.pageLabel()->pixmap().isNull());
        QCOMPARE(view.textLabel()->text(), item.text);
        QVERIFY(view.sourceLabel()->text().contains(QStringLiteral("plan.pdf")));
        QVERIFY(view.measurabilityLabel()->isHidden()); // an objective: no measurability
        QVERIFY(!view.sourceLabel()->text().contains(QStringLiteral("OCR")));
        // An item read by OCR from a scanned page says how sure the OCR was.
        Item scanned = item;
        scanned.source.ocrConfidence = 62;
        view.showItem(scanned, context);
        QVERIFY2(view.sourceLabel()->text().contains(QStringLiteral("página 1, leído por OCR, confianza 62 %")),
                 qPrintable(view.sourceLabel()->text()));

        // A text source: the lines are shown with the item's highlighted.
        QTemporaryDir dir;
        const QString textPath = dir.filePath(QStringLiteral("plan.txt"));
        QFile file(textPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Plan\n\n1. Reducir la anemia\ninfantil\n2. Otra\n");
        file.close();
        Item textItem;
        textItem.text = item.text;
        textItem.source.line = 3;
        context.sourceFileName = QStringLiteral("plan.txt");
        context.sourcePath = textPath;
        view.showItem(textItem, context);
        QCOMPARE(view.sourceMode(), ItemDetailView::SourceMode::Text);
        const auto highlights = view.sourceTextView()->extraSelections();
        QCOMPARE(highlights.size(), 2);
        QCOMPARE(highlights.first().cursor.selectedText(), QStringLiteral("1. Reducir la anemia\u2029infantil"));
        // The item's first words are marked within its lines.
        QCOMPARE(highlights.last().cursor.selectedText(), QStringLiteral("Reducir la anemia"));

        // No archived source: a message, no stale page.
        context.sourcePath.clear();
        view.showItem(textItem, context);
        QCOMPARE(view.sourceMode(), ItemDetailView::SourceMode::None);
        view.clear();
        QCOMPARE(view.sourceMode(), ItemDetailView::SourceMode::None);
    }

    // A meta shows its class by the rubric with the clause that decided, and what it states.
    void aMetaShowsItsMeasurabilityAndClause_data()
    {
        QTest::addColumn<QString>("meta");
        QTest::addColumn<QString>("shown");
        QTest::newRow("figure") << QStringLiteral("05 Escuelas deportivas implementadas en todos los ejes zonales.")
                                << QStringLiteral("Medibilidad: Medible: cifra 05 (Escuelas deportivas) — cláusula 1a");
        QTest::newRow("artifact") << QStringLiteral("Contar con un Plan de Movilidad Urbana")
                                  << QStringLiteral("Medibilidad: Medible: un entregable identificable — cláusula 1d");
        QTest::newRow("concrete") << QStringLiteral("Programa de reciclaje implementado")
                                  << QStringLiteral("Medibilidad: Parcialmente medible: algo concreto, sin cifra — cláusula 2");
        QTest::newRow("desired state") << QStringLiteral("Ser el distrito más limpio de la región")
                                       << QStringLiteral("Medibilidad: No medible: solo un estado deseado, nada que entregar — cláusula 3");
    }
    void aMetaShowsItsMeasurabilityAndClause()
    {
        QFETCH(QString, meta);
        QFETCH(QString, shown);
        QVERIFY(LanguageSetup::install(*QCoreApplication::instance(), QStringLiteral("es")));
        ItemDetailView view;
        Item item;
        item.text = meta;
        ItemDetailView::Context context = pdfContext();
        context.sourcePath.clear();
        view.showItem(item, context);
        QVERIFY(!view.measurabilityLabel()->isHidden());
        QCOMPARE(view.measurabilityLabel()->text(), shown);
        view.clear();
        QVERIFY(view.measurabilityLabel()->isHidden());
    }

    void zoomRendersThePageAtItsResolutionWithTheBoxesInPlace()
    {
        const QString pdf = samplePdf();
        QVERIFY(!pdf.isEmpty());
        PdfPageRenderer reference;
        QString error;
        const QSize points = reference.render(pdf, 1, {}, 72.0, &error).size();
        QVERIFY2(!points.isEmpty(), qPrintable(error));

        ItemDetailView view;
        view.resize(420, 520);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // A box in the lower right of the page, far from the top left corner.
        const QRectF box(points.width() * 0.55, points.height() * 0.7, 120, 24);
        view.setZoom(1.0);
        view.showItem(itemOnPage(1, box), pdfContext());
        QCOMPARE(view.sourceMode(), ItemDetailView::SourceMode::Page);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isRenderingPage() && !view.pageLabel()->pixmap().isNull(), 20000);
        QVERIFY(view.zoomBar()->isVisible());
        const QSize at100 = shownSize(view);
        QVERIFY(qAbs(at100.width() - qRound(points.width() * 96.0 / 72.0)) <= 1);
        const QRectF box100 = view.firstBoxRect();
        QVERIFY(qAbs(box100.x() - box.x() * 96.0 / 72.0) < 0.5);
        // The first box is scrolled into view.
        QTRY_VERIFY(isOnScreen(view, box100.center()));

        QSignalSpy shown(&view, &ItemDetailView::pageShown);
        view.setZoom(2.0);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !view.isRenderingPage(), 20000);
        QCOMPARE(view.zoom(), 2.0);
        const QSize at200 = shownSize(view);
        QVERIFY2(qAbs(at200.width() - 2 * at100.width()) <= 2 && qAbs(at200.height() - 2 * at100.height()) <= 2,
                 qPrintable(QStringLiteral("%1x%2 then %3x%4").arg(at100.width()).arg(at100.height()).arg(at200.width()).arg(at200.height())));
        // Rendered at 192 dpi, not a scaled pixmap: the same pixels as Poppler's own render.
        const QImage page = shownPage(view);
        const QImage plain = reference.render(pdf, 1, {}, 192.0 * view.devicePixelRatioF(), &error);
        QCOMPARE(page.size(), plain.size());
        // The highlight scales with the page: twice as far and twice as large, and drawn there.
        const QRectF box200 = view.firstBoxRect();
        const QRect marked = QRectF(box200.topLeft() * view.devicePixelRatioF(), box200.size() * view.devicePixelRatioF())
                                 .toAlignedRect()
                                 .adjusted(-12, -12, 12, 12);
        int differing = 0;
        int ink = 0;
        for (int y = 0; y < page.height(); y += 3) {
            for (int x = 0; x < page.width(); x += 3) {
                if (marked.contains(x, y))
                    continue;
                differing += page.pixel(x, y) != plain.pixel(x, y) ? 1 : 0;
                ink += qGray(plain.pixel(x, y)) < 128 ? 1 : 0;
            }
        }
        QVERIFY(ink > 100); // the page has text, which a scaled image would blur
        QCOMPARE(differing, 0);
        QVERIFY(qAbs(box200.x() - 2 * box100.x()) < 1.0 && qAbs(box200.y() - 2 * box100.y()) < 1.0);
        QVERIFY(qAbs(box200.width() - 2 * box100.width()) < 1.0 && qAbs(box200.height() - 2 * box100.height()) < 1.0);
        const qreal ratio = view.devicePixelRatioF();
        const QPoint inside = (box200.center() * ratio).toPoint();
        QVERIFY(page.pixel(inside) != plain.pixel(inside));
        QVERIFY(qBlue(page.pixel(inside)) < qRed(page.pixel(inside)));
        // Where the box was at 100 % there is no mark any more.
        const QPoint oldPlace = (box100.center() * ratio).toPoint();
        QCOMPARE(page.pixel(oldPlace), plain.pixel(oldPlace));
        // The box stays on screen across the zoom.
        QTRY_VERIFY(isOnScreen(view, box200.center()));

        // The zoom is kept for the next item.
        shown.clear();
        view.showItem(itemOnPage(1, QRectF(72, 72, 100, 20)), pdfContext());
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !view.isRenderingPage(), 20000);
        QCOMPARE(view.zoom(), 2.0);
        QCOMPARE(shownSize(view), at200);
        QTRY_VERIFY(isOnScreen(view, view.firstBoxRect().center()));

        // Fit width: the page as wide as the pane; 100 % again with the toolbar.
        view.fitWidth();
        QTRY_VERIFY_WITH_TIMEOUT(!view.isRenderingPage() && shownSize(view).width() <= view.pageArea()->viewport()->width(), 20000);
        QVERIFY(shownSize(view).width() > view.pageArea()->viewport()->width() - 40);
        QVERIFY(view.fitsWidth());
        QVERIFY(view.zoom() < 1.0);
        view.zoomBar()->findChild<QAction *>(QStringLiteral("actualSize"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!view.isRenderingPage() && shownSize(view) == at100, 20000);
        QVERIFY(!view.fitsWidth());
    }

    void zoomFollowsKeysAndWheelOnThePageEvenWhenTheWindowUsesTheKeys()
    {
        // A window whose own Ctrl++ / Ctrl+- would do something else (a host window's action).
        QWidget window;
        int windowShortcuts = 0;
        auto *expand = new QAction(&window);
        expand->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
        QObject::connect(expand, &QAction::triggered, &window, [&windowShortcuts] { ++windowShortcuts; });
        window.addAction(expand);
        auto *view = new ItemDetailView(&window);
        (new QVBoxLayout(&window))->addWidget(view);
        window.resize(400, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        view->setZoom(1.0);
        view->showItem(itemOnPage(1, QRectF(72, 72, 100, 20)), pdfContext());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isRenderingPage() && !view->pageLabel()->pixmap().isNull(), 20000);
        view->pageArea()->setFocus();
        QTRY_VERIFY(view->pageArea()->hasFocus());

        QTest::keyClick(view->pageArea(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(view->zoom() > 1.0);
        QCOMPARE(windowShortcuts, 0);
        QTest::keyClick(view->pageArea(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view->zoom(), 1.0);
        QTest::keyClick(view->pageArea(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(view->zoom() < 1.0);
        QTest::keyClick(view->pageArea(), Qt::Key_0, Qt::ControlModifier);

        // Ctrl+wheel zooms; the wheel alone scrolls.
        QWidget *viewport = view->pageArea()->viewport();
        const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
        QWheelEvent up(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &up);
        QVERIFY(view->zoom() > 1.0);
        const double zoomed = view->zoom();
        QWheelEvent plain(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &plain);
        QCOMPARE(view->zoom(), zoomed);
        // The zoom has bounds.
        for (int i = 0; i < 30; ++i)
            view->zoomIn();
        QCOMPARE(view->zoom(), ItemDetailView::maximumZoom);
        QVERIFY(!view->zoomBar()->findChild<QAction *>(QStringLiteral("zoomIn"))->isEnabled());
        view->setZoom(1.0);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isRenderingPage(), 20000);
    }
};

QTEST_MAIN(TestItemDetail)
#include "TestItemDetail.moc"
