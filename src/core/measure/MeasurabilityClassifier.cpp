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

// Word lists are written as Snowball stems (TermAnalyzer terms), so every inflection matches.
const QSet<QString> &vagueActions()
{
    static const QSet<QString> stems{
        QStringLiteral("promov"),   QStringLiteral("promuev"),   QStringLiteral("promocion"),
        QStringLiteral("apoy"),     QStringLiteral("fortalec"),  QStringLiteral("gestion"),
        QStringLiteral("optimiz"),  QStringLiteral("consolid"),  QStringLiteral("impuls"),
        QStringLiteral("reforz"),   QStringLiteral("reforzamient"), QStringLiteral("coordin"),
        QStringLiteral("luch"),     QStringLiteral("replant"),   QStringLiteral("replanteamient"),
        QStringLiteral("reestructur"), QStringLiteral("prevencion"), QStringLiteral("erradic"),
        QStringLiteral("convert"),  QStringLiteral("mejor"),     QStringLiteral("facilit"),
        QStringLiteral("foment"),   QStringLiteral("incentiv"),  QStringLiteral("prioriz"),
        QStringLiteral("propici"),   QStringLiteral("difund"),
    };
    return stems;
}

// Results nobody can count, even with a number in front.
const QSet<QString> &vagueResults()
{
    static const QSet<QString> stems{QStringLiteral("fortalec"), QStringLiteral("concienci"),
                                     QStringLiteral("sensibiliz"), QStringLiteral("concientiz")};
    return stems;
}

// Changes without a base: "30% de aumento".
const QSet<QString> &changeWords()
{
    static const QSet<QString> stems{QStringLiteral("aument"), QStringLiteral("increment"),
                                     QStringLiteral("disminu"), QStringLiteral("reduccion"), QStringLiteral("reduc"),
                                     QStringLiteral("mejor"), QStringLiteral("avanc")};
    return stems;
}

// Actions that bring something concrete into being.
const QSet<QString> &deliveringActions()
{
    static const QSet<QString> stems{
        QStringLiteral("cre"),      QStringLiteral("creacion"), QStringLiteral("implement"),
        QStringLiteral("elabor"),   QStringLiteral("instal"),   QStringLiteral("conform"),
        QStringLiteral("construccion"), QStringLiteral("constru"), QStringLiteral("ejecu"),
        QStringLiteral("ejecut"),   QStringLiteral("dotacion"), QStringLiteral("dot"),
        QStringLiteral("actualiz"), QStringLiteral("elimin"),   QStringLiteral("cont"),
        QStringLiteral("cuent"),    QStringLiteral("formaliz"), QStringLiteral("institucionaliz"),
        QStringLiteral("aprob"),    QStringLiteral("public"),   QStringLiteral("inaugur"),
        QStringLiteral("suscrib"),  QStringLiteral("firm"),
    };
    return stems;
}

// Deliverables: documents, programmes, agreements, bodies and facilities one can point at.
const QSet<QString> &deliverables()
{
    static const QSet<QString> stems{
        QStringLiteral("plan"),     QStringLiteral("program"),  QStringLiteral("proyect"),
        QStringLiteral("conveni"),  QStringLiteral("centr"),    QStringLiteral("comit"),
        QStringLiteral("comites"),  QStringLiteral("orden"),    QStringLiteral("sistem"),
        QStringLiteral("oficin"),   QStringLiteral("portal"),   QStringLiteral("link"),
        QStringLiteral("departament"), QStringLiteral("alberg"), QStringLiteral("clinic"),
        QStringLiteral("escuel"),   QStringLiteral("diagnost"), QStringLiteral("cronogram"),
        QStringLiteral("documental"), QStringLiteral("concurs"), QStringLiteral("campeonat"),
        QStringLiteral("registr"),  QStringLiteral("padron"),   QStringLiteral("modul"),
        QStringLiteral("asesor"),   QStringLiteral("reglament"),
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

// States of completion: "implementado", "actualizada", "en funcionamiento".
bool statesCompletion(const QString &foldedText)
{
    static const QRegularExpression pattern(QStringLiteral(
        "\\b(implementad|actualizad|instalad|aprobad|ejecutad|construid|cread|conformad|elaborad|institucionalizad|"
        "recuperad|concesionad|cancelad|registrad|publicad|inaugurad|autorizad|firmad|suscrit)(o|a|os|as)\\b|"
        "\\bfuncionando\\b|\\ben (ejecucion|funcionamiento|operacion)\\b"));
    return pattern.match(foldedText).hasMatch();
}

bool intersects(const QStringList &terms, const QSet<QString> &set)
{
    for (const QString &term : terms) {
        if (set.contains(term))
            return true;
    }
    return false;
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
    best.reason = QStringLiteral("no quantity and nothing concrete");
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
    QStringList terms = m_analyzer.terms(sentence);
    while (!terms.isEmpty() && openingConnectors().contains(terms.constFirst()))
        terms.removeFirst();
    const QString head = terms.value(0);
    const bool vagueHead = vagueActions().contains(head);

    if (assessment.quantity.hasQuantity()) {
        const QStringList unitTerms = m_analyzer.terms(assessment.quantity.unit);
        if (unitTerms.isEmpty()) {
            assessment.level = Measurability::PartlyMeasurable;
            assessment.reason = QStringLiteral("a quantity without what it counts");
        } else if (intersects(unitTerms.mid(0, 1), changeWords())) {
            assessment.level = Measurability::PartlyMeasurable;
            assessment.reason = QStringLiteral("a change without a base");
        } else if (vagueHead || intersects(terms, vagueResults())) {
            assessment.level = Measurability::PartlyMeasurable;
            assessment.reason = QStringLiteral("a quantity of a vague result");
        } else {
            assessment.level = Measurability::Measurable;
            assessment.reason = QStringLiteral("a quantity of a countable unit");
        }
        return assessment;
    }
    assessment.level = Measurability::PartlyMeasurable;
    if (vagueHead) {
        assessment.level = Measurability::NotMeasurable;
        assessment.reason = QStringLiteral("a vague action");
    } else if (deliveringActions().contains(head) || intersects(terms.mid(0, 3), deliverables())) {
        assessment.reason = QStringLiteral("a concrete deliverable without an amount");
    } else if (statesCompletion(TextNormalizer::fold(sentence)) && !intersects(terms, vagueResults())) {
        assessment.reason = QStringLiteral("a result stated as done, without an amount");
    } else if (intersects(terms, changeWords()) && !terms.contains(QStringLiteral("mejor"))) {
        assessment.reason = QStringLiteral("a direction of change without an amount");
    } else if (assessment.quantity.hasDeadline()) {
        assessment.reason = QStringLiteral("a deadline without an amount");
    } else {
        assessment.level = Measurability::NotMeasurable;
        assessment.reason = QStringLiteral("no quantity and nothing concrete");
    }
    return assessment;
}

} // namespace vigia
