#include "PlanComparer.h"

#include "SimilarityIndex.h"
#include "measure/MeasurabilityClassifier.h"
#include "model/DimensionNames.h"
#include "topics/StopWords.h"
#include "topics/TermAnalyzer.h"
#include "topics/TopicMatcher.h"

#include <QSet>

#include <algorithm>

namespace vigia {
namespace {

struct Candidate {
    int item = 0;
    double score = 0.0;
};

bool betterCandidate(const Candidate &a, const Candidate &b)
{
    return a.score != b.score ? a.score > b.score : a.item < b.item;
}

// Items and plans of the comparison, with topics and measurability.
void collectItems(const QList<Plan> &plans, const QList<Topic> &topics, const QHash<qint64, QStringList> &itemTopics,
                  PlanComparison &comparison)
{
    QHash<QString, int> topicOrder;
    for (qsizetype t = 0; t < topics.size(); ++t)
        topicOrder.insert(topics[t].key, int(t));
    MeasurabilityClassifier classifier;
    TermAnalyzer analyzer;
    TopicMatcher matcher(topics, analyzer);
    for (qsizetype column = 0; column < plans.size(); ++column) {
        const Plan &plan = plans[column];
        ComparedPlan compared;
        compared.planId = plan.id;
        compared.organization = plan.metadata.organization;
        compared.place = plan.metadata.place;
        compared.period = plan.metadata.period;
        compared.label = plan.metadata.displayName(plan.sourceFileName);
        compared.itemCount = int(plan.itemCount());
        comparison.plans.append(compared);
        PlanMeasurability measurability;
        for (qsizetype d = 0; d < plan.dimensions.size(); ++d) {
            const Dimension &dimension = plan.dimensions[d];
            DimensionMeasurability dimensionShares{DimensionNames::canonical(dimension.name), {}};
            for (qsizetype r = 0; r < dimension.rows.size(); ++r) {
                for (ItemKind kind : allItemKinds) {
                    const QList<Item> &cell = dimension.rows[r].items(kind);
                    for (qsizetype p = 0; p < cell.size(); ++p) {
                        ComparedItem item;
                        item.column = int(column);
                        item.itemId = cell[p].id;
                        item.dimension = dimensionShares.dimension;
                        item.dimensionIndex = int(d);
                        item.rowIndex = int(r);
                        item.kind = kind;
                        item.position = int(p);
                        item.text = cell[p].text;
                        for (const QString &key : itemTopics.value(item.itemId)) {
                            if (topicOrder.contains(key) && !item.topics.contains(key))
                                item.topics.append(key);
                        }
                        std::sort(item.topics.begin(), item.topics.end(), [&](const QString &a, const QString &b) {
                            return topicOrder.value(a) < topicOrder.value(b);
                        });
                        if (!item.topics.isEmpty()) {
                            for (const TopicMatcher::Match &match : matcher.matchesFor(item.text)) {
                                if (item.topics.contains(match.topicKey))
                                    item.topicKeywords.insert(match.topicKey, match.keyword);
                            }
                        }
                        if (kind == ItemKind::Target) {
                            const MeasurabilityAssessment assessment = classifier.assess(item.text);
                            item.measurability = assessment.level;
                            item.measurabilityClause = assessment.clause;
                            item.quantity = assessment.quantity;
                            dimensionShares.shares.add(assessment.level);
                            measurability.overall.add(assessment.level);
                        }
                        comparison.items.append(item);
                    }
                }
            }
            measurability.byDimension.append(dimensionShares);
        }
        comparison.measurability.append(measurability);
    }
}

void coverTopics(const QList<Topic> &topics, PlanComparison &comparison)
{
    QHash<QString, int> topicIndex;
    for (const Topic &topic : topics) {
        topicIndex.insert(topic.key, int(comparison.topics.size()));
        comparison.topics.append({topic.key, topic.name, QList<QList<int>>(comparison.columnCount())});
    }
    comparison.itemsWithoutTopic = QList<int>(comparison.columnCount(), 0);
    for (qsizetype i = 0; i < comparison.items.size(); ++i) {
        const ComparedItem &item = comparison.items[i];
        if (item.topics.isEmpty())
            ++comparison.itemsWithoutTopic[item.column];
        for (const QString &key : item.topics)
            comparison.topics[topicIndex.value(key)].items[item.column].append(int(i));
    }
}

// For every item, the items of other plans at or above `minimum`, best first.
std::vector<std::vector<Candidate>> similarCandidates(const PlanComparison &comparison, const SimilarityIndex &index,
                                                      double minimum)
{
    const int count = int(comparison.items.size());
    std::vector<std::vector<Candidate>> candidates(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        for (const SimilarityIndex::Neighbour &neighbour : index.laterNeighbours(i, minimum)) {
            const int j = neighbour.document;
            if (comparison.items[j].column == comparison.items[i].column || !index.shareContent(i, j))
                continue; // one common word ("acceder") is no likeness
            candidates[size_t(i)].push_back({j, neighbour.score});
            candidates[size_t(j)].push_back({i, neighbour.score});
        }
    }
    for (std::vector<Candidate> &list : candidates)
        std::sort(list.begin(), list.end(), betterCandidate);
    return candidates;
}

void findPairs(const std::vector<std::vector<Candidate>> &candidates, PlanComparison &comparison)
{
    QSet<QPair<int, int>> seen;
    for (int i = 0; i < int(candidates.size()); ++i) {
        int kept = 0;
        for (const Candidate &candidate : candidates[size_t(i)]) {
            if (kept >= comparison.options.similarPerItem || candidate.score < comparison.options.threshold)
                break;
            if (comparison.options.sameKindOnly && comparison.items[candidate.item].kind != comparison.items[i].kind)
                continue;
            ++kept;
            const int left = comparison.items[i].column < comparison.items[candidate.item].column ? i : candidate.item;
            const int right = left == i ? candidate.item : i;
            if (!seen.contains({left, right})) {
                seen.insert({left, right});
                comparison.pairs.append({left, right, candidate.score});
            }
        }
    }
    std::sort(comparison.pairs.begin(), comparison.pairs.end(), [](const SimilarPair &a, const SimilarPair &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.left != b.left ? a.left < b.left : a.right < b.right;
    });
}

void alignDimensions(const QList<Topic> &topics, PlanComparison &comparison)
{
    const int columns = comparison.columnCount();
    QStringList names;
    for (const ComparedItem &item : comparison.items) {
        if (!names.contains(item.dimension))
            names.append(item.dimension);
    }
    QHash<QString, int> topicOrder;
    for (qsizetype t = 0; t < topics.size(); ++t)
        topicOrder.insert(topics[t].key, int(t));

    for (const QString &name : names) {
        AlignedDimension dimension;
        dimension.name = name;
        dimension.present = QList<bool>(columns, false);
        for (const ComparedItem &item : comparison.items) {
            if (item.dimension == name)
                dimension.present[item.column] = true;
        }
        for (ItemKind kind : allItemKinds) {
            QList<int> members;
            for (int i = 0; i < int(comparison.items.size()); ++i) {
                if (comparison.items[i].dimension == name && comparison.items[i].kind == kind)
                    members.append(i);
            }
            if (members.isEmpty())
                continue;
            const QSet<int> memberSet(members.cbegin(), members.cend());
            struct Edge {
                int a, b;
                double order; // the similarity, plus the topic bonus when the two share a topic
                double score; // the similarity
            };
            // One notion of similarity: two items share a line only if they are a similar pair
            // (what the item's panel lists); a shared topic only decides which pairs join first.
            std::vector<Edge> edges;
            for (const SimilarPair &pair : comparison.pairs) {
                if (!memberSet.contains(pair.left) || !memberSet.contains(pair.right))
                    continue;
                const QStringList &otherTopics = comparison.items[pair.right].topics;
                const bool sharesTopic = std::any_of(comparison.items[pair.left].topics.cbegin(), comparison.items[pair.left].topics.cend(),
                                                     [&](const QString &key) { return otherTopics.contains(key); });
                edges.push_back({std::min(pair.left, pair.right), std::max(pair.left, pair.right),
                                 pair.score + (sharesTopic ? comparison.options.topicBonus : 0.0), pair.score});
            }
            std::sort(edges.begin(), edges.end(), [](const Edge &x, const Edge &y) {
                if (x.order != y.order)
                    return x.order > y.order;
                return x.a != y.a ? x.a < y.a : x.b < y.b;
            });
            // Each item starts on its own line; the best edges join lines whose columns do not clash.
            QHash<int, int> lineOf;
            QList<AlignedLine> lines;
            QList<bool> alive;
            for (int i : members) {
                AlignedLine line;
                line.kind = kind;
                line.cells = QList<int>(columns, -1);
                line.cells[comparison.items[i].column] = i;
                lineOf.insert(i, int(lines.size()));
                lines.append(line);
                alive.append(true);
            }
            for (const Edge &edge : edges) {
                const int first = lineOf.value(edge.a);
                const int second = lineOf.value(edge.b);
                if (first == second)
                    continue;
                AlignedLine &into = lines[first];
                const AlignedLine &from = lines[second];
                bool clash = false;
                for (int c = 0; c < columns; ++c)
                    clash = clash || (into.cells[c] >= 0 && from.cells[c] >= 0);
                if (clash)
                    continue;
                double score = edge.score;
                if (into.filledCount() > 1)
                    score = std::min(score, into.score);
                if (from.filledCount() > 1)
                    score = std::min(score, from.score);
                for (int c = 0; c < columns; ++c) {
                    if (from.cells[c] >= 0) {
                        into.cells[c] = from.cells[c];
                        lineOf.insert(from.cells[c], first);
                    }
                }
                into.score = score;
                alive[second] = false;
            }
            QList<AlignedLine> kept;
            for (qsizetype l = 0; l < lines.size(); ++l) {
                if (!alive[l])
                    continue;
                AlignedLine line = lines[l];
                for (int cell : line.cells) {
                    if (cell < 0)
                        continue;
                    for (const QString &key : comparison.items[cell].topics) {
                        if (!line.topics.contains(key))
                            line.topics.append(key);
                    }
                }
                std::sort(line.topics.begin(), line.topics.end(),
                          [&](const QString &a, const QString &b) { return topicOrder.value(a) < topicOrder.value(b); });
                kept.append(line);
            }
            // In the order of the leftmost plan present on each line.
            const auto firstItem = [](const AlignedLine &line) {
                for (int cell : line.cells) {
                    if (cell >= 0)
                        return cell;
                }
                return -1;
            };
            std::stable_sort(kept.begin(), kept.end(), [&](const AlignedLine &a, const AlignedLine &b) {
                return firstItem(a) < firstItem(b);
            });
            dimension.lines.append(kept);
        }
        comparison.alignment.append(dimension);
    }
}

} // namespace

std::optional<PlanComparison> PlanComparer::compare(const QList<Plan> &plans, const QList<Topic> &topics,
                                                    const QHash<qint64, QStringList> &itemTopics,
                                                    const ComparisonOptions &options, QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return std::optional<PlanComparison>();
    };
    if (plans.size() < minimumPlans || plans.size() > maximumPlans)
        return fail(QStringLiteral("a comparison takes %1 to %2 plans, not %3")
                        .arg(minimumPlans)
                        .arg(maximumPlans)
                        .arg(plans.size()));
    if (options.threshold < 0.0 || options.threshold > 1.0)
        return fail(QStringLiteral("the similarity threshold must be between 0 and 1, not %1").arg(options.threshold));
    if (options.topicBonus < 0.0 || options.topicBonus > 1.0)
        return fail(QStringLiteral("the topic bonus must be between 0 and 1, not %1").arg(options.topicBonus));
    QSet<qint64> ids;
    for (const Plan &plan : plans) {
        for (const Dimension &dimension : plan.dimensions) {
            for (const Row &row : dimension.rows) {
                for (ItemKind kind : allItemKinds) {
                    for (const Item &item : row.items(kind)) {
                        if (item.id == 0 || ids.contains(item.id))
                            return fail(QStringLiteral("the items of %1 have no distinct ids (store the plan first)")
                                            .arg(plan.sourceFileName));
                        ids.insert(item.id);
                    }
                }
            }
        }
    }

    PlanComparison comparison;
    comparison.options = options;
    collectItems(plans, topics, itemTopics, comparison);
    coverTopics(topics, comparison);

    // Similarity counts what items are about: plan words ("mejorar", "proyecto") left out too.
    TermAnalyzer analyzer(StopWords::forSimilarity());
    QList<QStringList> documents;
    documents.reserve(comparison.items.size());
    for (const ComparedItem &item : comparison.items)
        documents.append(analyzer.terms(item.text));
    const SimilarityIndex index(documents);
    findPairs(similarCandidates(comparison, index, options.threshold), comparison);
    alignDimensions(topics, comparison);
    return comparison;
}

QHash<qint64, QStringList> PlanComparer::topicsOf(const QList<Plan> &plans, const QList<Topic> &topics)
{
    TermAnalyzer analyzer;
    TopicMatcher matcher(topics, analyzer);
    QHash<qint64, QStringList> result;
    for (const Plan &plan : plans) {
        for (const Dimension &dimension : plan.dimensions) {
            for (const Row &row : dimension.rows) {
                for (ItemKind kind : allItemKinds) {
                    for (const Item &item : row.items(kind)) {
                        const QStringList keys = matcher.topicsFor(item.text);
                        if (!keys.isEmpty())
                            result.insert(item.id, keys);
                    }
                }
            }
        }
    }
    return result;
}

} // namespace vigia
