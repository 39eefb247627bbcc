#include "ItemDetailView.h"
#include "PdfPageRenderer.h"
#include "SourceTextLocator.h"

#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace vigia;
using namespace vigia::app;

namespace {

QString samplePdf()
{
    const QDir dir(QStringLiteral(VIGIA_SHARED_DIR "/pdf"));
    const QStringList pdfs = dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    return pdfs.isEmpty() ? QString() : dir.filePath(pdfs.first());
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
        QVERIFY(!view.pageLabel()->pixmap().isNull());
        QCOMPARE(view.textLabel()->text(), item.text);
        QVERIFY(view.sourceLabel()->text().contains(QStringLiteral("plan.pdf")));

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
};

QTEST_MAIN(TestItemDetail)
#include "TestItemDetail.moc"
