// Prints what the PDF reader sees: with --raw, each page's words, rules and filled areas (for
// tuning the layout rules on a new kind of PDF); without, the layout model (as `vigia-cli parse
// --layout` does).
#include "readers/pdf/PdfPlanReader.h"
#include "readers/pdf/PdfWordExtractor.h"
#include "readers/pdf/RulingRecorder.h"

#include <poppler-qt6.h>

#include <QGuiApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: pdf-layout-dump [--raw] FILE.pdf\n";
        return 2;
    }
    QFile file(args.last());
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    if (!args.contains(QStringLiteral("--raw"))) {
        const vigia::PdfPlanReader::LayoutResult result = vigia::PdfPlanReader().readLayout(file.readAll(), file.fileName(), {});
        if (!result.error.isEmpty()) {
            out << "error: " << result.error << "\n";
            return 1;
        }
        // The layout model, as `vigia-cli parse --layout` prints it.
        out << result.layout.describe();
        return 0;
    }
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(file.readAll());
    if (!document)
        return 1;
    document->setRenderBackend(Poppler::Document::QPainterBackend);
    for (int i = 0; i < document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        out << "=== page " << (i + 1) << " size " << page->pageSizeF().width() << "x" << page->pageSizeF().height() << "\n";
        vigia::RulingRecorder recorder(page->pageSizeF());
        recorder.record(*page);
        for (const vigia::Ruling &r : recorder.rulings())
            out << (r.isHorizontal() ? "H " : "V ") << r.position << " " << r.start << ".." << r.end << "\n";
        for (const QRectF &f : recorder.filledAreas())
            out << "F " << f.x() << "," << f.y() << " " << f.width() << "x" << f.height() << "\n";
        for (const vigia::PdfWord &w : vigia::PdfWordExtractor().extract(*page))
            out << "W " << w.box.x() << "," << w.box.y() << " " << w.box.width() << "x" << w.box.height() << (w.spaceAfter ? " s " : " - ") << w.text << "\n";
    }
    return 0;
}
