#pragma once

#include "ProgressRecord.h"

#include <QString>

#include <optional>

// The words the progress history writes in an entry's detail, written and read back in one place:
// they travel between libraries as they are, and the tracking window shows them in the user's
// words (evidence details are EvidenceIntake's, read back through it).
namespace vigia::HistoryDetail {

// "re-import: plan 3 item 41 -> plan 7 item 96 (similarity 0.92)"
QString moved(qint64 fromPlan, qint64 fromItem, qint64 toPlan, qint64 toItem, double similarity);
// "conflict 5: took the values of Grupo B" or "conflict 5: kept our values over those of Grupo B"
QString resolved(qint64 conflictId, bool tookIncoming, const QString &origin);
// "from Grupo B"
QString mergedFrom(const QString &origin);

struct Reading {
    enum class Kind { Unknown, Evidence, Moved, TookTheirs, KeptOurs, MergedFrom };
    Kind kind = Kind::Unknown;
    std::optional<Evidence> evidence; // Kind::Evidence
    double similarity = 0;            // Kind::Moved
    QString origin;                   // Kind::TookTheirs, KeptOurs, MergedFrom
};

// What an entry's detail says, by its action; Kind::Unknown when it has none of the forms above.
Reading read(const QString &action, const QString &detail);

} // namespace vigia::HistoryDetail
