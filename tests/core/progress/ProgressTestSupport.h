#pragma once

// Helpers shared by the progress tests: a library in a temporary folder with the sample plan of
// the store tests imported, and item lookup by text.

#include "../store/StoreTestSupport.h"

#include "progress/ProgressTracker.h"
#include "store/PlanLibrary.h"

#include <QTemporaryDir>

#include <memory>

namespace vigia::test {

struct TrackedLibrary {
    std::unique_ptr<PlanLibrary> library;
    std::unique_ptr<ProgressTracker> tracker;
    qint64 planId = 0;
    QString error;

    // Opens (creating) the library at `path` and imports `plan` into it.
    static TrackedLibrary create(const QString &path, const Plan &plan = samplePlan())
    {
        TrackedLibrary result;
        result.library = PlanLibrary::open(path, &result.error);
        if (!result.library)
            return result;
        const ImportOutcome outcome = result.library->importPlan(plan);
        result.planId = outcome.planId;
        if (outcome.status == ImportOutcome::Status::Failed)
            result.error = outcome.error;
        result.tracker = ProgressTracker::open(*result.library, &result.error);
        return result;
    }
    bool isValid() const { return library && tracker && planId != 0; }
};

// The id of the first item of `plan` whose text starts with `prefix`; 0 when none.
inline qint64 itemId(const Plan &plan, const QString &prefix)
{
    for (const Dimension &dimension : plan.dimensions) {
        for (const Row &row : dimension.rows) {
            for (ItemKind kind : allItemKinds) {
                for (const Item &item : row.items(kind)) {
                    if (item.text.startsWith(prefix))
                        return item.id;
                }
            }
        }
    }
    return 0;
}

inline qint64 itemId(const PlanLibrary &library, qint64 planId, const QString &prefix)
{
    const std::optional<Plan> plan = library.plan(planId);
    return plan ? itemId(*plan, prefix) : 0;
}

inline ProgressValues values(ProgressStatus status, std::optional<double> percent = {},
                             std::optional<double> achieved = {}, const QString &note = {},
                             const QString &evaluator = QStringLiteral("Ana"))
{
    ProgressValues result;
    result.status = status;
    result.percent = percent;
    result.achievedValue = achieved;
    result.note = note;
    result.evaluator = evaluator;
    result.assessedOn = QDate(2024, 1, 15);
    return result;
}

} // namespace vigia::test
