#include "LibraryComparison.h"

#include "PlanComparer.h"
#include "store/PlanLibrary.h"
#include "topics/TopicStore.h"

#include <QSet>

namespace vigia {

std::optional<PlanComparison> LibraryComparison::compare(const PlanLibrary &library, TopicStore &topics,
                                                         const QList<qint64> &planIds,
                                                         const ComparisonOptions &options, QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return std::optional<PlanComparison>();
    };
    if (QSet<qint64>(planIds.cbegin(), planIds.cend()).size() != planIds.size())
        return fail(QStringLiteral("a plan appears twice in the comparison"));
    QList<Plan> plans;
    QHash<qint64, QStringList> itemTopics;
    for (qint64 planId : planIds) {
        std::optional<Plan> plan = library.plan(planId);
        if (!plan) {
            return fail(library.lastError().isEmpty()
                            ? QStringLiteral("%1: no plan with id %2").arg(library.path()).arg(planId)
                            : library.lastError());
        }
        const std::optional<QHash<qint64, QList<ItemTopic>>> stored = topics.itemTopics(planId, error);
        if (!stored)
            return std::nullopt;
        for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
            QStringList keys;
            for (const ItemTopic &topic : it.value())
                keys.append(topic.key);
            itemTopics.insert(it.key(), keys);
        }
        plans.append(std::move(*plan));
    }
    const QList<Topic> taxonomy = topics.topics();
    if (!topics.lastError().isEmpty())
        return fail(topics.lastError());
    return PlanComparer::compare(plans, taxonomy, itemTopics, options, error);
}

} // namespace vigia
