#pragma once

#include "Measurability.h"
#include "TargetQuantity.h"
#include "TargetQuantityReader.h"
#include "topics/TermAnalyzer.h"

#include <memory>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace vigia {

struct MeasurabilityAssessment {
    Measurability level = Measurability::NotMeasurable;
    TargetQuantity quantity;   // of the sentence that decided the level
    QString clause;            // the rubric's clause that decided: "1a"–"1d", "2", "3", "4"
    QString reason;            // why, in a few English words (for reports and debugging)
};

// Classifies a meta by the published measurability rubric (docs/analysis.md), clause by clause,
// in the rubric's order. Each sentence (ICU sentence breaks) is judged, and the strongest decides
// (clause 4):
// - 1a: a figure bound to the target (TargetQuantityReader: a count or a percentage);
// - 1b: "todos/todas/cada" over a bounded set of units (not organisations, sectors, the town);
// - 1c: an explicit periodicity ("anual", "semestral", "cada año");
// - 1d: one identifiable artifact: a plan held, drawn up or carried out; an ordinance; a convenio
//   with a named institution; one building, facility, office or work; one digital system or link.
//   This does not count when the meta opens with support or gestión, whose outcome depends on
//   others;
// - slogans ("basura cero") state no figure;
// - 4: a vague target (support, a direction, a desired state) whose means ("mediante…") is
//   concrete is partly;
// - 3: a desired state (superlatives, purposes, relationship verbs) is not;
// - 2: support of a named body or activity, a concrete programme, service, instrument or action
//   ("Programa X implementado", "actualizado", "permanente", plural facilities) is partly;
// - anything else delivers nothing (3).
// The vocabulary is general municipal language, in Snowball stems and folded patterns.
// One object per thread.
class MeasurabilityClassifier {
public:
    MeasurabilityClassifier();
    ~MeasurabilityClassifier();
    MeasurabilityClassifier(const MeasurabilityClassifier &) = delete;
    MeasurabilityClassifier &operator=(const MeasurabilityClassifier &) = delete;

    MeasurabilityAssessment assess(const QString &meta);

private:
    MeasurabilityAssessment assessSentence(const QString &sentence);

    TargetQuantityReader m_quantityReader;
    TermAnalyzer m_analyzer;
    WordBreaker m_words;
    std::unique_ptr<icu::BreakIterator> m_sentences;
};

} // namespace vigia
