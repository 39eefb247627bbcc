#include "readers/LayoutDetector.h"
#include "readers/LayoutPatterns.h"
#include "readers/MarkdownLayoutParser.h"
#include "readers/PlanLayout.h"
#include "readers/LayoutItems.h"
#include "readers/ProposalCards.h"
#include "readers/TextLayoutParser.h"

#include <QTest>

using namespace vigia;

class TestLayoutDetector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("markdown");
        QTest::addColumn<QString>("layout");
        QTest::newRow("table") << QStringLiteral("DIMENSIÓN SOCIAL\nPROBLEMA\tOBJETIVO\tMETA\n1. Uno\t1. Dos\t1. Tres\n")
                               << false << PlanLayout::table();
        QTest::newRow("summary") << QStringLiteral("Nº\tPROBLEMA\tOBJETIVO\tINDICADOR\tMETA\n1\tA\tB\tC\tD\n") << false
                                 << PlanLayout::summaryTable();
        QTest::newRow("markdown") << QStringLiteral("|PROBLEMAS|OBJETIVOS|METAS|\n|---|---|---|\n|a|b|c|\n") << true
                                  << PlanLayout::markdownTable();
        QTest::newRow("outline") << QStringLiteral("DIMENSIÓN SOCIAL\n1. PROBLEMA IDENTIFICADO\n1.1 Uno\n2. OBJETIVO ESTRATÉGICO\n2.1 Dos\n")
                                 << false << PlanLayout::outline();
        QTest::newRow("narrative") << QStringLiteral("2. DIMENSIÓN ECONÓMICA\n1. Feria semanal.\n- Cada domingo.\n") << false
                                   << PlanLayout::narrative();
        QTest::newRow("header without rows") << QStringLiteral("PROBLEMA\tOBJETIVO\tMETA\n") << false << QString();
        QTest::newRow("prose") << QStringLiteral("Un texto sobre la dimensión social del problema, sin estructura alguna.\n")
                               << false << QString();
    }
    void detect()
    {
        QFETCH(QString, text);
        QFETCH(bool, markdown);
        QFETCH(QString, layout);
        const LayoutDocument document = markdown ? MarkdownLayoutParser::parse(text, QStringLiteral("p.md"))
                                                 : TextLayoutParser::parse(text, QStringLiteral("p.txt"));
        QCOMPARE(LayoutDetector::detect(document, markdown ? LayoutSource::Markdown : LayoutSource::Text), layout);
    }

    void dimensionHeadings_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("name"); // empty: not a heading
        QTest::newRow("numbered") << QStringLiteral("1.- DIMENSIÓN SOCIAL") << QStringLiteral("Social");
        QTest::newRow("glued") << QStringLiteral("1.DIMENSIÓN INSTITUCIONAL") << QStringLiteral("Institucional");
        QTest::newRow("no accent") << QStringLiteral("DIMENSION ECONOMICA") << QStringLiteral("Económica");
        QTest::newRow("other") << QStringLiteral("4. DIMENSIÓN URBANA") << QStringLiteral("Urbana");
        QTest::newRow("subtitle") << QStringLiteral("II. DIMENSIÓN AMBIENTAL Agua y bosques para el futuro del país y de las próximas generaciones que vendrán")
                                  << QStringLiteral("Ambiental");
        QTest::newRow("toc") << QStringLiteral("IV.1. DIMENSIÓN SOCIAL ........................ 14") << QString();
        QTest::newRow("sentence") << QStringLiteral("1. Dimensión Social: Enfocada en la justicia") << QString();
        QTest::newRow("letter") << QStringLiteral("A. DIMENSION SOCIAL") << QStringLiteral("Social");
        QTest::newRow("misspelt") << QStringLiteral("B. DIMENCION ECONOMICO - PRODUCTIVO") << QStringLiteral("Económica");
        QTest::newRow("misspelt, no accent") << QStringLiteral("Dimesión Institucional") << QStringLiteral("Institucional");
        // A scan's speck read as a mark before a heading in capitals.
        QTest::newRow("speck as a dash") << QStringLiteral("-DIMENSION SOCIAL") << QStringLiteral("Social");
        QTest::newRow("speck as a quote") << QStringLiteral("“ 2. DIMENSIÓN AMBIENTAL") << QStringLiteral("Ambiental");
        QTest::newRow("bullet in prose") << QStringLiteral("- Dimensión social del desarrollo humano en el distrito") << QString();
        QTest::newRow("qualified") << QStringLiteral("C. DIMENSION AMBIENTAL Y TERRITORIAL") << QStringLiteral("Ambiental");
        QTest::newRow("subtitle after colon") << QStringLiteral("3.1. Dimensión Social: Seguridad, Salud y Talento") << QStringLiteral("Social");
        QTest::newRow("verb, not a heading") << QStringLiteral("Dimensionar el presupuesto participativo") << QString();
        QTest::newRow("word in a sentence") << QStringLiteral("A. Diminuir la anemia infantil") << QString();
    }
    void proposalCards()
    {
        QCOMPARE(ProposalCards::title(QStringLiteral("Propuesta 3: Red de Alerta Vecinal")).value_or(QString()), QStringLiteral("Red de Alerta Vecinal"));
        QCOMPARE(ProposalCards::title(QStringLiteral("PROYECTO N° 12 - Mercado modelo")).value_or(QString()), QStringLiteral("Mercado modelo"));
        QVERIFY(!ProposalCards::title(QStringLiteral("Propuestas de seguridad ciudadana")));
        QVERIFY(!ProposalCards::title(QStringLiteral("La propuesta 3 costará poco.")));
        const auto meta = ProposalCards::field(QStringLiteral("Meta (2027-2030): Reducir delitos en 25%"));
        QVERIFY(meta && meta->kind == ItemKind::Target);
        QCOMPARE(meta->text, QStringLiteral("Reducir delitos en 25%"));
        const auto diagnosis = ProposalCards::field(QStringLiteral("Diagnóstico y objetivo: Alta incidencia delictiva"));
        QVERIFY(diagnosis && diagnosis->kind == ItemKind::Problem);
        const auto action = ProposalCards::field(QStringLiteral("Acción:"));
        QVERIFY(action && action->kind == ItemKind::Objective && action->text.isEmpty());
        const auto budget = ProposalCards::field(QStringLiteral("Presupuesto: S/ 700 000"));
        QVERIFY(budget && !budget->kind);
        QVERIFY(!ProposalCards::field(QStringLiteral("Nuestro distrito tiene tres problemas: agua, luz y pistas")));
        QVERIFY(!ProposalCards::field(QStringLiteral("Lima: 12 de octubre de 2026")));
        // Proposal codes and numbered labels.
        QCOMPARE(ProposalCards::title(QStringLiteral("DSC1: Reducir la incidencia delictiva")).value_or(QString()), QStringLiteral("Reducir la incidencia delictiva"));
        QCOMPARE(ProposalCards::title(QStringLiteral("DE 2 - Ordenar el mercado")).value_or(QString()), QStringLiteral("Ordenar el mercado"));
        QVERIFY(!ProposalCards::title(QStringLiteral("ODS: objetivos de desarrollo sostenible")));
        QVERIFY(!ProposalCards::title(QStringLiteral("Al 2022: 30% menos delitos")));
        const auto numberedAction = ProposalCards::field(QStringLiteral("1. Propuesta de Acción"));
        QVERIFY(numberedAction && numberedAction->kind == ItemKind::Objective);
        const auto facts = ProposalCards::field(QStringLiteral("4. Hechos: La inseguridad es creciente."));
        QVERIFY(facts && !facts->kind);
        const auto guidelines = ProposalCards::field(QStringLiteral("7. Lineamientos de Política con la que se relaciona"));
        QVERIFY(guidelines && !guidelines->kind);
        QVERIFY(!ProposalCards::field(QStringLiteral("2. Mejorar la calidad del agua potable en todo el distrito y sus anexos")));
        QCOMPARE(ProposalCards::title(QStringLiteral("Objetivo 3: Mejorar el acceso a la energía")).value_or(QString()), QStringLiteral("Mejorar el acceso a la energía"));
        const auto codedMeta = ProposalCards::field(QStringLiteral("Meta 4B: Reducir a 80% la superficie en secano"));
        QVERIFY(codedMeta && codedMeta->kind == ItemKind::Target);
        QCOMPARE(codedMeta->text, QStringLiteral("Reducir a 80% la superficie en secano"));
        QCOMPARE(ProposalCards::field(QStringLiteral("Meta:8A Incorporar los principios")).value_or(ProposalCards::Field{}).text, QStringLiteral("Incorporar los principios"));
        QCOMPARE(ProposalCards::field(QStringLiteral("Meta: 7AHaber detenido")).value_or(ProposalCards::Field{}).text, QStringLiteral("Haber detenido"));
        // A coded label without its colon; a sentence starting with the word, or a year, is none.
        const auto uncolonized = ProposalCards::field(QStringLiteral("META 10A En colaboración con el gobierno regional"));
        QVERIFY(uncolonized && uncolonized->kind == ItemKind::Target);
        QCOMPARE(uncolonized->text, QStringLiteral("En colaboración con el gobierno regional"));
        QVERIFY(!ProposalCards::field(QStringLiteral("Meta 2022 alcanzada por el distrito")));
        QVERIFY(!ProposalCards::field(QStringLiteral("Meta de reducir la anemia al 20%")));
        QString titleText = QStringLiteral("Reducir las zonas de riesgo Meta:");
        const auto trailing = ProposalCards::takeTrailingLabel(titleText);
        QVERIFY(trailing && trailing->kind == ItemKind::Target);
        QCOMPARE(titleText, QStringLiteral("Reducir las zonas de riesgo"));
        QString plainTitle = QStringLiteral("Mejorar la red vial:");
        QVERIFY(!ProposalCards::takeTrailingLabel(plainTitle));
        QCOMPARE(plainTitle, QStringLiteral("Mejorar la red vial:"));
    }

    // Cells side by side on the same baselines read line by line; cells of another shape, or
    // lines that do not share baselines, read cell by cell.
    void linesInReadingOrder()
    {
        auto line = [](const QString &text, qreal x, qreal y) {
            LayoutLine result;
            result.text = text;
            result.page = 1;
            result.box = QRectF(x, y, 80, 12);
            return result;
        };
        LayoutRow row;
        row.isTableRow = true;
        row.cells = {LayoutCell{{line(QStringLiteral("\uF0FC"), 100, 550), line(QStringLiteral("\uF0FC"), 100, 567)}, 0},
                     LayoutCell{{line(QStringLiteral("Marías – Chuquis"), 150, 549), line(QStringLiteral("Sillapata – Yanas"), 150, 566)}, 1},
                     LayoutCell{{line(QStringLiteral("Mejorar la carretera"), 270, 549), line(QStringLiteral("Abrir la trocha"), 270, 566)}, 2}};
        QCOMPARE(LayoutItems::textInReadingOrder(row),
                 QStringLiteral("\uF0FC Marías – Chuquis Mejorar la carretera \uF0FC Sillapata – Yanas Abrir la trocha"));
        const QList<LayoutLine> lines = LayoutItems::linesInReadingOrder(row);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].box.contains(QPointF(300, 555)));
        // A cell wrapping onto more lines than its neighbours: cell by cell.
        row.cells[2].lines << line(QStringLiteral("del norte"), 270, 583);
        QCOMPARE(LayoutItems::linesInReadingOrder(row).size(), 7);
        // Same line counts, but the second cell's lines sit lower: cell by cell.
        row.cells[2].lines.removeLast();
        row.cells[1].lines[1].box.moveTop(590);
        QCOMPARE(LayoutItems::textInReadingOrder(row).left(3), QStringLiteral("\uF0FC \uF0FC"));
    }

    void blockLabelsAndInlineBullets()
    {
        QCOMPARE(ProposalCards::blockLabel(QStringLiteral("Estrategia.")), std::optional<ItemKind>(ItemKind::Objective));
        QCOMPARE(ProposalCards::blockLabel(QStringLiteral("METAS:")), std::optional<ItemKind>(ItemKind::Target));
        QVERIFY(!ProposalCards::blockLabel(QStringLiteral("Metas del plan de gobierno municipal")));
        QCOMPARE(LayoutPatterns::splitAtInlineBullets(QStringLiteral("Mejorar los colegios. \u2022 Brindar becas")),
                 (QStringList{QStringLiteral("Mejorar los colegios."), QStringLiteral("\u2022 Brindar becas")}));
        QCOMPARE(LayoutPatterns::splitAtInlineBullets(QStringLiteral("\u2022 Uno solo")), QStringList{QStringLiteral("\u2022 Uno solo")});
        QCOMPARE(LayoutPatterns::splitAtInlineBullets(QString()), QStringList{QString()});
    }

    // Table headers, as printed and as a scan's OCR may read them.
    void headerRoles()
    {
        using LayoutPatterns::ColumnRole;
        using LayoutPatterns::headerRole;
        QCOMPARE(headerRole(QStringLiteral("OBJETIVO ESTRATÉGICO")), std::optional<ColumnRole>(ColumnRole::Objective));
        QCOMPARE(headerRole(QStringLiteral("OBJ ETIVO ESTRATEGICO")), std::optional<ColumnRole>(ColumnRole::Objective));
        QCOMPARE(headerRole(QStringLiteral("PRO BLEMA IDENTIFICADO")), std::optional<ColumnRole>(ColumnRole::Problem));
        QCOMPARE(headerRole(QStringLiteral("- PROBLEMA IDENTIFICADO")), std::optional<ColumnRole>(ColumnRole::Problem));
        QCOMPARE(headerRole(QStringLiteral("“META (AL 2022)")), std::optional<ColumnRole>(ColumnRole::Target));
        QCOMPARE(headerRole(QStringLiteral("N°")), std::optional<ColumnRole>(ColumnRole::Number));
        // Words that only begin like a header's are not one.
        QCOMPARE(headerRole(QStringLiteral("METALURGIA")), std::nullopt);
        QCOMPARE(headerRole(QStringLiteral("MET ALURGIA Y MINERÍA")), std::nullopt);
        QCOMPARE(headerRole(QStringLiteral("Las metas del distrito")), std::nullopt);
        QCOMPARE(LayoutPatterns::withoutStrayMarks(QStringLiteral("“ 2. META")), QStringLiteral("2. META"));
        QCOMPARE(LayoutPatterns::withoutStrayMarks(QStringLiteral("— —")), QStringLiteral("— —")); // nothing follows
    }

    void dimensionHeadings()
    {
        QFETCH(QString, heading);
        QFETCH(QString, name);
        const auto found = LayoutPatterns::dimensionHeading(heading);
        if (name.isEmpty())
            QVERIFY(!found);
        else
            QCOMPARE(found.value_or(QString()), name);
    }
};

QTEST_GUILESS_MAIN(TestLayoutDetector)
#include "TestLayoutDetector.moc"
