#pragma once

#include "PlanComparison.h"
#include "model/Plan.h"
#include "topics/TopicTaxonomy.h"

#include <QHash>

#include <optional>

namespace vigia {

// Builds a PlanComparison from 2 to 4 plans whose items carry unique ids (stored plans do), the
// taxonomy and each item's topic keys (TopicStore::itemTopics for stored plans, or topicsOf()).
// Similar items: TF-IDF cosine over stemmed terms, stop words left out (SimilarityIndex). The
// alignment joins, within each dimension (matched across plans by canonical name) and item kind,
// the most similar items first, one per plan per line, while their alignment score (similarity, plus
// ComparisonOptions::topicBonus when they share a topic) reaches the threshold.
// Metas get their measurability (MeasurabilityClassifier). Use from one thread at a time.
class PlanComparer {
public:
    static constexpr int minimumPlans = 2;
    static constexpr int maximumPlans = 4;

    static std::optional<PlanComparison> compare(const QList<Plan> &plans, const QList<Topic> &topics,
                                                 const QHash<qint64, QStringList> &itemTopics,
                                                 const ComparisonOptions &options, QString *error);

    // The topics of every item of the plans by their keywords alone (for plans not in a library).
    static QHash<qint64, QStringList> topicsOf(const QList<Plan> &plans, const QList<Topic> &topics);
};

} // namespace vigia
