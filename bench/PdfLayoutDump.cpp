// Prints what the PDF reader sees: with --raw, each page's words, rules and filled areas (for
// tuning the layout rules on a new kind of PDF); without, the layout model (as `vigia-cli parse
// --layout` does).
#include "readers/pdf/PdfPlanReader.h"
#include "readers/pdf/PdfPageReader.h"

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
    const QByteArray content = file.readAll();
    // Keeps Poppler's global state while PdfPageReader reads.
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(content);
    const vigia::PdfPageReader reader(content, {});
    if (!document || !reader.isOpen())
        return 1;
    for (int i = 0; i < reader.pageCount(); ++i) {
        vigia::PdfPageContent page;
        if (!reader.readPage(i, page))
            return 1;
        out << "=== page " << page.number << " size " << page.size.width() << "x" << page.size.height() << "\n";
        for (const vigia::Ruling &r : std::as_const(page.rulings))
            out << (r.isHorizontal() ? "H " : "V ") << r.position << " " << r.start << ".." << r.end << "\n";
        for (const QRectF &f : std::as_const(page.filledAreas))
            out << "F " << f.x() << "," << f.y() << " " << f.width() << "x" << f.height() << "\n";
        for (const vigia::PdfWord &w : std::as_const(page.words)) {
            out << "W " << w.box.x() << "," << w.box.y() << " " << w.box.width() << "x" << w.box.height() << (w.spaceAfter ? " s " : " - ") << w.fontSize << "pt"
                << (w.bold ? " bold" : "") << (w.italic ? " italic" : "") << " " << w.text << "\n";
        }
    }
    return 0;
}
