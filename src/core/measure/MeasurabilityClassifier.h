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
    QString reason;            // why, in a few English words (for reports and debugging)
};

// Classifies a meta by what its words state. Each sentence (ICU sentence breaks) is judged and the
// meta gets the best level of its sentences:
// - a quantity (TargetQuantityReader) of a countable unit is measurable; a quantity of a change
//   ("30% de aumento"), of nothing, or of a vague result ("fortalecidas", "con conciencia") is partly;
// - without a quantity, a sentence that opens with a vague action ("promover", "apoyo",
//   "fortalecimiento", "gestionar") is not measurable; one that delivers something concrete (it
//   opens with creating, implementing, installing, forming, contracting, or names a plan, programme,
//   agreement, centre, committee … among its first words; or states something as done:
//   "implementado", "actualizada"; or a direction of change: "incremento", "disminución"; or a
//   deadline) is partly measurable; anything else is not.
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
