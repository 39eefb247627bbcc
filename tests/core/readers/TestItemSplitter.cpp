#include "readers/ItemSplitter.h"
#include "readers/ListMarker.h"

#include "ItemTexts.h"

#include <QTest>

using namespace vigia;

class TestItemSplitter : public QObject {
    Q_OBJECT

private:
    static QStringList markers(const QList<SplitItem> &items)
    {
        QStringList result;
        for (const SplitItem &item : items)
            result << item.item.marker;
        return result;
    }

private Q_SLOTS:
    void markerAtStart_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("marker"); // empty: no marker
        QTest::addColumn<int>("number");
        QTest::newRow("number") << QStringLiteral("1. Primero") << QStringLiteral("1.") << 1;
        QTest::newRow("outline") << QStringLiteral("1.1 Participación") << QStringLiteral("1.1") << 1;
        QTest::newRow("outline 2.3") << QStringLiteral("2.3 Algo") << QStringLiteral("2.3") << 3;
        QTest::newRow("outline dot then figure") << QStringLiteral("1.1. 100 %") << QStringLiteral("1.1.") << 1;
        QTest::newRow("decimal figure") << QStringLiteral("1.5 100 hectáreas") << QString() << -1;
        QTest::newRow("paren") << QStringLiteral("4) Cuarto") << QStringLiteral("4)") << 4;
        QTest::newRow("dash no space") << QStringLiteral("-texto") << QStringLiteral("-") << -1;
        QTest::newRow("dash then number") << QStringLiteral(" - 3.1 Comunidades") << QStringLiteral("- 3.1") << 1;
        QTest::newRow("bullet") << QStringLiteral("• Viñeta") << QStringLiteral("•") << -1;
        QTest::newRow("square") << QStringLiteral("▪ Cuadro") << QStringLiteral("▪") << -1;
        QTest::newRow("check") << QStringLiteral("✓ Hecho") << QStringLiteral("✓") << -1;
        QTest::newRow("Wingdings check") << QStringLiteral("\uF0FC Revisado") << QStringLiteral("\uF0FC") << -1;
        QTest::newRow("Symbol bullet") << QStringLiteral("\uF0B7 Punto") << QStringLiteral("\uF0B7") << -1;
        QTest::newRow("letter and number") << QStringLiteral("a.1. Abarcar al 100%") << QStringLiteral("a.1.") << -1;
        QTest::newRow("letter and number, no dot") << QStringLiteral("b.3 Contar con recursos") << QStringLiteral("b.3") << -1;
        QTest::newRow("letter") << QStringLiteral("A. TARJETA") << QStringLiteral("A.") << -1;
        QTest::newRow("01") << QStringLiteral("01 Proyecto Educativo") << QString() << -1;
        QTest::newRow("100%") << QStringLiteral("100% de hogares") << QString() << -1;
        QTest::newRow("Av.") << QStringLiteral("Av. Los Álamos") << QString() << -1;
        QTest::newRow("years") << QStringLiteral("2013-2021 periodo") << QString() << -1;
        QTest::newRow("decimal") << QStringLiteral("37.4% de la población") << QString() << -1;
        QTest::newRow("bold") << QStringLiteral("**Negrita**") << QString() << -1;
        QTest::newRow("hyphenated") << QStringLiteral("socio-económico") << QString() << -1;
    }
    void markerAtStart()
    {
        QFETCH(QString, text);
        QFETCH(QString, marker);
        QFETCH(int, number);
        const auto found = ListMarker::atStart(text);
        if (marker.isEmpty()) {
            QVERIFY2(!found, qPrintable(found ? found->text : QString()));
            return;
        }
        QVERIFY(found);
        QCOMPARE(found->text, marker);
        QCOMPARE(found->number, number);
    }

    void inlineNumberingSplitsOnlyRealMarkers()
    {
        const auto items = ItemSplitter::split(QStringLiteral(
            "1. Construir pistas en la Av. Central. 2. 01 Proyecto con 100% de avance. 3. Plan 2013-2021 socio-económico."));
        QCOMPARE(itemTexts(items), (QStringList{QStringLiteral("Construir pistas en la Av. Central."),
                                            QStringLiteral("01 Proyecto con 100% de avance."),
                                            QStringLiteral("Plan 2013-2021 socio-económico.")}));
        QCOMPARE(markers(items), (QStringList{QStringLiteral("1."), QStringLiteral("2."), QStringLiteral("3.")}));
        QCOMPARE(items[2].number, 3);
    }

    void numberInsideSentenceIsNotAMarker()
    {
        const auto items = ItemSplitter::split(QStringLiteral("Refaccionar la sede del 2. piso del local"));
        QCOMPARE(items.size(), 1);
        QVERIFY(!items[0].hasMarker);
    }

    void dashMarkersWithoutSpaces()
    {
        const auto items = ItemSplitter::split(QStringLiteral(
            "<ul style=\"list-style-type: none\">-Desarrollo socio-económico del valle.-Plan 2013-2021 aprobado. - Tercera acción"));
        QCOMPARE(itemTexts(items), (QStringList{QStringLiteral("Desarrollo socio-económico del valle."),
                                            QStringLiteral("Plan 2013-2021 aprobado."), QStringLiteral("Tercera acción")}));
    }

    void dashBetweenWordsIsNotAMarker()
    {
        QCOMPARE(itemTexts(ItemSplitter::split(QStringLiteral("LIMA - LIMA - INDEPENDENCIA"))),
                 QStringList{QStringLiteral("LIMA - LIMA - INDEPENDENCIA")});
    }

    void paragraphsAreItems()
    {
        const auto items = ItemSplitter::split(QStringLiteral("<p>Primer párrafo.</p> <p>Segundo párrafo.</p>"));
        QCOMPARE(itemTexts(items), (QStringList{QStringLiteral("Primer párrafo."), QStringLiteral("Segundo párrafo.")}));
        QVERIFY(items[0].paragraph);
        QVERIFY(!items[0].hasMarker);
    }

    void bulletsAndEmptyBullets()
    {
        QCOMPARE(itemTexts(ItemSplitter::split(QStringLiteral("• Uno • Dos •"))),
                 (QStringList{QStringLiteral("Uno"), QStringLiteral("Dos")}));
        QVERIFY(ItemSplitter::split(QStringLiteral("-")).isEmpty());
        QVERIFY(ItemSplitter::split(QStringLiteral("•")).isEmpty());
    }

    void printedLinesWithMarkersAtLineStarts()
    {
        // How a PDF reader hands over a cell: one layout line per printed line, with boxes.
        QList<LayoutLine> lines;
        const QStringList printed{QStringLiteral("1. Mejorar la"), QStringLiteral("vialidad interna."),
                                  QStringLiteral("2. Construir pistas"), QStringLiteral("▪ Veredas nuevas"),
                                  QStringLiteral("✓ Parques"), QStringLiteral("- Alamedas")};
        for (int i = 0; i < printed.size(); ++i) {
            LayoutLine line;
            line.text = printed[i];
            line.page = 3;
            line.box = QRectF(50, 100 + 12 * i, 200, 10);
            lines << line;
        }
        const auto items = ItemSplitter::split(lines);
        QCOMPARE(itemTexts(items), (QStringList{QStringLiteral("Mejorar la vialidad interna."), QStringLiteral("Construir pistas"),
                                            QStringLiteral("Veredas nuevas"), QStringLiteral("Parques"),
                                            QStringLiteral("Alamedas")}));
        QCOMPARE(items[0].item.source.page, 3);
        QCOMPARE(items[0].item.source.boxes.size(), 2);
        QCOMPARE(items[0].item.source.boxes[1], QRectF(50, 112, 200, 10));
        QCOMPARE(items[1].item.source.boxes.size(), 1);
    }

    void paragraphLinesStartItems()
    {
        // A PDF cell whose items are paragraphs without markers: the reader marks the first line
        // of each paragraph.
        QList<LayoutLine> lines;
        const QList<QPair<QString, bool>> printed{{QStringLiteral("Ordenar los mercados de"), true},
                                                  {QStringLiteral("la provincia."), false},
                                                  {QStringLiteral("Promover la exportación."), true}};
        for (const auto &[text, starts] : printed) {
            LayoutLine line;
            line.text = text;
            line.startsParagraph = starts;
            lines << line;
        }
        const auto items = ItemSplitter::split(lines);
        QCOMPARE(itemTexts(items), (QStringList{QStringLiteral("Ordenar los mercados de la provincia."),
                                            QStringLiteral("Promover la exportación.")}));
        QVERIFY(items[1].paragraph);
    }

    void markerAloneOnItsLine()
    {
        QList<LayoutLine> lines;
        for (const QString &text : {QStringLiteral("18.1."), QStringLiteral("100%"), QStringLiteral("18.2."), QStringLiteral("50 sitios")}) {
            LayoutLine line;
            line.text = text;
            lines << line;
        }
        const auto items = ItemSplitter::split(lines);
        QCOMPARE(itemTexts(items), (QStringList{QStringLiteral("100%"), QStringLiteral("50 sitios")}));
        QCOMPARE(markers(items), (QStringList{QStringLiteral("18.1."), QStringLiteral("18.2.")}));
    }

    // An item read by OCR is as sure as its least sure line; one from text says nothing of OCR.
    void itemsKeepTheConfidenceOfTheirLeastSureLine()
    {
        const auto line = [](const char *text, int confidence, bool paragraph) {
            LayoutLine read;
            read.text = QString::fromUtf8(text);
            read.page = 1;
            read.box = QRectF(72, 100, 200, 12);
            read.startsParagraph = paragraph;
            read.ocrConfidence = confidence;
            return read;
        };
        const auto items = ItemSplitter::split(QList<LayoutLine>{line("1. Ampliar la cobertura de agua", 91, true),
                                                                 line("potable en los barrios altos.", 58, false),
                                                                 line("2. Construir dos reservorios.", 88, true)});
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].item.source.ocrConfidence, 58);
        QCOMPARE(items[1].item.source.ocrConfidence, 88);
        SplitItem joined = items[1];
        ItemSplitter::join(joined, items[0]);
        QCOMPARE(joined.item.source.ocrConfidence, 58);
        QCOMPARE(ItemSplitter::split(QList<LayoutLine>{line("3. Texto de una capa de texto.", -1, true)})[0].item.source.ocrConfidence, -1);
    }

    void textLinesKeepTheirSourceLine()
    {
        LayoutLine line;
        line.text = QStringLiteral("1. Uno. 2. Dos.");
        line.sourceLine = 42;
        const auto items = ItemSplitter::split(QList<LayoutLine>{line});
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[1].item.source.line, 42);
        QCOMPARE(items[1].item.source.page, 0);
    }

    void markupIsRemoved()
    {
        QCOMPARE(itemTexts(ItemSplitter::split(QStringLiteral("<p>1. Convertir a Ilo en “**Ciudad Digital**”</p>"))),
                 QStringList{QStringLiteral("Convertir a Ilo en “Ciudad Digital”")});
    }

    void continuation_data()
    {
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<bool>("continues");
        QTest::newRow("numbered cell") << QStringLiteral("<p>1. 01 Proyecto Educativo Local</p>")
                                       << QStringLiteral("<p>PED actualizado.</p>") << true;
        QTest::newRow("unfinished") << QStringLiteral("Plan de la") << QStringLiteral("<p>Agricultura</p>") << true;
        QTest::newRow("lower case") << QStringLiteral("<p>Fin.</p>") << QStringLiteral("<p>y sigue</p>") << true;
        QTest::newRow("new paragraph") << QStringLiteral("Por eso, el reto.") << QStringLiteral("<p>Para resolver.</p>") << false;
        QTest::newRow("plain lines") << QStringLiteral("Mejoraremos las viviendas.") << QStringLiteral("Implementaremos tanques.") << true;
        QTest::newRow("marker") << QStringLiteral("Algo sin fin de") << QStringLiteral("2. Nuevo") << false;
    }
    void continuation()
    {
        QFETCH(QString, previous);
        QFETCH(QString, fragment);
        QFETCH(bool, continues);
        const auto before = ItemSplitter::split(previous);
        const auto after = ItemSplitter::split(fragment);
        QCOMPARE(before.size(), 1);
        QCOMPARE(after.size(), 1);
        QCOMPARE(ItemSplitter::continues(before.last(), after.first()), continues);
    }
};

QTEST_GUILESS_MAIN(TestItemSplitter)
#include "TestItemSplitter.moc"
