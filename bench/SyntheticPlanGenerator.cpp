#include "SyntheticPlanGenerator.h"

#include "json/PlanJson.h"
#include "readers/PlanLayout.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace vigia::bench {

using namespace Qt::Literals::StringLiterals;

namespace {

// Regions, provinces and districts of Peru as plans name them; plain lists, not sample content.
const QStringList regions{
    u"AMAZONAS"_s, u"ÁNCASH"_s, u"APURÍMAC"_s, u"AREQUIPA"_s, u"AYACUCHO"_s, u"CAJAMARCA"_s, u"CALLAO"_s,
    u"CUSCO"_s, u"HUANCAVELICA"_s, u"HUÁNUCO"_s, u"ICA"_s, u"JUNÍN"_s, u"LA LIBERTAD"_s, u"LAMBAYEQUE"_s,
    u"LIMA"_s, u"LORETO"_s, u"MADRE DE DIOS"_s, u"MOQUEGUA"_s, u"PASCO"_s, u"PIURA"_s, u"PUNO"_s,
    u"SAN MARTÍN"_s, u"TACNA"_s, u"TUMBES"_s, u"UCAYALI"_s};
const QStringList provinces{
    u"CHACHAPOYAS"_s, u"BAGUA"_s, u"HUARAZ"_s, u"SANTA"_s, u"HUARI"_s, u"ABANCAY"_s, u"ANDAHUAYLAS"_s,
    u"AREQUIPA"_s, u"CAMANÁ"_s, u"CAYLLOMA"_s, u"HUAMANGA"_s, u"HUANTA"_s, u"LUCANAS"_s, u"CAJAMARCA"_s,
    u"JAÉN"_s, u"CHOTA"_s, u"CUTERVO"_s, u"CUSCO"_s, u"LA CONVENCIÓN"_s, u"URUBAMBA"_s, u"CANCHIS"_s,
    u"HUANCAVELICA"_s, u"TAYACAJA"_s, u"HUÁNUCO"_s, u"LEONCIO PRADO"_s, u"ICA"_s, u"CHINCHA"_s, u"PISCO"_s,
    u"NASCA"_s, u"HUANCAYO"_s, u"JAUJA"_s, u"TARMA"_s, u"SATIPO"_s, u"CHANCHAMAYO"_s, u"TRUJILLO"_s,
    u"OTUZCO"_s, u"PACASMAYO"_s, u"SÁNCHEZ CARRIÓN"_s, u"CHICLAYO"_s, u"FERREÑAFE"_s, u"LAMBAYEQUE"_s,
    u"LIMA"_s, u"BARRANCA"_s, u"CAÑETE"_s, u"HUARAL"_s, u"HUAURA"_s, u"MAYNAS"_s, u"ALTO AMAZONAS"_s,
    u"TAMBOPATA"_s, u"MARISCAL NIETO"_s, u"ILO"_s, u"PASCO"_s, u"OXAPAMPA"_s, u"PIURA"_s, u"SULLANA"_s,
    u"TALARA"_s, u"PAITA"_s, u"PUNO"_s, u"SAN ROMÁN"_s, u"AZÁNGARO"_s, u"MOYOBAMBA"_s, u"SAN MARTÍN"_s,
    u"TACNA"_s, u"TUMBES"_s, u"CORONEL PORTILLO"_s, u"PADRE ABAD"_s};
const QStringList districts{
    u"INDEPENDENCIA"_s, u"COMAS"_s, u"LOS OLIVOS"_s, u"SAN MARTÍN DE PORRES"_s, u"CARABAYLLO"_s,
    u"PUENTE PIEDRA"_s, u"ATE"_s, u"SANTA ANITA"_s, u"EL AGUSTINO"_s, u"SAN JUAN DE LURIGANCHO"_s,
    u"VILLA EL SALVADOR"_s, u"VILLA MARÍA DEL TRIUNFO"_s, u"SAN JUAN DE MIRAFLORES"_s, u"CHORRILLOS"_s,
    u"SURQUILLO"_s, u"BREÑA"_s, u"RÍMAC"_s, u"LURÍN"_s, u"PACHACÁMAC"_s, u"CIENEGUILLA"_s, u"VENTANILLA"_s,
    u"LA PERLA"_s, u"BELLAVISTA"_s, u"CAYMA"_s, u"CERRO COLORADO"_s, u"PAUCARPATA"_s, u"SOCABAYA"_s,
    u"YANAHUARA"_s, u"EL TAMBO"_s, u"CHILCA"_s, u"CHUPACA"_s, u"WANCHAQ"_s, u"SANTIAGO"_s, u"SAN SEBASTIÁN"_s,
    u"SAN JERÓNIMO"_s, u"LA ESPERANZA"_s, u"EL PORVENIR"_s, u"VÍCTOR LARCO HERRERA"_s, u"FLORENCIA DE MORA"_s,
    u"JOSÉ LEONARDO ORTIZ"_s, u"LA VICTORIA"_s, u"PIMENTEL"_s, u"CASTILLA"_s, u"VEINTISÉIS DE OCTUBRE"_s,
    u"BELÉN"_s, u"PUNCHANA"_s, u"SAN JUAN BAUTISTA"_s, u"YARINACOCHA"_s, u"MANANTAY"_s, u"CIUDAD NUEVA"_s,
    u"GREGORIO ALBARRACÍN"_s, u"ALTO DE LA ALIANZA"_s, u"NUEVO CHIMBOTE"_s, u"INDEPENDENCIA"_s,
    u"HUANCHACO"_s, u"MOCHE"_s, u"SALAVERRY"_s, u"PARIÑAS"_s, u"CHULUCANAS"_s, u"JULIACA"_s, u"AYAVIRI"_s,
    u"QUILLABAMBA"_s, u"SICUANI"_s, u"PICHANAKI"_s, u"PERENÉ"_s, u"TINGO MARÍA"_s, u"AMARILIS"_s};

const QStringList organizationKinds{u"PARTIDO POLÍTICO"_s, u"PARTIDO DEMOCRÁTICO"_s, u"MOVIMIENTO REGIONAL"_s,
                                    u"MOVIMIENTO"_s, u"ALIANZA ELECTORAL"_s, u"ORGANIZACIÓN POLÍTICA"_s, u""_s};
const QStringList organizationWords{u"FUERZA"_s, u"UNIDAD"_s, u"PROGRESO"_s, u"DESARROLLO"_s,
                                    u"INTEGRACIÓN"_s, u"RENOVACIÓN"_s, u"ACCIÓN"_s, u"FRENTE"_s, u"JUNTOS"_s,
                                    u"SOMOS"_s, u"AVANZA"_s, u"PODEMOS"_s, u"NUEVO"_s, u"PATRIA"_s,
                                    u"TRABAJO"_s, u"ESPERANZA"_s, u"CAMBIO"_s, u"LIBERTAD"_s, u"JUSTICIA"_s,
                                    u"DEMOCRACIA"_s, u"SOLIDARIDAD"_s, u"VERDE"_s, u"POPULAR"_s, u"AGRO"_s};
const QStringList connectors{u"POR"_s, u"PARA"_s, u"CON"_s, u"DE"_s};

// Syllables of the local names (centros poblados, barrios, sectores) real plans mention: each plan
// gets a few of its own, so the index has the long tail of rare words a real library has.
const QStringList syllables{u"hua"_s, u"pa"_s, u"cha"_s, u"ca"_s, u"ma"_s, u"yo"_s, u"tam"_s, u"bo"_s, u"qui"_s,
                            u"llo"_s, u"pu"_s, u"ri"_s, u"co"_s, u"san"_s, u"ta"_s, u"ya"_s, u"cu"_s, u"lla"_s,
                            u"mar"_s, u"pam"_s, u"ra"_s, u"hui"_s, u"to"_s, u"ña"_s, u"can"_s, u"chi"_s};
const QStringList localPhrases{u"en el sector %1"_s, u"del centro poblado %1"_s, u"en el barrio %1"_s,
                               u"de la comunidad campesina de %1"_s, u"en el anexo %1"_s};

const QStringList periods{u"2011-2014"_s, u"2015-2018"_s, u"2019-2022"_s, u"2023-2026"_s, u"2027-2030"_s};
const QStringList extraDimensions{u"Urbana"_s, u"Territorial"_s, u"Cultural"_s, u"Seguridad Ciudadana"_s};

quint32 below(std::mt19937 &random, qsizetype bound)
{
    return bound <= 0 ? 0 : random() % static_cast<quint32>(bound);
}

const QString &pickFrom(const QStringList &choices, std::mt19937 &random)
{
    return choices.at(below(random, choices.size()));
}

bool chance(std::mt19937 &random, int percent)
{
    return static_cast<int>(random() % 100) < percent;
}

QString organizationName(std::mt19937 &random, const QString &place)
{
    QStringList words;
    const QString &kind = pickFrom(organizationKinds, random);
    if (!kind.isEmpty())
        words.append(kind);
    words.append(pickFrom(organizationWords, random));
    if (chance(random, 60)) {
        words.append(pickFrom(connectors, random));
        words.append(pickFrom(organizationWords, random));
    }
    if (chance(random, 25))
        words.append(place);
    return words.join(u' ');
}

QString localName(std::mt19937 &random)
{
    QString name;
    const int count = 2 + static_cast<int>(random() % 3);
    for (int index = 0; index < count; ++index)
        name += pickFrom(syllables, random);
    name[0] = name.at(0).toUpper();
    return name;
}

} // namespace

bool SyntheticPlanGenerator::learn(const QStringList &samplePaths, QString *error)
{
    for (const QString &path : samplePaths) {
        QFile file(path);
        Plan sample;
        QString reason;
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: cannot open (%2)").arg(path, file.errorString());
            return false;
        }
        if (!PlanJson::fromJson(file.readAll(), &sample, &reason)) {
            *error = QStringLiteral("%1: not plan JSON (%2)").arg(path, reason);
            return false;
        }
        if (sample.itemCount() == 0)
            continue;
        for (const Dimension &dimension : sample.dimensions) {
            for (const Row &row : dimension.rows) {
                for (ItemKind kind : allItemKinds) {
                    const auto kindIndex = static_cast<size_t>(kind);
                    for (const Item &item : row.items(kind)) {
                        m_chains[kindIndex].learn(item.text);
                        m_lengths[kindIndex].append(static_cast<int>(item.text.size()));
                    }
                }
            }
        }
        if (!sample.metadata.vision.isEmpty()) {
            m_visions.learn(sample.metadata.vision);
            m_visionLengths.append(static_cast<int>(sample.metadata.vision.size()));
        }
        m_samples.append(sample);
    }
    if (m_samples.isEmpty()) {
        *error = QStringLiteral("no sample plan with items among %1 file(s)").arg(samplePaths.size());
        return false;
    }
    return true;
}

QString SyntheticPlanGenerator::itemText(ItemKind kind, std::mt19937 &random) const
{
    const auto kindIndex = static_cast<size_t>(kind);
    // A kind no sample has (e.g. indicators) borrows the words of the objectives.
    const auto source = m_chains[kindIndex].isEmpty() ? static_cast<size_t>(ItemKind::Objective) : kindIndex;
    const QList<int> &lengths = m_lengths[source];
    const int length = lengths.isEmpty() ? 80 : lengths.at(below(random, lengths.size()));
    return m_chains[source].generate(random, length);
}

Plan SyntheticPlanGenerator::plan(quint32 seed, int index) const
{
    std::seed_seq sequence{seed, static_cast<quint32>(index)};
    std::mt19937 random(sequence);
    const Plan &shape = m_samples.at(below(random, m_samples.size()));

    Plan plan;
    // Where and who: a district, a province or a region, with the election that goes with it.
    const QString region = pickFrom(regions, random);
    switch (random() % 3) {
    case 0: {
        const QString district = pickFrom(districts, random);
        plan.metadata.place = chance(random, 50)
                                  ? QStringLiteral("%1 - %2 - %3").arg(region, pickFrom(provinces, random), district)
                                  : district;
        plan.metadata.electionType = QStringLiteral("MUNICIPAL DISTRITAL");
        break;
    }
    case 1:
        plan.metadata.place = QStringLiteral("PROVINCIA DE %1").arg(pickFrom(provinces, random));
        plan.metadata.electionType = QStringLiteral("MUNICIPAL PROVINCIAL");
        break;
    default:
        plan.metadata.place = QStringLiteral("REGIÓN %1").arg(region);
        plan.metadata.electionType = QStringLiteral("REGIONAL");
        break;
    }
    plan.metadata.organization = organizationName(random, region);
    plan.metadata.period = pickFrom(periods, random);
    // Like real documents, some leave things unstated.
    if (chance(random, 20))
        plan.metadata.electionType = QString();
    if (chance(random, 8))
        plan.metadata.organization = QString();
    if (chance(random, 8))
        plan.metadata.period = QString();
    if (!m_visionLengths.isEmpty() && chance(random, 80))
        plan.metadata.vision = m_visions.generate(random, m_visionLengths.at(below(random, m_visionLengths.size())));

    const QStringList layouts{PlanLayout::table(), PlanLayout::summaryTable(), PlanLayout::markdownTable(),
                              PlanLayout::linearTable(), PlanLayout::outline(), PlanLayout::narrative()};
    plan.layout = pickFrom(layouts, random);
    const bool paged = plan.layout != PlanLayout::markdownTable() && chance(random, 60);
    plan.sourceFileName = QStringLiteral("sintetico-%1-%2.%3")
                              .arg(seed)
                              .arg(index, 5, 10, QLatin1Char('0'))
                              .arg(paged ? QStringLiteral("pdf") : QStringLiteral("txt"));
    plan.sourceSha256 = QCryptographicHash::hash(QStringLiteral("vigia-synthetic-plan %1 %2").arg(seed).arg(index).toUtf8(),
                                                 QCryptographicHash::Sha256)
                            .toHex();

    QStringList localNames;
    for (int count = 0; count < 4; ++count)
        localNames.append(localName(random));

    // What: the sample's dimensions and row shapes, with between half and twice as many rows.
    const int scalePercent = 50 + static_cast<int>(random() % 151);
    int line = 1;
    int page = 1;
    QList<const Dimension *> dimensions;
    for (const Dimension &dimension : shape.dimensions)
        dimensions.append(&dimension);
    Dimension extra;
    if (chance(random, 15)) {
        extra.name = pickFrom(extraDimensions, random);
        extra.rows = shape.dimensions.constLast().rows;
        dimensions.append(&extra);
    }
    for (const Dimension *shapeDimension : dimensions) {
        if (shapeDimension->rows.isEmpty())
            continue;
        Dimension dimension;
        dimension.name = shapeDimension->name;
        const int rowCount = qMax(1, static_cast<int>(shapeDimension->rows.size()) * scalePercent / 100);
        for (int rowIndex = 0; rowIndex < rowCount; ++rowIndex) {
            const Row &shapeRow = shapeDimension->rows.at(below(random, shapeDimension->rows.size()));
            Row row;
            row.heading = shapeRow.heading;
            for (ItemKind kind : allItemKinds) {
                for (qsizetype itemIndex = 0; itemIndex < shapeRow.items(kind).size(); ++itemIndex) {
                    Item item;
                    item.text = itemText(kind, random);
                    if (chance(random, 8)) {
                        if (item.text.endsWith(u'.'))
                            item.text.chop(1);
                        item.text += u' ' + pickFrom(localPhrases, random).arg(pickFrom(localNames, random)) + u'.';
                    }
                    item.marker = shapeRow.items(kind).at(itemIndex).marker;
                    item.source.line = line;
                    line += 1 + static_cast<int>(item.text.size() / 90);
                    if (paged) {
                        item.source.page = page;
                        item.source.boxes = {QRectF(72.0, 60.0 + 12.0 * (line % 55), 450.0, 12.0 * (1 + item.text.size() / 90))};
                        if (line / 55 + 1 > page)
                            page = line / 55 + 1;
                    }
                    row.items(kind).append(item);
                }
            }
            if (!row.isEmpty())
                dimension.rows.append(row);
        }
        plan.dimensions.append(dimension);
    }
    return plan;
}

} // namespace vigia::bench
