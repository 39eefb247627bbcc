#include "SyntheticPdf.h"

#include "readers/LayoutPatterns.h"
#include "readers/pdf/PageFurnitureFilter.h"
#include "readers/pdf/PdfLineGrouper.h"
#include "readers/pdf/PdfPlanReader.h"

#include <QTest>

using namespace vigia;

namespace {

LayoutDocument layoutOf(const QByteArray &pdf)
{
    const PdfPlanReader::LayoutResult result = PdfPlanReader().readLayout(pdf, QStringLiteral("test.pdf"), {});
    if (!result.error.isEmpty())
        qWarning() << result.error;
    return result.layout;
}

QList<LayoutRow> tableRows(const LayoutDocument &document)
{
    QList<LayoutRow> rows;
    for (const LayoutRow &row : document.rows) {
        if (row.isTableRow)
            rows.append(row);
    }
    return rows;
}

// A three-column table from x=50 to x=545: a header, a spanning heading row, then `bodyRows` rows.
// Rules are stroked lines when `strokes`, thin filled rectangles otherwise (as Chromium draws).
void drawTable(QPainter &painter, bool strokes, double top, const QList<QStringList> &body, const QString &header = QStringLiteral("PROBLEMA|OBJETIVO|META"))
{
    const QList<double> columns{50, 200, 380, 545};
    const double rowHeight = 40;
    auto rule = [&](QPointF from, QPointF to) {
        if (strokes) {
            painter.setPen(QPen(Qt::black, 0.75));
            painter.drawLine(from, to);
        } else {
            const QRectF r = QRectF(from, to).normalized().adjusted(-0.375, -0.375, 0.375, 0.375);
            painter.fillRect(r, Qt::black);
        }
    };
    QList<QStringList> rows{header.split(u'|'), {QStringLiteral("DIMENSION SOCIAL")}};
    rows += body;
    double y = top;
    for (const QStringList &cells : std::as_const(rows)) {
        rule({columns.first(), y}, {columns.last(), y});
        const bool spanning = cells.size() == 1;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (!spanning || c == 0 || c == columns.size() - 1)
                rule({columns[c], y}, {columns[c], y + rowHeight});
        }
        painter.setPen(Qt::black);
        if (spanning) {
            painter.drawText(QRectF(columns.first(), y + 4, columns.last() - columns.first(), 12), Qt::AlignHCenter, cells.first());
        } else {
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const QStringList lines = cells[c].split(u'\n');
                for (qsizetype l = 0; l < lines.size(); ++l)
                    painter.drawText(QPointF(columns[c] + 3, y + 12 + 11 * l), lines[l]);
            }
        }
        y += rowHeight;
    }
    rule({columns.first(), y}, {columns.last(), y});
}

} // namespace

class TestPdfLayoutBuilder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ruledTableWithStrokes() { checkRuledTable(true); }
    void ruledTableWithFilledRules() { checkRuledTable(false); }

    void wordsAreAssignedToTheirColumnEvenWhenCellsNearlyTouch()
    {
        // The first cell's text runs up to 1pt before the column rule and the next cell starts 3pt after
        // it: Poppler reads both as one line, the layout must not.
        const QByteArray pdf = makePdf(1, [](QPainter &painter, int) {
            drawTable(painter, true, 100, {{QStringLiteral("left cell text that is long enough"), QStringLiteral("right"), QStringLiteral("x")}});
            painter.drawText(QPointF(150, 212), QStringLiteral("tail"));
        });
        const QList<LayoutRow> rows = tableRows(layoutOf(pdf));
        QCOMPARE(rows.size(), 3);
        QVERIFY2(rows[2].cells[0].text().endsWith(u"tail"), qPrintable(rows[2].cells[0].text()));
        QCOMPARE(rows[2].cells[1].text(), QStringLiteral("right"));
    }

    void tableAcrossPagesKeepsOneIndexAndDropsTheRepeatedHeader()
    {
        const QByteArray pdf = makePdf(2, [](QPainter &painter, int page) {
            if (page == 0)
                drawTable(painter, true, 100, {{QStringLiteral("1. Uno"), QStringLiteral("1. Objetivo"), QStringLiteral("1. Meta")}});
            else
                drawTable(painter, true, 50, {{QString(), QStringLiteral("2. Otro objetivo"), QStringLiteral("2. Otra meta")}});
        });
        const QList<LayoutRow> rows = tableRows(layoutOf(pdf));
        QStringList headers;
        for (const LayoutRow &row : rows) {
            QCOMPARE(row.tableIndex, 0);
            if (row.cells.constFirst().text() == u"PROBLEMA")
                headers.append(row.text());
        }
        QCOMPARE(headers.size(), 1);
        QCOMPARE(rows.constLast().page, 2);
        QCOMPARE(rows.constLast().cells[1].text(), QStringLiteral("2. Otro objetivo"));
        QVERIFY(rows.constLast().cells[0].isBlank());
    }

    void continuationPageWithOneFilledColumnIsStillATable()
    {
        // Page 2 holds only the rest of the objectives cell: no line has side-by-side cells, yet
        // its words belong to the table's middle column.
        const QByteArray pdf = makePdf(2, [](QPainter &painter, int page) {
            if (page == 0) {
                // The table runs down to the bottom of the page.
                drawTable(painter, true, 700, {{QStringLiteral("1. Uno"), QStringLiteral("1. Objetivo"), QStringLiteral("1. Meta")}});
                return;
            }
            painter.setPen(QPen(Qt::black, 0.75));
            for (const double x : {50.0, 200.0, 380.0, 545.0})
                painter.drawLine(QPointF(x, 50), QPointF(x, 120));
            painter.drawLine(QPointF(50, 120), QPointF(545, 120));
            painter.drawText(QPointF(203, 62), QStringLiteral("2. Segundo objetivo que sigue"));
            painter.drawText(QPointF(203, 73), QStringLiteral("en la página siguiente"));
        });
        const QList<LayoutRow> rows = tableRows(layoutOf(pdf));
        QVERIFY(!rows.isEmpty());
        const LayoutRow &last = rows.constLast();
        QCOMPARE(last.page, 2);
        QCOMPARE(last.cells.size(), 3);
        QCOMPARE(last.cells[1].text(u" "), QStringLiteral("2. Segundo objetivo que sigue en la página siguiente"));
        QCOMPARE(last.tableIndex, rows.constFirst().tableIndex);
    }

    void tableWithoutRulesFromWhitespace()
    {
        const QByteArray pdf = makePdf(1, [](QPainter &painter, int) {
            const QList<double> columns{50, 210, 390};
            const QList<QStringList> rows{
                {QStringLiteral("PROBLEMA"), QStringLiteral("OBJETIVO"), QStringLiteral("META")},
                {QStringLiteral("1. Falta de agua\nen los barrios"), QStringLiteral("1. Ampliar la red\n2. Reparar fugas"), QStringLiteral("1. 100% de hogares")},
                {QStringLiteral("2. Calles sin luz"), QStringLiteral("1. Alumbrado nuevo"), QStringLiteral("1. 500 postes\n2. Plan anual")},
            };
            double y = 100;
            for (const QStringList &row : rows) {
                int lines = 1;
                for (qsizetype c = 0; c < row.size(); ++c) {
                    const QStringList cellLines = row[c].split(u'\n');
                    lines = std::max(lines, static_cast<int>(cellLines.size()));
                    for (qsizetype l = 0; l < cellLines.size(); ++l)
                        painter.drawText(QPointF(columns[c], y + 11 * l), cellLines[l]);
                }
                y += 11 * lines + 14;
            }
        });
        const QList<LayoutRow> rows = tableRows(layoutOf(pdf));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].text(), QStringLiteral("PROBLEMA\tOBJETIVO\tMETA"));
        QCOMPARE(rows[1].cells[0].text(u" "), QStringLiteral("1. Falta de agua en los barrios"));
        QCOMPARE(rows[1].cells[1].text(u"|"), QStringLiteral("1. Ampliar la red|2. Reparar fugas"));
        QCOMPARE(rows[2].cells[2].text(u"|"), QStringLiteral("1. 500 postes|2. Plan anual"));
    }

    void hangingBulletListIsNotATable()
    {
        const QByteArray pdf = makePdf(1, [](QPainter &painter, int) {
            for (int i = 0; i < 4; ++i) {
                painter.drawText(QPointF(60, 100 + 14 * i), QStringLiteral("•"));
                painter.drawText(QPointF(80, 100 + 14 * i), QStringLiteral("Propuesta número %1 del plan").arg(i + 1));
            }
        });
        const LayoutDocument document = layoutOf(pdf);
        QVERIFY(tableRows(document).isEmpty());
        QCOMPARE(document.rows.size(), 4);
        QCOMPARE(document.rows[0].text(), QStringLiteral("• Propuesta número 1 del plan"));
    }

    // Section numbers hanging left of their headings ("XI." / "11.1"), roman or not, make an
    // outline, not a two-column table.
    void hangingSectionNumbersAreNotATable()
    {
        const QByteArray pdf = makePdf(1, [](QPainter &painter, int) {
            const QStringList numbers{QStringLiteral("XI."), QStringLiteral("11.1"), QStringLiteral("11.2"), QStringLiteral("XII."),
                                      QStringLiteral("12.1")};
            for (int i = 0; i < numbers.size(); ++i) {
                painter.drawText(QPointF(60, 100 + 14 * i), numbers[i]);
                painter.drawText(QPointF(110, 100 + 14 * i), QStringLiteral("TÍTULO DE LA SECCIÓN %1").arg(i + 1));
            }
        });
        const LayoutDocument document = layoutOf(pdf);
        QVERIFY(tableRows(document).isEmpty());
        QCOMPARE(document.rows.constFirst().text(), QStringLiteral("XI. TÍTULO DE LA SECCIÓN 1"));
    }

    void paragraphsAndListItemsAreMarked()
    {
        const QByteArray pdf = makePdf(1, [](QPainter &painter, int) {
            drawTable(painter, true, 100, {{QStringLiteral("Primer párrafo\nsigue aquí"), QStringLiteral("1. Uno\nsigue\n2. Dos"), QStringLiteral("m")}});
        });
        const QList<LayoutRow> rows = tableRows(layoutOf(pdf));
        QCOMPARE(rows.size(), 3);
        const LayoutCell &objectives = rows[2].cells[1];
        QCOMPARE(objectives.lines.size(), 3);
        QVERIFY(objectives.lines[0].startsParagraph);
        QVERIFY(!objectives.lines[1].startsParagraph);
        QVERIFY(objectives.lines[2].startsParagraph);
        QVERIFY(!rows[2].cells[0].lines[1].startsParagraph);
    }

    // A change of font size or a wider gap starts a paragraph, unless the line before stops in
    // mid-phrase ("Educación: falta de", "Huancan-"); a heading's ".-" is no broken word.
    void midPhraseLinesGoOn()
    {
        auto line = [](const QString &text, double top, double height) {
            const QRectF box(70, top, 120, height);
            return PdfTextLine{{PdfWord{text, box}}, box};
        };
        const QList<PdfTextLine> cell{line(QStringLiteral("Educación: falta de"), 444.3, 12.7),
                                      line(QStringLiteral("implantación en tecnologías"), 460.9, 10.2),
                                      line(QStringLiteral("de información TIC,"), 474.1, 10.2),
                                      line(QStringLiteral("y docentes."), 494.0, 10.2),
                                      line(QStringLiteral("Carretera Huancan-"), 507.4, 10.2),
                                      line(QStringLiteral("Marias."), 527.0, 10.2),
                                      line(QStringLiteral("2.4. VIALIDAD Y TRANSPORTE.-"), 547.0, 10.2),
                                      line(QStringLiteral("Islay es un distrito nodal."), 570.0, 12.3)};
        const QList<PdfParagraph> paragraphs = PdfLineGrouper::groupIntoParagraphs(cell, 3.0);
        QStringList texts;
        for (const PdfParagraph &paragraph : paragraphs)
            texts << paragraph.text();
        QCOMPARE(texts, (QStringList{QStringLiteral("Educación: falta de implantación en tecnologías de información TIC, y docentes. Carretera Huancan- Marias."),
                                     QStringLiteral("2.4. VIALIDAD Y TRANSPORTE.-"), QStringLiteral("Islay es un distrito nodal.")}));

        // One taller word (a bold label) does not change the line's size; a line further left
        // after a finished sentence ends a hanging entry.
        const QRectF label(70, 100, 40, 12.7);
        const QRectF rest(115, 102, 90, 10.2);
        const PdfTextLine labelled{{PdfWord{QStringLiteral("Salud:"), label}, PdfWord{QStringLiteral("infraestructura"), rest}}, label.united(rest)};
        QCOMPARE(labelled.bodyHeight(), 10.0); // 10.2 in steps of half a point
        const QList<PdfTextLine> entries{labelled, line(QStringLiteral("inadecuada en el nivel."), 116.0, 10.2),
                                         PdfTextLine{{PdfWord{QStringLiteral("Objetivo"), QRectF(55, 129.5, 40, 10.2)}}, QRectF(55, 129.5, 40, 10.2)}};
        QCOMPARE(PdfLineGrouper::groupIntoParagraphs(entries, 3.0).size(), 2);
        QCOMPARE(PdfLineGrouper::groupIntoParagraphs(entries, 3.0).first().text(), QStringLiteral("Salud: infraestructura inadecuada en el nivel."));
        // The line after a dimension heading, and a labelled field, start paragraphs of their own.
        const QList<PdfTextLine> headed{line(QStringLiteral("A. Dimensión Social:"), 600, 11.1), line(QStringLiteral("Atender a todas las comunidades"), 614, 11.1),
                                        line(QStringLiteral("del distrito"), 628, 11.1), line(QStringLiteral("Meta 1A: Reducir la anemia"), 642, 11.1)};
        QCOMPARE(PdfLineGrouper::groupIntoParagraphs(headed, 3.0).size(), 3);
        // So does the text under a numbered heading in capitals; a heading wrapped in capitals stays one.
        const QList<PdfTextLine> numbered{line(QStringLiteral("4.3 VISIÓN DEL PLAN DE GOBIERNO"), 700, 11.1),
                                          line(QStringLiteral("La provincia es el referente nacional de desarrollo local en"), 714, 11.1),
                                          line(QStringLiteral("cuanto a calidad de vida."), 728, 11.1)};
        QCOMPARE(PdfLineGrouper::groupIntoParagraphs(numbered, 3.0).size(), 2);
        const QList<PdfTextLine> roman{line(QStringLiteral("V. VISIÓN DEL PLAN DE GOBIERNO"), 700, 11.1),
                                       line(QStringLiteral("Con cargo a construir una visión concertada, proponemos"), 714, 11.1)};
        QCOMPARE(PdfLineGrouper::groupIntoParagraphs(roman, 3.0).size(), 2);
        // A short line in capitals under a finished one is a label of its own; under a line that stops
        // mid-phrase it goes on ("de la" / "DEMUNA"). A coded field without its colon starts one too.
        const QList<PdfTextLine> sector{line(QStringLiteral("Objetivo 1: Reducir la desnutrición crónica"), 700, 11.1),
                                        line(QStringLiteral("NUTRICIÓN"), 714, 11.1)};
        QCOMPARE(PdfLineGrouper::groupIntoParagraphs(sector, 3.0).size(), 2);
        const QList<PdfTextLine> acronym{line(QStringLiteral("Fortalecimiento de la"), 700, 11.1), line(QStringLiteral("DEMUNA"), 714, 11.1)};
        QCOMPARE(PdfLineGrouper::groupIntoParagraphs(acronym, 3.0).size(), 1);
        const QList<PdfTextLine> coded{line(QStringLiteral("Objetivo 10: Modernizar la institución municipal"), 700, 11.1),
                                       line(QStringLiteral("META 10A En colaboración con el gobierno regional"), 714, 11.1)};
        QCOMPARE(PdfLineGrouper::groupIntoParagraphs(coded, 3.0).size(), 2);
        const QList<PdfTextLine> wrappedHeading{line(QStringLiteral("1.2 AGUA POTABLE Y"), 700, 11.1),
                                                line(QStringLiteral("SANEAMIENTO BÁSICO RURAL"), 714, 11.1)};
        QCOMPARE(PdfLineGrouper::groupIntoParagraphs(wrappedHeading, 3.0).size(), 1);
        // A bold run-in label of several words is left out of the line's size.
        const QRectF longLabel(70, 200, 80, 12.7);
        const QRectF dash(152, 202, 4, 10.2);
        const QRectF word(158, 202, 10, 10.2);
        const PdfTextLine runIn{{PdfWord{QStringLiteral("Seguridad"), QRectF(70, 200, 40, 12.7)}, PdfWord{QStringLiteral("ciudadana."), longLabel},
                                 PdfWord{QStringLiteral("-"), dash}, PdfWord{QStringLiteral("no"), word}},
                                QRectF(70, 200, 98, 12.7)};
        QCOMPARE(runIn.bodyHeight(), 10.0);

        // In a table cell, a line finishing a sentence well short of the cell's other lines ends
        // its paragraph when the next starts a sentence; a full line, or prose, goes on.
        auto cellLine = [](const QString &text, double top, double width) {
            const QRectF box(70, top, width, 10.2);
            return PdfTextLine{{PdfWord{text, box}}, box};
        };
        const QList<PdfTextLine> broken{cellLine(QStringLiteral("cuenta con infraestructura"), 300, 127),
                                        cellLine(QStringLiteral("adecuado (PNP)."), 313.4, 85),
                                        cellLine(QStringLiteral("Incremento de abigeato e"), 326.8, 125),
                                        cellLine(QStringLiteral("inseguridad. Bajo presupuesto"), 340.2, 131),
                                        cellLine(QStringLiteral("para el serenazgo."), 353.6, 100)};
        QCOMPARE(PdfLineGrouper::groupIntoParagraphs(broken, 3.0, PdfLineGrouper::Block::TableCell).size(), 2);
        QCOMPARE(PdfLineGrouper::groupIntoParagraphs(broken, 3.0, PdfLineGrouper::Block::TableCell).constLast().text(),
                 QStringLiteral("Incremento de abigeato e inseguridad. Bajo presupuesto para el serenazgo."));
        QCOMPARE(PdfLineGrouper::groupIntoParagraphs(broken, 3.0).size(), 1);
        const QList<PdfTextLine> wrapped{cellLine(QStringLiteral("Reducir la anemia infantil al 20%."), 300, 120),
                                         cellLine(QStringLiteral("Atender a las madres gestantes."), 313.4, 127)};
        QCOMPARE(PdfLineGrouper::groupIntoParagraphs(wrapped, 3.0, PdfLineGrouper::Block::TableCell).size(), 1);
        QVERIFY(LayoutPatterns::endsMidPhrase(QStringLiteral("para la gestión de la")));
        QVERIFY(!LayoutPatterns::endsMidPhrase(QStringLiteral("Reducir la anemia al 20%")));
        QVERIFY(!LayoutPatterns::endsMidPhrase(QStringLiteral("ECONOMÍA -")));
    }

    // A line all in bold under a line with no bold word, or the reverse, starts a paragraph: a
    // heading and its text, at the usual line gap and the same size. A bold word or two inside a
    // line ("San Pedro de Collana" emphasised) changes nothing.
    void boldHeadingsStartParagraphs()
    {
        const QByteArray pdf = makePdf(1, [](QPainter &painter, int) {
            QFont regular(QStringLiteral("DejaVu Sans"));
            regular.setPointSizeF(10);
            QFont bold = regular;
            bold.setBold(true);
            painter.setFont(bold);
            painter.drawText(QPointF(70, 100), QStringLiteral("Agua y saneamiento"));
            painter.setFont(regular);
            painter.drawText(QPointF(70, 113), QStringLiteral("Ampliar la red de agua potable en los"));
            painter.drawText(QPointF(70, 126), QStringLiteral("centros poblados del distrito."));
            painter.setFont(bold);
            painter.drawText(QPointF(70, 139), QStringLiteral("Vías y transporte"));
            painter.setFont(regular);
            painter.drawText(QPointF(70, 152), QStringLiteral("Mejorar las trochas que llegan a"));
            painter.setFont(bold);
            painter.drawText(QPointF(70, 165), QStringLiteral("Santa Rosa"));
            painter.setFont(regular);
            painter.drawText(QPointF(135, 165), QStringLiteral("y a las comunidades."));
        });
        const LayoutDocument document = layoutOf(pdf);
        QStringList paragraphs;
        for (const LayoutRow &row : document.rows) {
            for (const LayoutLine &line : row.cells.constFirst().lines) {
                if (line.startsParagraph || paragraphs.isEmpty())
                    paragraphs << line.text;
                else
                    paragraphs.last() += u' ' + line.text;
            }
        }
        QCOMPARE(paragraphs, (QStringList{QStringLiteral("Agua y saneamiento"),
                                          QStringLiteral("Ampliar la red de agua potable en los centros poblados del distrito."),
                                          QStringLiteral("Vías y transporte"),
                                          QStringLiteral("Mejorar las trochas que llegan a Santa Rosa y a las comunidades.")}));

        auto line = [](const QString &text, double top, bool bold) {
            const QRectF box(70, top, 150, 10.2);
            PdfWord word{text, box};
            word.bold = bold;
            return PdfTextLine{{word}, box};
        };
        QCOMPARE(PdfLineGrouper::groupIntoParagraphs({line(QStringLiteral("Salud"), 100, true), line(QStringLiteral("Reducir la anemia."), 113, false)}, 3.0).size(), 2);
        QCOMPARE(PdfLineGrouper::groupIntoParagraphs({line(QStringLiteral("Reducir la anemia."), 100, false), line(QStringLiteral("Educación"), 113, true)}, 3.0).size(), 2);
        QCOMPARE(PdfLineGrouper::groupIntoParagraphs({line(QStringLiteral("DESARROLLO SOCIAL Y"), 100, true), line(QStringLiteral("HUMANO"), 113, true)}, 3.0).size(), 1);
    }

    void runningFootersAndPageNumbersAreDropped()
    {
        const QByteArray pdf = makePdf(4, [](QPainter &painter, int page) {
            painter.drawText(QPointF(60, 100 + 20 * page), QStringLiteral("Contenido de la página %1").arg(page + 1));
            painter.drawText(QPointF(60, 800), QStringLiteral("Plan de Gobierno Municipal 2023"));
            painter.drawText(QPointF(290, 820), QString::number(page + 1));
        });
        const LayoutDocument document = layoutOf(pdf);
        QStringList texts;
        for (const LayoutRow &row : document.rows)
            texts.append(row.text());
        QCOMPARE(texts.size(), 4);
        for (int page = 0; page < 4; ++page)
            QCOMPARE(texts[page], QStringLiteral("Contenido de la página %1").arg(page + 1));
    }

    void pageNumberPatterns()
    {
        QVERIFY(PageFurnitureFilter::isPageNumber(QStringLiteral("12")));
        QVERIFY(PageFurnitureFilter::isPageNumber(QStringLiteral("Página 3 de 10")));
        QVERIFY(PageFurnitureFilter::isPageNumber(QStringLiteral("- 4 -")));
        QVERIFY(!PageFurnitureFilter::isPageNumber(QStringLiteral("2019-2022")));
        QVERIFY(!PageFurnitureFilter::isPageNumber(QStringLiteral("1. Meta")));
    }

    void listMarkers()
    {
        QVERIFY(PdfLineGrouper::startsWithListMarker(QStringLiteral("1. Uno")));
        QVERIFY(PdfLineGrouper::startsWithListMarker(QStringLiteral("2.3 Dos")));
        QVERIFY(PdfLineGrouper::startsWithListMarker(QStringLiteral("- Tres")));
        QVERIFY(PdfLineGrouper::startsWithListMarker(QStringLiteral("■ Cuatro")));
        QVERIFY(PdfLineGrouper::startsWithListMarker(QStringLiteral("a.1. Abarcar al 100%")));
        QVERIFY(PdfLineGrouper::startsWithListMarker(QStringLiteral("b.3 Contar con recursos")));
        QVERIFY(PdfLineGrouper::startsWithListMarker(QStringLiteral("\uF0FC Revisado")));
        QVERIFY(!PdfLineGrouper::startsWithListMarker(QStringLiteral("05 Escuelas deportivas")));
        QVERIFY(!PdfLineGrouper::startsWithListMarker(QStringLiteral("100% de población")));
    }

private:
    void checkRuledTable(bool strokes)
    {
        const QByteArray pdf = makePdf(1, [strokes](QPainter &painter, int) {
            painter.drawText(QPointF(60, 60), QStringLiteral("Texto antes de la tabla"));
            drawTable(painter, strokes, 100, {{QStringLiteral("1. Problema"), QStringLiteral("1. Objetivo"), QStringLiteral("1. Meta")}});
            painter.drawText(QPointF(60, 300), QStringLiteral("Texto después"));
        });
        const LayoutDocument document = layoutOf(pdf);
        QCOMPARE(document.pageCount, 1);
        QCOMPARE(document.rows.size(), 5);
        QVERIFY(!document.rows[0].isTableRow);
        QCOMPARE(document.rows[0].text(), QStringLiteral("Texto antes de la tabla"));
        const LayoutRow &header = document.rows[1];
        QVERIFY(header.isTableRow);
        QCOMPARE(header.cells.size(), 3);
        QCOMPARE(header.text(), QStringLiteral("PROBLEMA\tOBJETIVO\tMETA"));
        const LayoutRow &heading = document.rows[2];
        QCOMPARE(heading.cells.size(), 1);
        QVERIFY(heading.cells[0].spansTable);
        QCOMPARE(heading.text(), QStringLiteral("DIMENSION SOCIAL"));
        const LayoutRow &body = document.rows[3];
        QCOMPARE(body.text(), QStringLiteral("1. Problema\t1. Objetivo\t1. Meta"));
        for (int column = 0; column < 3; ++column)
            QCOMPARE(body.cells[column].column, column);
        QCOMPARE(body.tableIndex, 0);
        QVERIFY(!document.rows[4].isTableRow);
        // Provenance: page and box in points, top-left origin.
        const LayoutLine &line = body.cells[1].lines.constFirst();
        QCOMPARE(line.page, 1);
        QVERIFY2(line.box.left() > 200 && line.box.right() < 380, qPrintable(QStringLiteral("%1").arg(line.box.left())));
        QVERIFY2(line.box.top() > 180 && line.box.bottom() < 220, qPrintable(QStringLiteral("%1").arg(line.box.top())));
    }
};

QTEST_MAIN(TestPdfLayoutBuilder)
#include "TestPdfLayoutBuilder.moc"
