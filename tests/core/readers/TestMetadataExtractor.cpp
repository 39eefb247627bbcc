#include "readers/MetadataExtractor.h"
#include "readers/PlanLayout.h"
#include "readers/TextLayoutParser.h"

#include <QTest>

using namespace vigia;

class TestMetadataExtractor : public QObject {
    Q_OBJECT

private:
    static PlanMetadata extract(const QString &text, const QString &layout = PlanLayout::table())
    {
        return MetadataExtractor::extract(TextLayoutParser::parse(text, QStringLiteral("plan.txt")), layout);
    }

private Q_SLOTS:
    void titleBlock()
    {
        const PlanMetadata metadata = extract(QStringLiteral(
            "MOVIMIENTO REGIONAL\nAGUA CLARA\n\nPLAN DE GOBIERNO MUNICIPAL\nDISTRITO DE SAN PEDRO\n(2027 – 2030)\n\n"
            "VISIÓN\n\n“Al 2030, San Pedro es un distrito limpio.\n\nCon servicios de calidad para todos.”\n\n"
            "(Tomado del Plan de Desarrollo Concertado 2013-2021 aprobado por ordenanza)\n\n"
            "DIMENSIÓN SOCIAL\n"));
        QCOMPARE(metadata.organization, QStringLiteral("MOVIMIENTO REGIONAL AGUA CLARA"));
        QCOMPARE(metadata.place, QStringLiteral("DISTRITO DE SAN PEDRO"));
        QCOMPARE(metadata.period, QStringLiteral("2027-2030"));
        QCOMPARE(metadata.vision, QStringLiteral("Al 2030, San Pedro es un distrito limpio. Con servicios de calidad para todos."));
        QVERIFY(metadata.electionType.isNull());
    }

    // A title that names the election ("PLAN DE GOBIERNO MUNICIPAL DISTRITAL …"); a bundle whose own
    // cover, later, names the organization over two lines.
    void electionInTheTitleAndALaterCover()
    {
        const PlanMetadata metadata = extract(QStringLiteral(
            "PLAN DE GOBIERNO MUNICIPAL PROVINCIAL DE LA PROVINCIA DE RÍO ALTO – SIERRA 2027 - 2030\n"
            "DIMENSIÓN SOCIAL\n"
            "PROBLEMA\tOBJETIVO\tMETA\n"
            "Anemia.\tReducirla.\tAl 20%.\n"
            "PLAN DE GOBIERNO\nMUNICIPAL DE RÍO ALTO 2027-2030\nMOVIMIENTO REGIONAL\nSIEMPRE UNIDOS\n"));
        QCOMPARE(metadata.electionType, QStringLiteral("MUNICIPAL PROVINCIAL"));
        QCOMPARE(metadata.organization, QStringLiteral("MOVIMIENTO REGIONAL SIEMPRE UNIDOS"));
    }

    // A table of contents lists "3.1 Visión" over "3.2 Misión": the vision is the one under the
    // heading in the body.
    void visionNotFromTheTableOfContents()
    {
        const PlanMetadata metadata = extract(QStringLiteral(
            "ÍNDICE\nIII. VISIÓN Y MISIÓN\n3.1 Visión\n3.2 Misión\nIV. PROPUESTAS\n\n"
            "III. VISIÓN Y MISIÓN\n3.1 VISIÓN\nSer un distrito ordenado y seguro al 2030, con servicios de calidad.\n"
            "3.2 MISIÓN\nServir a los vecinos.\nDIMENSIÓN SOCIAL\n"));
        QCOMPARE(metadata.vision, QStringLiteral("Ser un distrito ordenado y seguro al 2030, con servicios de calidad."));
    }

    // A statement quoted inside the paragraph leading into it is the vision alone, also when the
    // quote goes on into the next paragraph (a page break); a quoted paragraph of its own among
    // others is part of the vision, its quotes removed.
    void quotedVisions()
    {
        const PlanMetadata leadIn = extract(QStringLiteral(
            "V. VISIÓN DEL PLAN DE GOBIERNO\n\nCon cargo a construir una visión concertada, proponemos la siguiente visión. "
            "“El distrito de Santa Rosa cuenta con un gobierno local democrático y participativo, ha logrado\n\n"
            "una mejor calidad de vida para todos sus vecinos”.\n\nDIMENSIÓN SOCIAL\n"));
        QCOMPARE(leadIn.vision, QStringLiteral("El distrito de Santa Rosa cuenta con un gobierno local democrático y participativo, ha logrado "
                                               "una mejor calidad de vida para todos sus vecinos"));
        const PlanMetadata ownParagraph = extract(QStringLiteral(
            "1. VISIÓN:\n\nNuestro plan busca un distrito seguro.\n\nQueremos servicios eficientes.\n\n"
            "“SANTA ROSA ES UN DISTRITO DE CALIDAD, UN BUEN LUGAR PARA VIVIR, LIMPIO, SEGURO Y MODERNO”\n\n"
            "2. MISIÓN:\n\nServir.\n\nDIMENSIÓN SOCIAL\n"));
        QCOMPARE(ownParagraph.vision, QStringLiteral("Nuestro plan busca un distrito seguro. Queremos servicios eficientes. "
                                                     "SANTA ROSA ES UN DISTRITO DE CALIDAD, UN BUEN LUGAR PARA VIVIR, LIMPIO, SEGURO Y MODERNO"));
    }

    void municipalityGivesThePlace()
    {
        const PlanMetadata metadata = extract(QStringLiteral("MUNICIPALIDAD DISTRITAL DE RÍO ALTO\nPLAN DE GOBIERNO\nDIMENSIÓN SOCIAL\n"));
        QCOMPARE(metadata.place, QStringLiteral("RÍO ALTO"));
        QVERIFY(metadata.organization.isNull());
        QVERIFY(metadata.period.isNull());
        QVERIFY(metadata.vision.isNull());
    }

    void placeUnderTheOrganization()
    {
        const PlanMetadata metadata = extract(QStringLiteral(
            "FRENTE POPULAR DEL SUR\nCHUCUITO\nRESUMEN DEL PLAN DE GOBIERNO 2027-2030\n\nVisión\n\nUna provincia unida.\n\n"
            "PROBLEMA\tOBJETIVO\tMETA\n"));
        QCOMPARE(metadata.organization, QStringLiteral("FRENTE POPULAR DEL SUR"));
        QCOMPARE(metadata.place, QStringLiteral("CHUCUITO"));
        QCOMPARE(metadata.period, QStringLiteral("2027-2030"));
        QCOMPARE(metadata.vision, QStringLiteral("Una provincia unida."));
    }

    void labelledFieldsWin()
    {
        const PlanMetadata metadata = extract(
            QStringLiteral("Largo texto de la guía que menciona el Marco Macroeconómico Multianual 2022-2025 y otros documentos "
                           "de planificación que no son el periodo del plan de gobierno.\n"
                           "IV. VISIÓN DEL PLAN DE GOBIERNO\n\nEs el conjunto de ideas que la organización desea lograr.\n\n"
                           "Puno es una región próspera.\n\nV. PROPUESTAS\n"
                           "Nº\tPROBLEMA\tOBJETIVO\tINDICADOR\tMETA (2027-2030)\n"
                           "Organización Política: UNIDOS POR PUNO\n Tipo Elección: REGIONAL\n Lugar: PUNO\n"),
            PlanLayout::summaryTable());
        QCOMPARE(metadata.organization, QStringLiteral("UNIDOS POR PUNO"));
        QCOMPARE(metadata.electionType, QStringLiteral("REGIONAL"));
        QCOMPARE(metadata.place, QStringLiteral("PUNO"));
        QCOMPARE(metadata.period, QStringLiteral("2027-2030")); // from the table header, not the prose
        QCOMPARE(metadata.vision, QStringLiteral("Puno es una región próspera."));
    }

    void visionOnTheHeadingLineAndWordedPeriod()
    {
        const PlanMetadata metadata = extract(QStringLiteral(
            "PLAN DE GOBIERNO MUNICIPAL 2027 al 2030\n"
            "II. VISIÓN: ESTRATEGIA ............................................ 5\n"
            "Visión al 2030: “Ser el distrito más seguro y limpio de la región, con vecinos que participan.”\n"
            "DIMENSIÓN SOCIAL\n"));
        QCOMPARE(metadata.period, QStringLiteral("2027-2030"));
        QCOMPARE(metadata.vision, QStringLiteral("Ser el distrito más seguro y limpio de la región, con vecinos que participan."));
    }

    // The place phrase alone: no period after it, no larger territories; an organization label
    // with its name on the next line.
    void placePhraseAndOrganizationLabel()
    {
        PlanMetadata metadata = extract(QStringLiteral(
            "ORGANIZACIÓN POLÍTICA:\nFRENTE VECINAL RÍO CLARO\nPLAN DE GOBIERNO\n"
            "DISTRITO DE SAN PEDRO PROVINCIA DE LOS ANDES REGIÓN CUSCO\nDIMENSIÓN SOCIAL\n"));
        QCOMPARE(metadata.organization, QStringLiteral("FRENTE VECINAL RÍO CLARO"));
        QCOMPARE(metadata.place, QStringLiteral("DISTRITO DE SAN PEDRO"));
        metadata = extract(QStringLiteral("PLAN DE GOBIERNO\nDISTRITO DE LAGUNA AZUL 2019 - 2022\nDIMENSIÓN SOCIAL\n"));
        QCOMPARE(metadata.place, QStringLiteral("DISTRITO DE LAGUNA AZUL"));
        QCOMPARE(metadata.period, QStringLiteral("2019-2022"));
    }

    // The title names the place and the party: mixed case, a quoted slogan or a period after them.
    void titleNamesPlaceAndParty()
    {
        PlanMetadata metadata = extract(QStringLiteral("Plan de Gobierno de Villa Rica del Partido Verde 2027-2030\nDIMENSIÓN SOCIAL\n"));
        QCOMPARE(metadata.place, QStringLiteral("Villa Rica"));
        QCOMPARE(metadata.organization, QStringLiteral("Partido Verde"));
        QCOMPARE(metadata.period, QStringLiteral("2027-2030"));
        metadata = extract(QStringLiteral("PLAN DE GOBIERNO ALCALDÍA DE SAN JUAN 2019 – 2022\nPROVINCIA MODERNA E INTEGRADORA\nDIMENSIÓN SOCIAL\n"));
        QCOMPARE(metadata.place, QStringLiteral("SAN JUAN"));
        QVERIFY(metadata.organization.isNull());
        metadata = extract(QStringLiteral("PLAN DE GOBIERNO DE LAGUNAS “VAMOS JUNTOS” 2019 – 2022\nDIMENSIÓN SOCIAL\n"));
        QCOMPARE(metadata.place, QStringLiteral("LAGUNAS"));
        // A territory as printed wins over the municipality's name.
        metadata = extract(QStringLiteral("PLAN DE GOBIERNO\nMUNICIPALIDAD PROVINCIAL DE PISCO\nPROVINCIA DE PISCO\nDIMENSIÓN SOCIAL\n"));
        QCOMPARE(metadata.place, QStringLiteral("PROVINCIA DE PISCO"));
        QVERIFY(extract(QStringLiteral("PLAN DE GOBIERNO MUNICIPAL 2019-2022\nDIMENSIÓN SOCIAL\n")).place.isNull());
    }

    // A party printed as the running header of every page (PDF) is the plan's author.
    void runningHeaderNamesTheParty()
    {
        LayoutDocument document = TextLayoutParser::parse(QStringLiteral("PLAN DE GOBIERNO 2019-2022\nDIMENSIÓN SOCIAL\n"), QStringLiteral("plan.pdf"));
        document.runningLines = {QStringLiteral("PARTIDO DEMOCRÁTICO LA ESPERANZA"), QStringLiteral("Plan de gobierno municipal")};
        QCOMPARE(MetadataExtractor::extract(document, PlanLayout::narrative()).organization, QStringLiteral("PARTIDO DEMOCRÁTICO LA ESPERANZA"));
    }

    // The plan's vision heading wins over another vision quoted earlier; a statement quoted in the
    // paragraph that introduces it is the vision; "4.3 VISIÓN" is a heading.
    void planVisionWins()
    {
        PlanMetadata metadata = extract(QStringLiteral(
            "PLAN DE GOBIERNO\nPRINCIPIOS\nVisión\nEl distrito al 2021 es un distrito verde.\n"
            "V. VISION DEL PLAN DE GOBIERNO\nProponemos la siguiente visión de desarrollo. “El distrito cuenta con un gobierno "
            "local democrático, participativo y concertador, y ha logrado una mejor calidad de vida”.\nVI. PROPUESTAS\nDIMENSIÓN SOCIAL\n"),
            PlanLayout::narrative());
        QCOMPARE(metadata.vision, QStringLiteral("El distrito cuenta con un gobierno local democrático, participativo y concertador, y ha logrado una mejor calidad de vida"));
        metadata = extract(QStringLiteral("PLAN DE GOBIERNO\nDIMENSIÓN SOCIAL\n4.3 VISION\nSer la provincia más limpia del país.\n4.4 MISION\nServir.\n"),
                           PlanLayout::narrative());
        QCOMPARE(metadata.vision, QStringLiteral("Ser la provincia más limpia del país."));
    }

    void nothingStated()
    {
        const PlanMetadata metadata = extract(QStringLiteral("Plan de gobierno\nDIMENSIÓN SOCIAL\n"));
        QVERIFY(metadata.organization.isNull());
        QVERIFY(metadata.place.isNull());
        QVERIFY(metadata.period.isNull());
        QVERIFY(metadata.vision.isNull());
    }
};

QTEST_GUILESS_MAIN(TestMetadataExtractor)
#include "TestMetadataExtractor.moc"
