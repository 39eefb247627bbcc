#pragma once

#include "ProgressRecord.h"

#include <QList>
#include <QString>

namespace vigia {

class ProgressTracker;

// What merging another group's tracking file did.
struct MergeReport {
    struct Unmatched {
        QString itemKey;
        QString itemText;
        QString semester;
        QString reason;
    };
    bool ok = false;
    QString error;
    qint64 planId = 0;
    QString origin;                     // the group the file came from
    int addedRecords = 0;               // item+semester we had no record for
    int unchangedRecords = 0;           // same assessment on both sides
    int addedEvidence = 0;
    int addedHistory = 0;
    QList<ProgressConflict> conflicts;  // new conflicts (same item+semester, different values)
    QList<Unmatched> unmatched;         // records of the file that fit no item or semester here

    bool changedNothing() const { return addedRecords == 0 && addedEvidence == 0 && addedHistory == 0 && conflicts.isEmpty(); }
};

// A plan's tracking (records, evidence, history) in one file for other groups, and merging theirs.
//
// The file is JSON (UTF-8), documented in docs/progress.md:
//   {"format": "vigia-progress", "version": 1, "group": …, "exported_at": …,
//    "plan": {"source_sha256", "source_file_name", "organization", "place", "period"},
//    "semesters": ["2023-S1", …],
//    "items": [{"key": "D/R/KIND/P", "dimension", "kind", "text"}, …],
//    "records": [{"item": KEY, "semester", "values": {…}, "updated_at",
//                 "evidence": [{"kind": "url", "url", "consulted_on", …} |
//                              {"kind": "file", "name", "media_type", "sha256", "size", "content_base64", …}],
//                 "history": [{"uid", "action", "old_values", "new_values", "detail", "changed_by",
//                              "changed_at", "origin"}]}]}
// Merging matches items by key and text (else by ItemMatcher), adds what is missing, keeps ours when
// both sides say the same, and records a conflict when they differ; merging a file again adds nothing.
class TrackingExchange {
public:
    explicit TrackingExchange(ProgressTracker &tracker);

    static constexpr int formatVersion = 1;
    // Largest tracking file merged (its evidence files travel inside it, in base64).
    static constexpr qint64 maximumFileSize = 512LL * 1024 * 1024;

    QByteArray exportPlan(qint64 planId, const QString &group, QString *error) const;
    bool exportPlanToFile(qint64 planId, const QString &group, const QString &path, QString *error) const;

    // Merges a file; `planId` 0 means the plan read from the same source (by SHA-256).
    MergeReport merge(const QByteArray &content, const QString &fileName, qint64 planId, const QString &by);
    MergeReport mergeFile(const QString &path, qint64 planId, const QString &by);

private:
    ProgressTracker &m_tracker;
};

} // namespace vigia
