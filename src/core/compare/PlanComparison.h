#pragma once

#include "measure/Measurability.h"
#include "measure/TargetQuantity.h"
#include "model/ItemKind.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigia {

// What the caller can tune in a comparison.
struct ComparisonOptions {
    double threshold = 0.2;     // lowest TF-IDF cosine for two items to count as similar (0..1)
    int similarPerItem = 3;     // how many similar items to keep for each item
    bool sameKindOnly = false;  // similar pairs only between items of the same kind (alignment always is)
    double topicBonus = 0.1;    // alignment order only: similar pairs sharing a topic join lines first
};

// One compared plan: a column of the comparison.
struct ComparedPlan {
    qint64 planId = 0;
    QString label;              // "ORGANIZATION · PLACE · PERIOD", for headings
    QString organization;
    QString place;
    QString period;
    int itemCount = 0;
};

// One item of a compared plan, with what the comparison found out about it.
struct ComparedItem {
    int column = 0;             // index of its plan in PlanComparison::plans
    qint64 itemId = 0;
    QString dimension;          // canonical dimension name
    int dimensionIndex = 0;     // position in the plan
    int rowIndex = 0;           // position of the row in its dimension
    ItemKind kind = ItemKind::Problem;
    int position = 0;           // position in its cell
    QString text;
    QStringList topics;         // topic keys
    QHash<QString, QString> topicKeywords;      // topic key -> the keyword that put the item in it
                                                // (computed topics; none for a topic a person gave it)
    std::optional<Measurability> measurability; // metas only
    QString measurabilityClause;                // metas only: the rubric's clause that decided ("1a")
    TargetQuantity quantity;                    // metas only
};

// A topic and the items of each plan in it; an empty list is a gap (the plan says nothing on it).
struct TopicCoverage {
    QString key;
    QString name;
    QList<QList<int>> items;    // per column: indices into PlanComparison::items
    int count(int column) const { return int(items.value(column).size()); }
};

// Two items of different plans that say similar things. `left` is in the lower column.
struct SimilarPair {
    int left = 0;               // index into PlanComparison::items
    int right = 0;
    double score = 0.0;         // cosine similarity, 0..1
};

// One line of a side-by-side view: items of one kind addressing the same thing, one per column at
// most; -1 is a gap.
struct AlignedLine {
    ItemKind kind = ItemKind::Problem;
    QList<int> cells;           // per column: index into PlanComparison::items, or -1
    double score = 0.0;         // weakest similarity of the pairs that joined the line (each a pair
                                // of PlanComparison::pairs); 0 for a line of one item
    QStringList topics;         // topic keys of its items, in taxonomy order
    int filledCount() const;
};

// A dimension (by canonical name) across the plans, as lines.
struct AlignedDimension {
    QString name;
    QList<bool> present;        // per column: whether the plan has this dimension
    QList<AlignedLine> lines;
};

struct MeasurabilityShares {
    int measurable = 0;
    int partly = 0;
    int notMeasurable = 0;
    int total() const { return measurable + partly + notMeasurable; }
    int count(Measurability level) const;
    double share(Measurability level) const; // 0 when there are no metas
    void add(Measurability level);
};

struct DimensionMeasurability {
    QString dimension;
    MeasurabilityShares shares;
};

struct PlanMeasurability {
    MeasurabilityShares overall;
    QList<DimensionMeasurability> byDimension; // in the plan's order
};

// The comparison of 2 to 4 plans: a topic matrix, similar pairs, an alignment by dimension and the
// measurability of their metas. Built by PlanComparer; written by ComparisonJson,
// ComparisonCsvWriter and ComparisonHtmlWriter; meant to feed a side-by-side view directly.
struct PlanComparison {
    ComparisonOptions options;
    QList<ComparedPlan> plans;
    QList<ComparedItem> items;
    QList<TopicCoverage> topics;       // taxonomy order
    QList<int> itemsWithoutTopic;      // per column
    QList<SimilarPair> pairs;          // best first
    QList<AlignedDimension> alignment; // dimensions in order of first appearance
    QList<PlanMeasurability> measurability; // per column

    int columnCount() const { return int(plans.size()); }
    // The pairs an item takes part in, best first.
    QList<SimilarPair> pairsOf(int item) const;
    QString topicName(const QString &key) const;
};

} // namespace vigia
