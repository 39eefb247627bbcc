#include "MeasurabilityClassifier.h"

#include "text/TextNormalizer.h"

#include <QRegularExpression>
#include <QSet>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace vigia {

QString measurabilityId(Measurability level)
{
    switch (level) {
    case Measurability::Measurable:
        return QStringLiteral("measurable");
    case Measurability::PartlyMeasurable:
        return QStringLiteral("partly");
    case Measurability::NotMeasurable:
        return QStringLiteral("not");
    }
    return {};
}

std::optional<Measurability> measurabilityFromId(const QString &id)
{
    for (Measurability level : allMeasurabilities) {
        if (measurabilityId(level) == id)
            return level;
    }
    return std::nullopt;
}

namespace {

// Word lists are written as Snowball stems (TermAnalyzer terms), so every inflection matches; the
// patterns work on folded text (no accents, lower case). All of it is general municipal language.

// Clause 2/3: verbs whose result depends on others or is a matter of degree. With a named body or
// activity after them they are partly (clause 2); with nothing named they deliver nothing (clause 3).
const QSet<QString> &supportVerbs()
{
    static const QSet<QString> stems{
        QStringLiteral("apoy"),     QStringLiteral("fortalec"),  QStringLiteral("fortalecimient"),
        QStringLiteral("reforz"),   QStringLiteral("reforzamient"), QStringLiteral("gestion"),
        QStringLiteral("promov"),    QStringLiteral("promuev"),
        QStringLiteral("promocion"), QStringLiteral("impuls"),   QStringLiteral("foment"),
        QStringLiteral("optimiz"),  QStringLiteral("replant"),   QStringLiteral("replanteamient"),
        QStringLiteral("reestructur"), QStringLiteral("reestructuracion"), QStringLiteral("respald"),
    };
    return stems;
}

// Clause 3: a direction or a state with nothing delivered.
const QSet<QString> &directionWords()
{
    static const QSet<QString> stems{QStringLiteral("aument"), QStringLiteral("increment"), QStringLiteral("disminu"),
                                     QStringLiteral("disminucion"), QStringLiteral("reduccion"), QStringLiteral("reduc"),
                                     QStringLiteral("mejor"), QStringLiteral("consolid"), QStringLiteral("consolidacion"),
                                     QStringLiteral("erradic"), QStringLiteral("convert"), QStringLiteral("desarroll"),
                                     QStringLiteral("insercion"), QStringLiteral("revolucion")};
    return stems;
}

// Clause 2: concrete programmes, services, instruments and actions a person can point at.
const QSet<QString> &concreteThings()
{
    static const QSet<QString> stems{
        QStringLiteral("program"),  QStringLiteral("plan"),     QStringLiteral("proyect"),  QStringLiteral("conveni"),
        QStringLiteral("centr"),    QStringLiteral("comit"),    QStringLiteral("comites"),  QStringLiteral("limpiez"),
        QStringLiteral("sistem"),   QStringLiteral("oficin"),   QStringLiteral("portal"),   QStringLiteral("link"),
        QStringLiteral("servici"),  QStringLiteral("asesori"),  QStringLiteral("capacit"),  QStringLiteral("capacitacion"),
              QStringLiteral("zonif"),    QStringLiteral("zonificacion"),
        QStringLiteral("diagnost"), QStringLiteral("asamble"),  QStringLiteral("rut"),      QStringLiteral("parader"),
        QStringLiteral("licenci"),  QStringLiteral("recoleccion"), QStringLiteral("residu"), QStringLiteral("pagin"),
        QStringLiteral("rendicion"), QStringLiteral("auditori"), QStringLiteral("campañ"),  QStringLiteral("campan"),
        QStringLiteral("comedor"),  QStringLiteral("equip"),    QStringLiteral("material"), QStringLiteral("curs"),
        QStringLiteral("bec"),      QStringLiteral("asesor"),   QStringLiteral("campeonat"), QStringLiteral("consult"),
        QStringLiteral("cabild"),   QStringLiteral("monitore"), QStringLiteral("evaluacion"), QStringLiteral("reconoc"),
        QStringLiteral("premi"),        QStringLiteral("transport"), QStringLiteral("reubicacion"),
          QStringLiteral("document"), QStringLiteral("gerenci"),
        QStringLiteral("parqu"),    QStringLiteral("are"),      QStringLiteral("asociacion"), QStringLiteral("vigil"),
        QStringLiteral("clinic"),   QStringLiteral("escuel"),   QStringLiteral("albergu"),  QStringLiteral("centros"),
        QStringLiteral("fond"),     QStringLiteral("financi"),  QStringLiteral("elimin"),   QStringLiteral("dotacion"),
        QStringLiteral("exoner"),   QStringLiteral("amnist"),   QStringLiteral("complej"),  QStringLiteral("autoriz"),
    };
    return stems;
}

// Connectors that open a sentence without saying anything ("Asimismo, …").
const QSet<QString> &openingConnectors()
{
    static const QSet<QString> stems{QStringLiteral("asim"), QStringLiteral("ademas"), QStringLiteral("igual"),
                                     QStringLiteral("final"), QStringLiteral("lueg")};
    return stems;
}

bool intersects(const QStringList &terms, const QSet<QString> &set)
{
    for (const QString &term : terms) {
        if (set.contains(term))
            return true;
    }
    return false;
}

bool matches(const QString &folded, const QRegularExpression &pattern)
{
    return pattern.match(folded).hasMatch();
}

// Clause 1b: the set "todos/todas/cada" covers. Open-ended sets (organisations and institutions,
// sectors, households, the whole town) are clause 2; a singular "todo el / toda la" is the whole
// of one area, open-ended too.
bool coversBoundedSet(const QString &folded)
{
    static const QRegularExpression plural(QStringLiteral(
        "\\b(?:todos|todas)\\s+(?:los|las|sus)\\s+(\\w+)|\\bcada\\s+(\\w+)|\\ben\\s+(?:todos|todas)\\s+(?:los|las)\\s+(\\w+)"));
    static const QSet<QString> openEnded{
        QStringLiteral("organizaciones"), QStringLiteral("instituciones"), QStringLiteral("sectores"),
        QStringLiteral("hogares"), QStringLiteral("vecinos"), QStringLiteral("ciudadanos"), QStringLiteral("actores"),
        QStringLiteral("entidades"), QStringLiteral("acciones"), QStringLiteral("personas"), QStringLiteral("habitantes"),
        QStringLiteral("derechos"), QStringLiteral("que"), QStringLiteral("involucrados"), QStringLiteral("anos"),
    };
    QRegularExpressionMatchIterator it = plural.globalMatch(folded);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString noun;
        for (int group = 1; group <= 3 && noun.isEmpty(); ++group)
            noun = match.captured(group);
        if (!noun.isEmpty() && !openEnded.contains(noun))
            return true;
    }
    return false;
}

// Clause 1d: one identifiable artifact — a named plan, an ordinance, a convenio with a named
// institution, one building, facility, office or work, one digital system or link.
bool namesOneArtifact(const QString &sentence, const QString &folded)
{
    // A plan created, held or carried out: "Contar con un Plan…", "Elaboración de un Plan…",
    // "Plan de … implementado", "Se cuenta con el Plan…".
    static const QRegularExpression plan(QStringLiteral(
        "^(?:(?:se\\s+)?(?:cuenta|contara|contar|conto)\\s+con\\s+(?:un|el|una|la)?\\s*|(?:elaboracion|formulacion|aprobacion)"
        "(?:\\s+e\\s+implementacion)?\\s+(?:de|del)\\s+(?:un|el)?\\s*)?plan\\b"));
    if (matches(folded, plan))
        return true;
    // An ordinance issued: "Ordenanza …", "aprobación de una ordenanza".
    static const QRegularExpression ordinance(QStringLiteral("^(?:(?:aprobacion|emision)\\s+de\\s+(?:una|la)\\s+)?ordenanza\\b"));
    if (matches(folded, ordinance))
        return true;
    // A convenio with a named institution: an acronym in capitals or a ministry or national body.
    static const QRegularExpression convenio(QStringLiteral("\\b[Cc]onvenio\\s+con\\s+(?:el|la|los|las)?\\s*(?:[A-ZÁÉÍÓÚÑ]{2,}\\b|Ministerio|Polic[ií]a)"));
    if (convenio.match(sentence).hasMatch())
        return true;
    // One building, facility, office or work brought into being or held; one digital system.
    static const QRegularExpression facility(QStringLiteral(
        "^(?:(?:se\\s+)?(?:cuenta|contara|contar)\\s+con|creacion(?:\\s+e\\s+implementacion)?|crear|construccion|"
        "construir|ejecucion|implementar|implementacion|instalacion|instalar)\\s+(?:de\\s+|del\\s+)?(?:un|una|el|la)?\\s*"
        "(?:\\w+\\s+)?(?:parque|bypass|by\\s+pass|casa|albergue|oficina|hospital|centro|mercado|terminal|puente|coliseo|"
        "estadio|biblioteca|camal|portal|plataforma|aplicativo|curriculum|sistema\\s+(?:de\\s+(?:vigilancia|informacion|"
        "tramite)|informatico|digital|virtual))\\b"));
    if (matches(folded, facility))
        return true;
    // One digital system or link: "se incluirá un link", "un sistema de vigilancia", "… Digital".
    static const QRegularExpression digital(QStringLiteral("\\b(?:un|el)\\s+link\\b"));
    return matches(folded, digital);
}

// Clause 4: the words after "mediante", "a través de", "desde la creación de"…: a means, not the
// target; empty when the sentence gives none.
QString meansOf(const QString &folded)
{
    static const QRegularExpression means(QStringLiteral(
        "\\b(?:mediante|a\\s+traves\\s+de|desde\\s+la\\s+creacion|con\\s+el\\s+desarrollo\\s+de|dotandol[ao]|gestionando|"
        "con\\s+actividades)\\b(.*)$"));
    const QRegularExpressionMatch match = means.match(folded);
    return match.hasMatch() ? match.captured(0) : QString();
}

// Clause 3's slogans: a noun followed by "cero" ("basura cero", "tolerancia cero") promises no figure.
bool isSlogan(const QString &folded)
{
    static const QRegularExpression slogan(QStringLiteral("\\b[a-z]{3,}\\s+cero\\b"));
    return matches(folded, slogan);
}

// Actions that bring something into being, in a means ("mediante la implementación de …").
const QRegularExpression &deliveringAction()
{
    static const QRegularExpression pattern(QStringLiteral(
        "\\b(?:implementacion|creacion|construccion|organizacion|realizacion|instalacion|elaboracion)\\s+de"));
    return pattern;
}

// Clause 2's concrete actions and instruments that stems alone would miss: an action that opens
// the meta ("Construcción de losas…"), an instrument updated ("catastro actualizado"), something
// done "permanente" (no periodicity), an ordinance.
const QRegularExpression &concreteAction()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:construccion|instalacion|implementacion|creacion|ejecucion|dotacion|elaboracion|conformacion|mantenimiento|"
        "limpieza|recoleccion|entrega|capacitacion|asfaltado|renovacion|ampliacion|rehabilitacion)\\b|"
        "\\bactualizad[oa]s?\\b|\\bpermanentes?\\b|\\bordenanzas?\\b"));
    return pattern;
}

// Clause 3: only a desired state or quality: superlatives, judgement words, slogans, purposes.
bool onlyADesiredState(const QString &folded)
{
    static const QRegularExpression state(QStringLiteral(
        "\\b(?:el|la|los|las)\\s+mas\\s+\\w+|\\bla\\s+primera\\b|\\bbasura\\s+cero\\b|^el\\s+objetivo\\b|"
        "^(?:todas\\s+las\\s+acciones|una\\s+(?:municipalidad|provincia|ciudad)|personal\\s+eficiente|vivienda\\s+digna|"
        "habitantes\\s+con|el\\s+pago\\s+de)\\b|\\btrabajo\\s+coordinado\\b"));
    return matches(folded, state);
}

// Apoyo or fortalecimiento of something named: a proper name, an acronym, or a concrete body,
// programme or activity after the verb.
bool namesABodyOrActivity(const QString &sentence, const QStringList &terms)
{
    static const QRegularExpression properName(QStringLiteral("\\s(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+|[A-ZÁÉÍÓÚÑ]{2,})\\b"));
    if (properName.match(sentence).hasMatch())
        return true;
    return intersects(terms.mid(1), concreteThings());
}

int rank(Measurability level)
{
    switch (level) {
    case Measurability::Measurable:
        return 2;
    case Measurability::PartlyMeasurable:
        return 1;
    case Measurability::NotMeasurable:
        return 0;
    }
    return 0;
}

} // namespace

MeasurabilityClassifier::MeasurabilityClassifier()
{
    UErrorCode status = U_ZERO_ERROR;
    m_sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("es"), status));
    if (U_FAILURE(status) || !m_sentences)
        qFatal("ICU sentence break iterator unavailable: %s", u_errorName(status));
}

MeasurabilityClassifier::~MeasurabilityClassifier() = default;

MeasurabilityAssessment MeasurabilityClassifier::assess(const QString &meta)
{
    const QString text = TextNormalizer::simplifyWhitespace(meta);
    const icu::UnicodeString source(false, reinterpret_cast<const UChar *>(text.utf16()), static_cast<int32_t>(text.size()));
    m_sentences->setText(source);
    QStringList sentences;
    int32_t start = m_sentences->first();
    for (int32_t end = m_sentences->next(); end != icu::BreakIterator::DONE; start = end, end = m_sentences->next()) {
        const QString sentence = text.mid(start, end - start).trimmed();
        if (!sentence.isEmpty())
            sentences.append(sentence);
    }
    MeasurabilityAssessment best;
    best.reason = QStringLiteral("nothing delivered");
    best.clause = QStringLiteral("3");
    bool first = true;
    for (const QString &sentence : sentences) {
        MeasurabilityAssessment assessment = assessSentence(sentence);
        if (first || rank(assessment.level) > rank(best.level))
            best = assessment;
        first = false;
    }
    return best;
}

MeasurabilityAssessment MeasurabilityClassifier::assessSentence(const QString &sentence)
{
    MeasurabilityAssessment assessment;
    assessment.quantity = m_quantityReader.read(sentence);
    const QString folded = TextNormalizer::fold(sentence);
    QStringList terms = m_analyzer.terms(sentence);
    while (!terms.isEmpty() && openingConnectors().contains(terms.constFirst()))
        terms.removeFirst();
    const QString head = terms.value(0);
    auto decide = [&](Measurability level, const QString &clause, const QString &reason) {
        assessment.level = level;
        assessment.clause = clause;
        assessment.reason = reason;
        return assessment;
    };
    using Kind = TargetQuantity::Kind;
    const Kind kind = assessment.quantity.kind;

    // A slogan states no figure, whatever its words (clause 5: no quantity for slogans).
    if (isSlogan(folded))
        return decide(Measurability::NotMeasurable, QStringLiteral("3"), QStringLiteral("a slogan"));
    // Clause 1: measurable if any of (a)–(d).
    if (kind == Kind::Count || kind == Kind::Percentage)
        return decide(Measurability::Measurable, QStringLiteral("1a"), QStringLiteral("a figure bound to the target"));
    if (kind == Kind::All && coversBoundedSet(folded))
        return decide(Measurability::Measurable, QStringLiteral("1b"), QStringLiteral("all of a bounded set"));
    if (kind == Kind::Frequency)
        return decide(Measurability::Measurable, QStringLiteral("1c"), QStringLiteral("an explicit periodicity"));
    const bool supportHead = supportVerbs().contains(head);
    if (!supportHead && namesOneArtifact(sentence, folded))
        return decide(Measurability::Measurable, QStringLiteral("1d"), QStringLiteral("one identifiable artifact"));

    // Clause 4: a vague target (a desired state, a direction, support) whose means is concrete is partly.
    const bool vagueHead = supportHead || directionWords().contains(head);
    const QString means = meansOf(folded);
    if ((vagueHead || onlyADesiredState(folded)) && !means.isEmpty()
        && (intersects(m_analyzer.terms(means), concreteThings()) || matches(means, deliveringAction())))
        return decide(Measurability::PartlyMeasurable, QStringLiteral("4"), QStringLiteral("a concrete means of a vague target"));
    // Clause 3 where the whole target is a desired state: superlatives, judgement words, purposes,
    // relationship verbs.
    if (onlyADesiredState(folded))
        return decide(Measurability::NotMeasurable, QStringLiteral("3"), QStringLiteral("only a desired state"));
    // Clause 2: support or gestión of something named; a concrete programme, service, instrument or action.
    if (supportHead) {
        if (namesABodyOrActivity(sentence, terms))
            return decide(Measurability::PartlyMeasurable, QStringLiteral("2"), QStringLiteral("support of a named body or activity"));
        return decide(Measurability::NotMeasurable, QStringLiteral("3"), QStringLiteral("support of nothing named"));
    }
    if (directionWords().contains(head) && !intersects(terms.mid(1), concreteThings()))
        return decide(Measurability::NotMeasurable, QStringLiteral("3"), QStringLiteral("a direction without a figure"));
    if (kind == Kind::All || intersects(terms, concreteThings()) || matches(folded, concreteAction()))
        return decide(Measurability::PartlyMeasurable, QStringLiteral("2"), QStringLiteral("a concrete programme, service or action"));
    return decide(Measurability::NotMeasurable, QStringLiteral("3"), QStringLiteral("nothing delivered"));
}

} // namespace vigia
