#pragma once

#include "WordChain.h"
#include "model/Plan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace vigia::bench {

// Makes realistic synthetic plans for benchmarks from sample plans (plan JSON): each synthetic
// plan takes the shape of one sample (its dimensions, how many items of each kind its rows hold),
// scaled, and fills it with texts of the samples' lengths recombined from their words
// (WordChain, one per item kind); its organization, place, election type and period are drawn
// from lists of Peruvian places and party-name words. Plan `index` of seed `seed` is always the
// same plan, whatever else was generated.
class SyntheticPlanGenerator {
public:
    // Learns from the plan JSON files given. False and `error` ("FILE: reason") when one cannot be
    // read or none has items.
    bool learn(const QStringList &samplePaths, QString *error);
    int samplePlanCount() const { return static_cast<int>(m_samples.size()); }

    Plan plan(quint32 seed, int index) const;

private:
    QString itemText(ItemKind kind, std::mt19937 &random) const;

    QList<Plan> m_samples;
    std::array<WordChain, 4> m_chains;          // indexed by ItemKind
    std::array<QList<int>, 4> m_lengths;        // the samples' item text lengths, by kind
    WordChain m_visions;
    QList<int> m_visionLengths;
};

} // namespace vigia::bench
