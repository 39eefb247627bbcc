#include "readers/MarkdownLayoutParser.h"
#include "readers/TablePlanBuilder.h"
#include "readers/TextLayoutParser.h"

#include "ItemTexts.h"

#include <QTest>

using namespace vigia;

class TestTablePlanBuilder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowsMergedByNumberingContinuity()
    {
        const QString text = QStringLiteral(
            "PROBLEMA\tOBJETIVO\tMETA\n"
            "DIMENSIÓN SOCIAL\t\t\n"
            "1. Problema de riego\t1. Obra uno. 2. Obra dos que sigue en la\t1. Meta uno.\n"
            "\n"
            "\tsiguiente página. 3. Obra tres.\t2. Meta dos.\n"           // numbering continues
            "\t1. Objetivo cortado en\t1. Meta cortada\n"                  // restarts at 1: top of next row
            "\n"
            "2. Problema de caminos\tdos páginas.\tsin final.\n"           // the next row's problem
            "3. Problema sin\t1. Uno.\t1. Uno.\n"
            "terminar.\t2. Dos.\t2. Dos.\n");                              // numbered problems: continues
        const auto result = TablePlanBuilder::build(TextLayoutParser::parse(text, QStringLiteral("plan.txt")));
        QCOMPARE(result.dimensions.size(), 1);
        const QList<Row> &rows = result.dimensions[0].rows;
        QCOMPARE(rows.size(), 3);
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Objective)),
                 (QStringList{QStringLiteral("Obra uno."), QStringLiteral("Obra dos que sigue en la siguiente página."),
                              QStringLiteral("Obra tres.")}));
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Target)), (QStringList{QStringLiteral("Meta uno."), QStringLiteral("Meta dos.")}));
        QCOMPARE(itemTexts(rows[1].items(ItemKind::Problem)), QStringList{QStringLiteral("Problema de caminos")});
        QCOMPARE(itemTexts(rows[1].items(ItemKind::Objective)), QStringList{QStringLiteral("Objetivo cortado en dos páginas.")});
        QCOMPARE(itemTexts(rows[1].items(ItemKind::Target)), QStringList{QStringLiteral("Meta cortada sin final.")});
        QCOMPARE(itemTexts(rows[2].items(ItemKind::Problem)), QStringList{QStringLiteral("Problema sin terminar.")});
        QCOMPARE(itemTexts(rows[2].items(ItemKind::Objective)), (QStringList{QStringLiteral("Uno."), QStringLiteral("Dos.")}));
        QCOMPARE(result.mergedRows, 3);
        // Provenance: the joined objective starts on its first source line.
        QCOMPARE(rows[1].items(ItemKind::Objective).first().source.line, 6);
    }

    // Coded proposals in the prose under a dimension ("a.1.", "b.2") are rows of their own, before
    // the dimension's table rows; after the next top-level section they are no items.
    void codedProposalsBeforeTheTable()
    {
        const QString text = QStringLiteral(
            "A. DIMENSIÓN SOCIAL:\n"
            "a.1. Atender al 100% de las familias de las tres comunidades.\n"
            "a.2 Vacunar a todos los niños menores de cinco años\n"
            "V. PROPUESTA DE SEGUIMIENTO\n"
            "a.3. Informar cada semestre.\n"
            "PROBLEMA\tOBJETIVO\tMETA\n"
            "DIMENSIÓN SOCIAL\t\t\n"
            "Anemia infantil.\tReducir la anemia.\tAnemia al 20%.\n");
        const auto result = TablePlanBuilder::build(TextLayoutParser::parse(text, QStringLiteral("plan.txt")));
        QCOMPARE(result.dimensions.size(), 1);
        const QList<Row> &rows = result.dimensions[0].rows;
        QCOMPARE(rows.size(), 3);
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Objective)), QStringList{QStringLiteral("Atender al 100% de las familias de las tres comunidades.")});
        QCOMPARE(rows[0].items(ItemKind::Objective).first().marker, QStringLiteral("a.1."));
        QVERIFY(rows[0].items(ItemKind::Problem).isEmpty() && rows[0].items(ItemKind::Target).isEmpty());
        QCOMPARE(itemTexts(rows[1].items(ItemKind::Objective)), QStringList{QStringLiteral("Vacunar a todos los niños menores de cinco años")});
        QCOMPARE(itemTexts(rows[2].items(ItemKind::Problem)), QStringList{QStringLiteral("Anemia infantil.")});
    }

    // A later table without a header goes on with the plan table's columns only when it has as
    // many columns: a two-column fact sheet or an appendix's data table is no plan row.
    void tablesWithOtherColumnsAreNotPlanRows()
    {
        const QString text = QStringLiteral(
            "PROBLEMA\tOBJETIVO\tMETA\n"
            "DIMENSIÓN INSTITUCIONAL\t\t\n"
            "Gestión opaca.\tRendir cuentas.\tDos audiencias al año.\n"
            "Página 3\n"
            "Poca participación.\tPresupuesto participativo.\tMil vecinos.\n"
            "1.1 UBICACIÓN POLÍTICA\n"
            "DISTRITO\t: SAN JUAN\n"
            "PROVINCIA\t: HUARAZ\n"
            "1.2 CENTROS POBLADOS\n"
            "CAPITAL DEL DISTRITO\tNÚMERO DE CENTROS POBLADOS\n"
            "San Juan\t14\n");
        const auto result = TablePlanBuilder::build(TextLayoutParser::parse(text, QStringLiteral("plan.txt")));
        QCOMPARE(result.dimensions.size(), 1);
        const QList<Row> &rows = result.dimensions[0].rows;
        QCOMPARE(rows.size(), 2);
        QCOMPARE(itemTexts(rows[1].items(ItemKind::Problem)), QStringList{QStringLiteral("Poca participación.")});
        QCOMPARE(itemTexts(rows[1].items(ItemKind::Target)), QStringList{QStringLiteral("Mil vecinos.")});
    }

    // Whether problems are numbered is judged per dimension: unnumbered problems start rows in a
    // dimension that numbers none, while a numbered dimension's unnumbered fragment goes on.
    void numberingJudgedPerDimension()
    {
        const QString text = QStringLiteral(
            "PROBLEMA\tOBJETIVO\tMETA\n"
            "DIMENSIÓN SOCIAL\t\t\n"
            "Servicios básicos insuficientes\tMejorar los servicios.\tServicios al 70%.\n"
            "Baja calidad educativa\tMejorar las escuelas.\tDiez escuelas.\n"
            "DIMENSIÓN ECONÓMICA\t\t\n"
            "1. Bajo nivel de vida por la baja\tFerias.\tDoce ferias.\n"
            "Producción agraria\t\t\n"
            "2. Poco empleo\tTalleres.\tCien jóvenes.\n"
            "3. Caminos malos\tMantenerlos.\tVeinte kilómetros.\n");
        const auto result = TablePlanBuilder::build(TextLayoutParser::parse(text, QStringLiteral("plan.txt")));
        QCOMPARE(result.dimensions.size(), 2);
        QCOMPARE(result.dimensions[0].rows.size(), 2);
        QCOMPARE(itemTexts(result.dimensions[0].rows[1].items(ItemKind::Problem)), QStringList{QStringLiteral("Baja calidad educativa")});
        QCOMPARE(result.dimensions[1].rows.size(), 3);
        QCOMPARE(itemTexts(result.dimensions[1].rows[0].items(ItemKind::Problem)),
                 QStringList{QStringLiteral("Bajo nivel de vida por la baja Producción agraria")});
    }

    void unnumberedProblemsStartRows()
    {
        // Problems without markers: a filled problem cell is a new row; an empty one continues.
        const QString text = QStringLiteral(
            "PROBLEMA IDENTIFICADO\tOBJETIVO ESTRATÉGICO\tMETA\n"
            "DIMENSIÓN AMBIENTAL\t\t\n"
            "Ríos contaminados.\t<p>Limpiar los ríos.</p>\t<p>Ríos limpios al 2030 en la</p>\n"
            "\t<p>Sancionar a quien contamina.</p>\t<p>cuenca alta.</p>\n"
            "Bosques talados.\tReforestar.\tMil hectáreas.\n");
        const auto result = TablePlanBuilder::build(TextLayoutParser::parse(text, QStringLiteral("plan.txt")));
        QCOMPARE(result.dimensions.size(), 1);
        const QList<Row> &rows = result.dimensions[0].rows;
        QCOMPARE(rows.size(), 2);
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Objective)),
                 (QStringList{QStringLiteral("Limpiar los ríos."), QStringLiteral("Sancionar a quien contamina.")}));
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Target)), QStringList{QStringLiteral("Ríos limpios al 2030 en la cuenca alta.")});
        QCOMPARE(itemTexts(rows[1].items(ItemKind::Problem)), QStringList{QStringLiteral("Bosques talados.")});
    }

    void unnumberedProblemCutByAPageBreak()
    {
        // The problem column has no markers, but the cut shows: the problem is unfinished and the
        // numbered objective and meta cells go on without markers.
        const QString text = QStringLiteral(
            "PROBLEMA\tOBJETIVO\tMETA\n"
            "DIMENSIÓN ECONÓMICA\t\t\n"
            "Baja productividad del\t1. Asistencia técnica para\t1. Mil productores\n"
            "Valle del Mantaro\tlos productores. 2. Crédito.\tcapacitados.\n"
            "Caminos rurales rotos.\t1. Asfaltar.\t1. Cien kilómetros.\n");
        const auto result = TablePlanBuilder::build(TextLayoutParser::parse(text, QStringLiteral("plan.txt")));
        const QList<Row> &rows = result.dimensions[0].rows;
        QCOMPARE(rows.size(), 2);
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Problem)), QStringList{QStringLiteral("Baja productividad del Valle del Mantaro")});
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Objective)),
                 (QStringList{QStringLiteral("Asistencia técnica para los productores."), QStringLiteral("Crédito.")}));
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Target)), QStringList{QStringLiteral("Mil productores capacitados.")});
        QCOMPARE(itemTexts(rows[1].items(ItemKind::Problem)), QStringList{QStringLiteral("Caminos rurales rotos.")});
    }

    void numberColumnAndIndicators()
    {
        const QString text = QStringLiteral(
            "1. DIMENSIÓN ECONÓMICA\n"
            "Nº\tPROBLEMA IDENTIFICADO\tOBJETIVO ESTRATÉGICO\tINDICADOR\tMETA (2027-2030)\n"
            "1\tPOCO TURISMO.\tPROMOVER RUTAS.\tVISITANTES\t10% MÁS VISITANTES\n"
            "2\tMERCADOS INFORMALES.\tFORMALIZAR.\tLICENCIAS\t200 LICENCIAS\n");
        const auto result = TablePlanBuilder::build(TextLayoutParser::parse(text, QStringLiteral("plan.txt")));
        QCOMPARE(result.dimensions.size(), 1);
        QCOMPARE(result.dimensions[0].name, QStringLiteral("Económica"));
        QCOMPARE(result.dimensions[0].rows.size(), 2);
        QCOMPARE(itemTexts(result.dimensions[0].rows[1].items(ItemKind::Indicator)), QStringList{QStringLiteral("LICENCIAS")});
        QCOMPARE(itemTexts(result.dimensions[0].rows[1].items(ItemKind::Target)), QStringList{QStringLiteral("200 LICENCIAS")});
        QCOMPARE(result.mergedRows, 0);
    }

    void markdownContinuationAndRepeatedHeader()
    {
        const QString text = QStringLiteral(
            "**DIMENSIÓN SOCIAL**\n"
            "|PROBLEMAS<br>IDENTIFICADOS|OBJETIVOS|INDICADORES|METAS|\n"
            "|---|---|---|---|\n"
            "|**Anemia**<br>**infantil**|Daremos hierro a<br>los niños|Tasa de<br>anemia|Anemia a la<br>mitad.|\n"
            "|PROBLEMAS<br>IDENTIFICADOS|OBJETIVOS|INDICADORES|METAS|\n"
            "|---|---|---|---|\n"
            "||menores de tres años.||Cero anemia<br>en Puno.|\n"
            "|**Colegios**<br>**sin**|Repararemos los|Aulas sin|Mil aulas|\n"
            "|**agua potable**|colegios rurales.|agua.|reparadas.|\n");
        const auto result = TablePlanBuilder::build(MarkdownLayoutParser::parse(text, QStringLiteral("plan.md")));
        QCOMPARE(result.dimensions.size(), 1);
        const QList<Row> &rows = result.dimensions[0].rows;
        QCOMPARE(rows.size(), 2);
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Problem)), QStringList{QStringLiteral("Anemia infantil")});
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Objective)), QStringList{QStringLiteral("Daremos hierro a los niños menores de tres años.")});
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Target)), QStringList{QStringLiteral("Anemia a la mitad. Cero anemia en Puno.")});
        QCOMPARE(itemTexts(rows[1].items(ItemKind::Problem)), QStringList{QStringLiteral("Colegios sin agua potable")});
        QCOMPARE(itemTexts(rows[1].items(ItemKind::Target)), QStringList{QStringLiteral("Mil aulas reparadas.")});
    }

    void repeatedSpanningCellsFormOneRow()
    {
        const QString text = QStringLiteral(
            "**DIMENSIÓN SOCIAL**\n"
            "|PROBLEMA|OBJETIVO|INDICADORES|METAS|\n|---|---|---|---|\n"
            "|1. Poca agua|1. Más pozos|1.1. Pozos operativos|1.1. 40|\n"
            "|1. Poca agua|1. Más pozos|1.2. Familias servidas|1.2. 9000|\n"
            "|2. Poca luz|2. Paneles|2.1. Paneles puestos|2.1. 300|\n");
        const auto result = TablePlanBuilder::build(MarkdownLayoutParser::parse(text, QStringLiteral("plan.md")));
        const QList<Row> &rows = result.dimensions[0].rows;
        QCOMPARE(rows.size(), 2);
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Objective)), QStringList{QStringLiteral("Más pozos")});
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Indicator)),
                 (QStringList{QStringLiteral("Pozos operativos"), QStringLiteral("Familias servidas")}));
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Target)), (QStringList{QStringLiteral("40"), QStringLiteral("9000")}));
        QCOMPARE(result.mergedRows, 0);
    }

    void pdfStyleCellsWithColumnsAndSpanningHeadings()
    {
        // What the PDF reader produces: cells carry their column, several printed lines each,
        // headings span the table.
        auto cell = [](int column, const QStringList &lines, int page) {
            LayoutCell result;
            result.column = column;
            for (const QString &text : lines) {
                LayoutLine line;
                line.text = text;
                line.page = page;
                line.box = QRectF(10 + 100 * column, 10, 90, 10);
                result.lines << line;
            }
            return result;
        };
        LayoutDocument document;
        LayoutRow header;
        header.isTableRow = true;
        header.cells << cell(0, {QStringLiteral("PROBLEMA")}, 1) << cell(1, {QStringLiteral("OBJETIVO")}, 1)
                     << cell(2, {QStringLiteral("META")}, 1);
        LayoutRow heading;
        heading.isTableRow = true;
        LayoutCell spanning = cell(0, {QStringLiteral("DIMENSIÓN INSTITUCIONAL")}, 1);
        spanning.spansTable = true;
        heading.cells << spanning;
        LayoutRow data;
        data.isTableRow = true;
        data.cells << cell(0, {QStringLiteral("1. Trámites lentos")}, 1)
                   << cell(1, {QStringLiteral("1. Digitalizar los"), QStringLiteral("trámites."), QStringLiteral("• Ventanilla única")}, 1)
                   << cell(2, {QStringLiteral("1. Un día por trámite.")}, 1);
        document.rows << header << heading << data;
        const auto result = TablePlanBuilder::build(document);
        QCOMPARE(result.dimensions.size(), 1);
        QCOMPARE(result.dimensions[0].name, QStringLiteral("Institucional"));
        const Row &row = result.dimensions[0].rows.first();
        QCOMPARE(itemTexts(row.items(ItemKind::Objective)),
                 (QStringList{QStringLiteral("Digitalizar los trámites."), QStringLiteral("Ventanilla única")}));
        QCOMPARE(row.items(ItemKind::Objective).first().source.page, 1);
        QCOMPARE(row.items(ItemKind::Objective).first().source.boxes.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTablePlanBuilder)
#include "TestTablePlanBuilder.moc"
