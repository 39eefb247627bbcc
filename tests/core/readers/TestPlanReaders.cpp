#include "readers/MarkdownPlanReader.h"
#include "readers/PlanFileReader.h"
#include "readers/PlanLayout.h"
#include "readers/TextPlanReader.h"

#include <QFile>
#include "ItemTexts.h"

#include <QTest>

using namespace vigia;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(VIGIA_READER_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

} // namespace

class TestPlanReaders : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inventedTablePlan()
    {
        const ReadResult result = TextPlanReader().read(fixture(QStringLiteral("invented_plan_table.txt")),
                                                        QStringLiteral("invented_plan_table.txt"), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Plan &plan = result.plan;
        QCOMPARE(plan.layout, PlanLayout::table());
        QCOMPARE(plan.metadata.organization, QStringLiteral("ALIANZA VECINAL RIO VERDE"));
        QCOMPARE(plan.metadata.place, QStringLiteral("SAN MARTIN DE LOS ANDES"));
        QCOMPARE(plan.metadata.period, QStringLiteral("2027-2030"));
        QVERIFY(plan.metadata.vision.startsWith(QStringLiteral("San Martín de los Andes es un distrito ordenado")));
        QCOMPARE(plan.dimensions.size(), 3);
        QCOMPARE(plan.dimensions[0].name, QStringLiteral("Social"));
        QCOMPARE(plan.dimensions[0].rows.size(), 2);
        // The top part of row 2 (objectives restarting at 1) joined the row whose problem follows.
        const Row &second = plan.dimensions[0].rows[1];
        QCOMPARE(itemTexts(second.items(ItemKind::Problem)), QStringList{QStringLiteral("Alta deserción escolar en secundaria")});
        QCOMPARE(itemTexts(second.items(ItemKind::Objective)),
                 (QStringList{QStringLiteral("Formar promotores de salud escolar en cada colegio."),
                              QStringLiteral("Otorgar becas de transporte.")}));
        QCOMPARE(itemTexts(second.items(ItemKind::Target)),
                 (QStringList{QStringLiteral("02 campañas anuales de vacunación escolar."), QStringLiteral("300 becas entregadas.")}));
        // Inline numbering, cut cells continued after the break, "Av." and "2027-2028" intact.
        const Row &economic = plan.dimensions[1].rows[0];
        QCOMPARE(itemTexts(economic.items(ItemKind::Problem)), QStringList{QStringLiteral("Comercio ambulatorio desordenado en la Av. Central.")});
        QCOMPARE(itemTexts(economic.items(ItemKind::Objective)),
                 (QStringList{QStringLiteral("Reubicar a los comerciantes."), QStringLiteral("Construir un mercado techado con servicios."),
                              QStringLiteral("Formalizar las licencias.")}));
        QCOMPARE(itemTexts(economic.items(ItemKind::Target)),
                 (QStringList{QStringLiteral("01 mercado zonal en funcionamiento."), QStringLiteral("100% de comerciantes empadronados."),
                              QStringLiteral("Licencias entregadas en 2027-2028.")}));
        const Row &environment = plan.dimensions[2].rows[0];
        QCOMPARE(itemTexts(environment.items(ItemKind::Objective)),
                 (QStringList{QStringLiteral("Recoger los residuos tres veces por semana."),
                              QStringLiteral("Sembrar árboles en la ribera socio-ambiental.")}));
        // Page furniture is not content.
        for (const Dimension &dimension : plan.dimensions) {
            for (const Row &row : dimension.rows) {
                for (const ItemKind kind : allItemKinds) {
                    for (const Item &item : row.items(kind)) {
                        QVERIFY(!item.text.contains(QStringLiteral("DECLARA")));
                        QVERIFY(item.source.line > 0);
                    }
                }
            }
        }
        QCOMPARE(result.warnings, QStringList{QStringLiteral("2 rows merged across a page break")});
    }

    // The 2026 party template: "Propuesta N:" cards with labelled fields under dimension
    // headings that carry a subtitle; lettered sub-headings group the cards.
    void inventedCardPlan()
    {
        const ReadResult result = TextPlanReader().read(fixture(QStringLiteral("invented_plan_cards.txt")),
                                                        QStringLiteral("invented_plan_cards.txt"), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Plan &plan = result.plan;
        QCOMPARE(plan.layout, PlanLayout::cards());
        QCOMPARE(plan.dimensions.size(), 2);
        QCOMPARE(plan.dimensions[0].name, QStringLiteral("Social"));
        QCOMPARE(plan.dimensions[1].name, QStringLiteral("Económica"));
        const QList<Row> &social = plan.dimensions[0].rows;
        QCOMPARE(social.size(), 3);
        QCOMPARE(itemTexts(social[0].items(ItemKind::Problem)),
                 QStringList{QStringLiteral("Las postas del distrito cierran a las cinco de la tarde; nuestro objetivo es atender a los vecinos que trabajan de día.")});
        QCOMPARE(itemTexts(social[0].items(ItemKind::Objective)),
                 (QStringList{QStringLiteral("Postas que abren de noche"),
                              QStringLiteral("Ampliar el horario de las postas hasta las once de la noche con dos turnos de personal.")}));
        // "Presupuesto:" is no item.
        QCOMPARE(itemTexts(social[0].items(ItemKind::Target)), QStringList{QStringLiteral("Atender 12 000 consultas nocturnas al año.")});
        QCOMPARE(itemTexts(social[1].items(ItemKind::Indicator)), QStringList{QStringLiteral("Porcentaje de niños con anemia.")});
        // A meta given as a list: one item per entry; the sub-heading after it is no item.
        QCOMPARE(itemTexts(social[1].items(ItemKind::Target)),
                 (QStringList{QStringLiteral("Reducir la anemia infantil al 15%."), QStringLiteral("Tamizar al 90% de los niños cada semestre.")}));
        QCOMPARE(itemTexts(social[2].items(ItemKind::Target)), QStringList{QStringLiteral("Agua continua para 4 000 familias.")});
        QCOMPARE(plan.dimensions[1].rows.size(), 1);
        QCOMPARE(itemTexts(plan.dimensions[1].rows[0].items(ItemKind::Target)),
                 QStringList{QStringLiteral("Liberar 100% de las vías ocupadas.")});
    }

    // Coded proposals ("DS1: …", wrapped over two lines) each with numbered labelled blocks
    // ("1. Propuesta de Acción:", "2. Objetivo a Lograr", "4. Hechos: …"), bullets in a Symbol font
    // glyph: one row per proposal; blocks without a field of the plan are no items (RULES v2).
    void inventedCodedProposalPlan()
    {
        const ReadResult result = TextPlanReader().read(fixture(QStringLiteral("invented_plan_coded_blocks.txt")),
                                                        QStringLiteral("invented_plan_coded_blocks.txt"), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Plan &plan = result.plan;
        QCOMPARE(plan.layout, PlanLayout::cards());
        QCOMPARE(plan.dimensions.size(), 2);
        QCOMPARE(plan.dimensions[0].name, QStringLiteral("Social"));
        const QList<Row> &social = plan.dimensions[0].rows;
        QCOMPARE(social.size(), 2);
        QCOMPARE(itemTexts(social[0].items(ItemKind::Objective)),
                 (QStringList{QStringLiteral("Acercar la atención de salud a los caseríos altos del distrito mediante postas móviles y promotores comunales"),
                              QStringLiteral("Recorrido semanal de una posta móvil por los caseríos altos."),
                              QStringLiteral("Formación de promotores de salud en cada caserío."),
                              QStringLiteral("Reducir el tiempo de viaje hasta la atención de salud."),
                              QStringLiteral("Convenio con la red de salud de la provincia.")}));
        QCOMPARE(itemTexts(social[0].items(ItemKind::Target)), QStringList{QStringLiteral("Atender 6 000 consultas en los caseríos altos al 2030.")});
        // "Hechos", "Potencialidad" and "Lineamientos" are no items.
        QCOMPARE(itemTexts(social[0].items(ItemKind::Problem)), QStringList{QStringLiteral("Falta de atención de salud en los caseríos altos.")});
        // A field's first line is an item of its own, even after an unfinished one; paragraphs
        // in a field are items.
        QCOMPARE(itemTexts(social[1].items(ItemKind::Objective)),
                 (QStringList{QStringLiteral("Garantizar agua segura en todas las escuelas"), QStringLiteral("Instalación de filtros de agua en las escuelas"),
                              QStringLiteral("Reducir las enfermedades diarreicas en los escolares.")}));
        QCOMPARE(itemTexts(social[1].items(ItemKind::Target)),
                 (QStringList{QStringLiteral("Filtros instalados en el 100% de las escuelas al 2028."), QStringLiteral("Cero casos de cólera en las escuelas al 2030.")}));
        QCOMPARE(plan.dimensions[1].name, QStringLiteral("Económica"));
        QCOMPARE(plan.dimensions[1].rows.size(), 1);
        // The follow-up section after the last dimension is no item.
        QCOMPARE(itemTexts(plan.dimensions[1].rows[0].items(ItemKind::Target)), QStringList{QStringLiteral("Cero ambulantes en la plaza al 2029.")});
    }

    // No dimension headings at all: the plan's own numbered sections serve as its dimensions
    // (RULES v2), and the import says the plan needs review.
    void inventedPlanWithoutDimensionHeadings()
    {
        const ReadResult result = TextPlanReader().read(fixture(QStringLiteral("invented_plan_sections.txt")),
                                                        QStringLiteral("invented_plan_sections.txt"), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Plan &plan = result.plan;
        QCOMPARE(plan.layout, PlanLayout::sections());
        QVERIFY2(result.warnings.join(u' ').contains(QStringLiteral("needs review")), qPrintable(result.warnings.join(u'|')));
        // "PRESENTACIÓN" holds prose only, and "PRINCIPIOS Y VALORES" speaks of the party, not of
        // proposals: no dimension.
        QCOMPARE(plan.dimensions.size(), 2);
        QCOMPARE(plan.dimensions[0].name, QStringLiteral("Caminos y Transporte"));
        QCOMPARE(plan.dimensions[1].name, QStringLiteral("Agua y Saneamiento"));
        const QList<Row> &roads = plan.dimensions[0].rows;
        QCOMPARE(roads.size(), 2);
        QCOMPARE(itemTexts(roads[0].items(ItemKind::Objective)),
                 QStringList{QStringLiteral("Asfaltaremos la carretera que une la capital con los caseríos del norte, con cunetas y señalización.")});
        QCOMPARE(itemTexts(roads[1].items(ItemKind::Target)),
                 (QStringList{QStringLiteral("Dos buses para los caseríos del norte."), QStringLiteral("Un bus para la zona de la laguna.")}));
        const QList<Row> &water = plan.dimensions[1].rows;
        QCOMPARE(water.size(), 1);
        QCOMPARE(itemTexts(water[0].items(ItemKind::Objective)), QStringList{QStringLiteral("AGUA SEGURA PARA TODOS.-")});
        QCOMPARE(itemTexts(water[0].items(ItemKind::Target)),
                 (QStringList{QStringLiteral("Construir un reservorio de 500 m3 en la parte alta."),
                              QStringLiteral("Clorar el agua de las juntas administradoras cada semana.")}));
    }

    // Numbered sub-topics in capitals with labelled blocks ("Objetivo", "Estrategia.", "Metas"),
    // bullets printed as Symbol-font glyphs and run together in one PDF paragraph.
    void narrativeSubTopicsWithLabelledBlocks()
    {
        const QByteArray text = QStringLiteral(
            "PLAN DE GOBIERNO\n15.1 DIMENSIÓN SOCIAL\n6.1.1 EDUCACIÓN\n\uF0B7 Construir aulas en los caseríos.\n"
            "\uF0B7 Becas para los mejores alumnos.\nObjetivo\nMejorar la calidad de la educación.\nEstrategia.\n"
            "\uF0B7 Capacitar a los docentes. \uF0B7 Equipar los laboratorios\nde ciencias.\nMetas\n"
            "\uF0B7 Diez aulas construidas al 2022.\n6.1.2 SALUD PÚBLICA.\n\uF0B7 Una posta nueva.\n").toUtf8();
        const ReadResult result = TextPlanReader().read(text, QStringLiteral("blocks.txt"), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.plan.layout, PlanLayout::narrative());
        QCOMPARE(result.plan.dimensions.size(), 1);
        const QList<Row> &rows = result.plan.dimensions[0].rows;
        QCOMPARE(rows.size(), 2);
        // Once a row has labelled blocks, the list it began with is its proposals.
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Objective)),
                 (QStringList{QStringLiteral("EDUCACIÓN"), QStringLiteral("Construir aulas en los caseríos."),
                              QStringLiteral("Becas para los mejores alumnos."), QStringLiteral("Mejorar la calidad de la educación."),
                              QStringLiteral("Capacitar a los docentes."), QStringLiteral("Equipar los laboratorios de ciencias.")}));
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Target)), QStringList{QStringLiteral("Diez aulas construidas al 2022.")});
        // Without labelled blocks, a heading's bullets stay its metas. A short sub-topic heading
        // may end with a period; it still opens a row.
        QCOMPARE(itemTexts(rows[1].items(ItemKind::Objective)), QStringList{QStringLiteral("SALUD PÚBLICA.")});
        QCOMPARE(itemTexts(rows[1].items(ItemKind::Target)), QStringList{QStringLiteral("Una posta nueva.")});
    }

    // A plan written field by field: all problems by dimension, then all objectives, then all
    // metas; each dimension is one row holding its items of every field.
    void planWrittenFieldByField()
    {
        const QByteArray text = QStringLiteral(
            "I .- PROBLEMAS IDENTIFICADOS POR DIMENSIONES\n1. DIMENSIÓN SOCIAL\n1.1 Salud y Educación\n"
            "Los vecinos esperan horas en la posta.\na) Falta de médicos\nb) Aulas en mal estado\n"
            "2.- DIMENSION ECONOMICA\na) Caminos rurales intransitables\n"
            "II.- OBJETIVOS ESTRATÉGICOS (SOLUCIÓN AL PROBLEMA)\n2.1 DIMENSIÓN SOCIAL:\n"
            "a) Mejorar la atención de salud en los\ncaseríos.\n2.2 DIMENSIÓN ECONÓMICA:\na) Mejorar los caminos rurales.\n"
            "III METAS (PROPUESTAS) POR DIMENSIONES\n3.1 DIMENSIÓN SOCIAL\na) Dos médicos más al 2022.\n"
            "IV. FINANCIAMIENTO\na) Canon minero.\n").toUtf8();
        const ReadResult result = TextPlanReader().read(text, QStringLiteral("fields.txt"), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.plan.dimensions.size(), 2);
        const Dimension &social = result.plan.dimensions[0];
        QCOMPARE(social.name, QStringLiteral("Social"));
        QCOMPARE(social.rows.size(), 1);
        QCOMPARE(itemTexts(social.rows[0].items(ItemKind::Problem)),
                 (QStringList{QStringLiteral("Falta de médicos"), QStringLiteral("Aulas en mal estado")}));
        QCOMPARE(itemTexts(social.rows[0].items(ItemKind::Objective)),
                 QStringList{QStringLiteral("Mejorar la atención de salud en los caseríos.")});
        QCOMPARE(itemTexts(social.rows[0].items(ItemKind::Target)), QStringList{QStringLiteral("Dos médicos más al 2022.")});
        const Dimension &economic = result.plan.dimensions[1];
        QCOMPARE(economic.rows.size(), 1);
        QCOMPARE(itemTexts(economic.rows[0].items(ItemKind::Problem)), QStringList{QStringLiteral("Caminos rurales intransitables")});
        QCOMPARE(itemTexts(economic.rows[0].items(ItemKind::Objective)), QStringList{QStringLiteral("Mejorar los caminos rurales.")});
        // "IV. FINANCIAMIENTO" ends the field sections: its list is no item.
        QVERIFY(economic.rows[0].items(ItemKind::Target).isEmpty());
    }

    void inventedNarrativePlan()
    {
        const ReadResult result = TextPlanReader().read(fixture(QStringLiteral("invented_plan_narrative.txt")),
                                                        QStringLiteral("invented_plan_narrative.txt"), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Plan &plan = result.plan;
        QCOMPARE(plan.layout, PlanLayout::narrative());
        QCOMPARE(plan.metadata.organization, QStringLiteral("MOVIMIENTO REGIONAL TIERRA FIRME"));
        QCOMPARE(plan.metadata.place, QStringLiteral("PROVINCIA DE LAGOS ALTOS"));
        QCOMPARE(plan.metadata.period, QStringLiteral("2027-2030"));
        QCOMPARE(plan.dimensions.size(), 2);
        const QList<Row> &social = plan.dimensions[0].rows;
        QCOMPARE(social.size(), 4);
        // A capitals heading that introduces bullets is a row; the introduction is not an item.
        QCOMPARE(itemTexts(social[0].items(ItemKind::Objective)), QStringList{QStringLiteral("SALUD PARA TODOS.")});
        QCOMPARE(itemTexts(social[0].items(ItemKind::Target)),
                 (QStringList{QStringLiteral("Construir dos postas médicas en las comunidades alejadas de la capital."),
                              QStringLiteral("Contratar médicos de familia.")}));
        QCOMPARE(itemTexts(social[1].items(ItemKind::Target)), QStringList{QStringLiteral("Refaccionar el estadio municipal.")});
        QVERIFY(social[2].items(ItemKind::Target).isEmpty());
        QCOMPARE(itemTexts(social[3].items(ItemKind::Target)),
                 QStringList{QStringLiteral("Se implementará una ruta de buses escolares gratuitos para las zonas rurales.")});
        const QList<Row> &economic = plan.dimensions[1].rows;
        QCOMPARE(economic.size(), 3); // "APOYO AL PRODUCTOR" groups proposals: not a row
        QCOMPARE(itemTexts(economic[1].items(ItemKind::Objective)), QStringList{QStringLiteral("Fondo de garantía para pequeños agricultores:")});
        QCOMPARE(economic[1].items(ItemKind::Target).size(), 2);
        QCOMPARE(itemTexts(economic[2].items(ItemKind::Objective)), QStringList{QStringLiteral("Mejorar los caminos vecinales.")});
    }

    // A narrative plan with an outline section of objectives, then titled objectives ("Objetivo 1:")
    // with labelled, coded metas ("Meta 1A:", "Meta : 2A") and the numbered list measuring them:
    // each titled objective is a row; the list is its indicators; sector labels and fields that are
    // no items are left out.
    void inventedObjectiveBlocks()
    {
        const ReadResult result = TextPlanReader().read(fixture(QStringLiteral("invented_plan_objective_blocks.txt")),
                                                        QStringLiteral("invented_plan_objective_blocks.txt"), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Plan &plan = result.plan;
        QCOMPARE(plan.layout, PlanLayout::narrative());
        QCOMPARE(plan.metadata.place, QStringLiteral("PROVINCIA DE RÍO VERDE"));
        QCOMPARE(plan.dimensions.size(), 1);
        const QList<Row> &social = plan.dimensions[0].rows;
        QCOMPARE(social.size(), 3);
        QCOMPARE(itemTexts(social[0].items(ItemKind::Objective)),
                 (QStringList{QStringLiteral("Ampliar la cobertura del agua potable en los caseríos."), QStringLiteral("Construir un centro de salud en la capital.")}));
        QCOMPARE(itemTexts(social[1].items(ItemKind::Objective)), QStringList{QStringLiteral("Reducir la anemia infantil")});
        QCOMPARE(itemTexts(social[1].items(ItemKind::Target)),
                 QStringList{QStringLiteral("Reducir a 15%, entre 2027 y 2030, la anemia en niños menores de tres años")});
        QCOMPARE(itemTexts(social[1].items(ItemKind::Indicator)),
                 (QStringList{QStringLiteral("Proporción de niños con hemoglobina normal"), QStringLiteral("Número de visitas domiciliarias al año")}));
        QCOMPARE(itemTexts(social[2].items(ItemKind::Objective)), QStringList{QStringLiteral("Garantizar agua segura")});
        QCOMPARE(itemTexts(social[2].items(ItemKind::Target)), QStringList{QStringLiteral("Clorar el 100% de los sistemas de agua al 2028.")});
        QVERIFY(social[2].items(ItemKind::Indicator).isEmpty());
    }

    void inventedMarkdownPlan()
    {
        const ReadResult result = MarkdownPlanReader().read(fixture(QStringLiteral("invented_plan.md")),
                                                            QStringLiteral("invented_plan.md"), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Plan &plan = result.plan;
        QCOMPARE(plan.layout, PlanLayout::markdownTable());
        QCOMPARE(plan.metadata.period, QStringLiteral("2031-2036"));
        QCOMPARE(plan.metadata.vision, QStringLiteral("Un país con instituciones sólidas y ciudadanos que confían en su Estado."));
        QCOMPARE(plan.dimensions.size(), 2);
        const QList<Row> &rows = plan.dimensions[0].rows;
        QCOMPARE(rows.size(), 3); // "Áreas Protegidas" alone is a heading inside the table
        QCOMPARE(itemTexts(rows[1].items(ItemKind::Objective)),
                 QStringList{QStringLiteral("Fiscalizaremos a las empresas mineras con auditorías independientes.")});
        QCOMPARE(itemTexts(rows[2].items(ItemKind::Problem)), QStringList{QStringLiteral("Tala ilegal")});
        QCOMPARE(itemTexts(rows[2].items(ItemKind::Objective)),
                 (QStringList{QStringLiteral("Crearemos guardaparques."), QStringLiteral("Usaremos drones.")}));
        QCOMPARE(rows[2].items(ItemKind::Objective).first().source.line, 24);
    }

    void inventedOutlinePlan()
    {
        const QByteArray text = QStringLiteral(
            "PLAN DE GOBIERNO\n\nDIMENSIÓN AMBIENTAL\n\n1. PROBLEMA IDENTIFICADO\n - 1.1 Lagunas secas\n"
            " - 1.2 Basura en las calles\n2. OBJETIVO ESTRATÉGICO (solución)\n2.1 Reforestar las cabeceras de\nlas lagunas.\n"
            "3. META (valor)\n3.1 Diez lagunas recuperadas.\n\nDIMENSIÓN SOCIAL\n\n1. PROBLEMA IDENTIFICADO\n1.1 Anemia\n"
            "2. OBJETIVO ESTRATÉGICO\n2.1 Comedores escolares\n3. META\n3.1 Anemia a la mitad.\n\n"
            "III. SEGUIMIENTO DEL PLAN\n\n1.1 Esto ya no es parte del plan.\n").toUtf8();
        const ReadResult result = TextPlanReader().read(text, QStringLiteral("esquema.txt"), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.plan.layout, PlanLayout::outline());
        QCOMPARE(result.plan.dimensions.size(), 2);
        QCOMPARE(result.plan.dimensions[0].name, QStringLiteral("Ambiental"));
        QCOMPARE(result.plan.dimensions[0].rows.size(), 1); // one row per dimension
        const Row &row = result.plan.dimensions[0].rows[0];
        QCOMPARE(itemTexts(row.items(ItemKind::Problem)), (QStringList{QStringLiteral("Lagunas secas"), QStringLiteral("Basura en las calles")}));
        QCOMPARE(itemTexts(row.items(ItemKind::Objective)), QStringList{QStringLiteral("Reforestar las cabeceras de las lagunas.")});
        QCOMPARE(itemTexts(row.items(ItemKind::Target)), QStringList{QStringLiteral("Diez lagunas recuperadas.")});
        QCOMPARE(result.plan.dimensions[1].rows[0].itemCount(), 3);
    }

    void unnumberedOutlineSections()
    {
        const QByteArray text = QStringLiteral(
            "DIMENSIÓN INSTITUCIONAL\nPROBLEMAS\nTrámites lentos.\nPoca transparencia.\nOBJETIVOS\n• Ventanilla digital\n"
            "• Portal de datos abiertos\nMETAS\nTrámites en un día.\n").toUtf8();
        const ReadResult result = TextPlanReader().read(text, QStringLiteral("esquema.txt"), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.plan.layout, PlanLayout::outline());
        const Row &row = result.plan.dimensions[0].rows[0];
        QCOMPARE(itemTexts(row.items(ItemKind::Problem)), (QStringList{QStringLiteral("Trámites lentos."), QStringLiteral("Poca transparencia.")}));
        QCOMPARE(itemTexts(row.items(ItemKind::Objective)),
                 (QStringList{QStringLiteral("Ventanilla digital"), QStringLiteral("Portal de datos abiertos")}));
        QCOMPARE(itemTexts(row.items(ItemKind::Target)), QStringList{QStringLiteral("Trámites en un día.")});
    }

    void linearTableIsEstimatedWithAWarning()
    {
        // A table written out cell after cell by a text extraction: one short line per printed line.
        const QByteArray text = QStringLiteral(
            "DIMENSIÓN SOCIAL\nPROBLEMAS\nIDENTIFICADOS\nOBJETIVOS\nESTRATÉGICOS\nINDICADORES\nMETAS AL 2031\n\n\n"
            "Hospitales\nsaturados en\nlas ciudades\n\nConstruiremos\ndiez hospitales\nregionales.\n\n\nTiempo de\nespera.\n\n"
            "Esperas de\nmenos de un día.\n\n\n"
            "Caminos\nrurales rotos\nAsfaltaremos\nmil kilómetros.\n\nKilómetros\nasfaltados.\n\nMil kilómetros\nal 2031.\n").toUtf8();
        const ReadResult result = TextPlanReader().read(text, QStringLiteral("lineal.txt"), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.plan.layout, PlanLayout::linearTable());
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.first().contains(QStringLiteral("estimated")));
        QCOMPARE(result.plan.dimensions.size(), 1);
        const QList<Row> &rows = result.plan.dimensions[0].rows;
        QCOMPARE(rows.size(), 2);
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Problem)), QStringList{QStringLiteral("Hospitales saturados en las ciudades")});
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Objective)), QStringList{QStringLiteral("Construiremos diez hospitales regionales.")});
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Indicator)), QStringList{QStringLiteral("Tiempo de espera.")});
        QCOMPARE(itemTexts(rows[0].items(ItemKind::Target)), QStringList{QStringLiteral("Esperas de menos de un día.")});
        QCOMPARE(itemTexts(rows[1].items(ItemKind::Problem)), QStringList{QStringLiteral("Caminos rurales rotos")});
        QCOMPARE(itemTexts(rows[1].items(ItemKind::Objective)), QStringList{QStringLiteral("Asfaltaremos mil kilómetros.")});
        QCOMPARE(itemTexts(rows[1].items(ItemKind::Target)), QStringList{QStringLiteral("Mil kilómetros al 2031.")});
        QCOMPARE(rows[1].items(ItemKind::Problem).first().source.line, 26);
    }

    void encodings_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("utf-8") << QStringLiteral("utf-8");
        QTest::newRow("bom") << QStringLiteral("bom");
        QTest::newRow("crlf") << QStringLiteral("crlf");
        QTest::newRow("windows-1252") << QStringLiteral("windows-1252");
    }
    void encodings()
    {
        QFETCH(QString, variant);
        const QByteArray utf8 = fixture(QStringLiteral("invented_plan_table.txt"));
        QByteArray bytes = utf8;
        if (variant == u"bom")
            bytes.prepend("\xEF\xBB\xBF");
        else if (variant == u"crlf")
            bytes.replace("\n", "\r\n");
        else if (variant == u"windows-1252")
            bytes = QString::fromUtf8(utf8).toLatin1(); // the fixture only uses Latin-1 letters
        const ReadResult reference = TextPlanReader().read(utf8, QStringLiteral("plan.txt"), {});
        const ReadResult result = TextPlanReader().read(bytes, QStringLiteral("plan.txt"), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.plan.dimensions, reference.plan.dimensions);
        QCOMPARE(result.plan.metadata, reference.plan.metadata);
        const bool converted = result.warnings.contains(QStringLiteral("encoding converted from windows-1252"));
        QCOMPARE(converted, variant == u"windows-1252");
    }

    void notAPlan()
    {
        const ReadResult result = TextPlanReader().read(QByteArrayLiteral("Lista de compras\nPan, leche y huevos.\n"),
                                                        QStringLiteral("compras.txt"), {});
        QVERIFY(!result.ok());
        QCOMPARE(result.failure, ReadResult::Failure::NotAPlan);
        QCOMPARE(result.error, QStringLiteral("no plan structure found: no dimensions or proposal rows"));
    }

    void binaryIsRefused()
    {
        const ReadResult result = TextPlanReader().read(QByteArray("\x01\x02\x00\x03 binario", 12), QStringLiteral("x.txt"), {});
        QVERIFY(!result.ok());
        QCOMPARE(result.failure, ReadResult::Failure::Unreadable);
    }

    void defaultReadersPickByName()
    {
        const PlanFileReader reader;
        ReadResult result = reader.readData(fixture(QStringLiteral("invented_plan.md")), QStringLiteral("invented_plan.md"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.plan.layout, PlanLayout::markdownTable());
        QCOMPARE(result.plan.sourceFileName, QStringLiteral("invented_plan.md"));
        QCOMPARE(result.plan.sourceSha256.size(), 64);
        result = reader.readData(fixture(QStringLiteral("invented_plan_table.txt")), QStringLiteral("plan.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.plan.layout, PlanLayout::table());
        QVERIFY(!TextPlanReader().accepts(QStringLiteral("plan.pdf"), QByteArrayLiteral("%PDF-1.7")));
        QVERIFY(!TextPlanReader().accepts(QStringLiteral("plan"), QByteArrayLiteral("%PDF-1.7")));
        QVERIFY(TextPlanReader().accepts(QStringLiteral("plan"), QByteArrayLiteral("DIMENSIÓN SOCIAL")));
        QVERIFY(MarkdownPlanReader().accepts(QStringLiteral("PLAN.MD"), QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestPlanReaders)
#include "TestPlanReaders.moc"
