#pragma once

#include "EvidenceIntake.h"
#include "ProgressRecord.h"
#include "model/Plan.h"
#include "store/SqliteDatabase.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace vigia {

class PlanLibrary;
class SqliteStatement;

// Where a re-import put the progress of the plan it replaced.
struct ReimportResult {
    struct Move {
        qint64 recordId = 0;
        QString semester;
        qint64 fromItemId = 0;
        qint64 toItemId = 0;
        double score = 0.0;
    };
    bool ok = false;
    QString error;
    qint64 oldPlanId = 0;
    qint64 newPlanId = 0;
    bool newPlanImported = false;      // false: the corrected source was already in the library
    QList<Move> moved;
    QList<ProgressRecord> unmatched;   // left on the old plan's items, to attach by hand
};

// Six-monthly progress tracking of the plans in a library: per item (objectives and metas) and
// semester a status, a percentage or an achieved value against the target, a note, the evaluator,
// the date and evidence (URLs, files stored in the library). Every change is appended to a history
// that cannot be updated or deleted. Works on its own connection to the library's file; the
// library (PlanLibrary) is used for reading and importing plans.
class ProgressTracker {
public:
    // Opens a tracker over an open library (already migrated by PlanLibrary::open); the library must
    // outlive the tracker. Like PlanLibrary, use it from one thread at a time.
    static std::unique_ptr<ProgressTracker> open(PlanLibrary &library, QString *error);
    ~ProgressTracker();
    ProgressTracker(const ProgressTracker &) = delete;
    ProgressTracker &operator=(const ProgressTracker &) = delete;

    PlanLibrary &library() const { return m_library; }

    // Who records when nobody is named: $VIGIA_EVALUATOR, else the login name ($USER, $USERNAME).
    static QString defaultEvaluator();

    // Largest evidence file accepted.
    static constexpr qint64 maximumEvidenceSize = EvidenceIntake::maximumFileSize;

    // The plan's semesters: the stored list when one was set, else every semester of its period.
    QStringList semesters(qint64 planId, QString *error = nullptr) const;
    // Replaces the plan's list of semesters ("2023-S1" …); they are kept sorted.
    bool setSemesters(qint64 planId, const QStringList &semesters, QString *error);

    // Records the item's progress in a semester (the item must be an objective or a meta of a plan
    // whose semesters include it). An unset assessedOn means today; an unset targetValue means the
    // target stated in a meta's text. Returns the record; changes nothing when the values are the same.
    std::optional<ProgressRecord> setProgress(qint64 itemId, const QString &semester, const ProgressValues &values,
                                              QString *error);
    // The same with evidence (checked and read by EvidenceIntake), all in one transaction: the record,
    // its history and every piece of evidence land together or not at all. Unchanged values with
    // evidence add only the evidence.
    std::optional<ProgressRecord> setProgress(qint64 itemId, const QString &semester, ProgressValues values,
                                              const QList<PendingEvidence> &evidence, QString *error);
    // Adds evidence to a stored record, with its history entry, in one transaction.
    std::optional<Evidence> addEvidence(qint64 recordId, const PendingEvidence &evidence, QString *error);
    // EvidenceIntake, then addEvidence.
    std::optional<Evidence> addEvidenceUrl(qint64 recordId, const QString &url, const QDate &consultedOn,
                                           const QString &addedBy, QString *error, const QString &title = {});
    std::optional<Evidence> addEvidenceFile(qint64 recordId, const QString &path, const QString &addedBy,
                                            QString *error);
    std::optional<Evidence> addEvidenceData(qint64 recordId, const QByteArray &content, const QString &originalName,
                                            const QString &addedBy, QString *error);

    std::optional<ProgressRecord> record(qint64 itemId, const QString &semester, QString *error = nullptr) const;
    std::optional<ProgressRecord> recordById(qint64 recordId, QString *error = nullptr) const;
    // The plan's records (with their evidence), in plan order; one semester or, when empty, all.
    QList<ProgressRecord> records(qint64 planId, const QString &semester = {}, QString *error = nullptr) const;
    // The item's timeline, oldest first: every change to records that are or were on the item.
    QList<HistoryEntry> history(qint64 itemId, QString *error = nullptr) const;

    QByteArray evidenceContent(qint64 evidenceId, QString *error = nullptr) const;
    // Writes a file evidence into `directory` as "ID-SANITISED_NAME" (never the original name as a
    // path; never overwriting) and returns the path written.
    QString saveEvidence(qint64 evidenceId, const QString &directory, QString *error) const;

    // Imports `corrected` (a new source of plan `planId`) and moves every progress record of plan
    // `planId` onto the matching item of the new plan (ItemMatcher). Records without a match stay on
    // the old items and are listed, never dropped; attach them with attachRecord().
    ReimportResult reimport(qint64 planId, const Plan &corrected, const QStringList &warnings, const QString &by);
    // Records still on the items of plans that `planId` replaced.
    QList<ProgressRecord> unmatchedRecords(qint64 planId, QString *error = nullptr) const;
    // Moves a record onto another item (an objective or meta without a record for that semester).
    bool attachRecord(qint64 recordId, qint64 itemId, const QString &by, QString *error);

    // Conflicts found while merging another group's tracking (see TrackingExchange).
    QList<ProgressConflict> conflicts(qint64 planId, bool pendingOnly, QString *error = nullptr) const;
    bool resolveConflict(qint64 conflictId, ProgressConflict::Side side, const QString &by, QString *error);

    // The plan an item belongs to and its kind.
    struct ItemPlace {
        qint64 planId = 0;
        ItemKind kind = ItemKind::Problem;
        QString text;
    };
    std::optional<ItemPlace> itemPlace(qint64 itemId, QString *error) const;

private:
    friend class TrackingExchange;
    ProgressTracker(PlanLibrary &library, SqliteDatabase database);

    QString fail(const QString &reason) const; // "LIBRARY: reason"
    bool checkTrackable(qint64 itemId, const QString &semester, ItemPlace *place, QString *error) const;
    bool appendHistory(qint64 recordId, qint64 itemId, const QString &semester, const QString &action,
                       const std::optional<ProgressValues> &oldValues, const std::optional<ProgressValues> &newValues,
                       const QString &detail, const QString &changedBy, QString *error, const QString &uid = {},
                       const QDateTime &changedAt = {}, const QString &origin = {});
    std::optional<qint64> insertRecord(qint64 itemId, const QString &semester, const ProgressValues &values,
                                       QString *error);
    bool updateRecord(qint64 recordId, const ProgressValues &values, QString *error);
    std::optional<Evidence> storeEvidence(const ProgressRecord &owner, const PendingEvidence &evidence, QString *error);
    std::optional<Evidence> insertEvidence(qint64 recordId, const Evidence &evidence, const QByteArray &content,
                                           QString *error);
    QList<Evidence> evidenceOf(qint64 recordId, QString *error) const;
    QList<ProgressRecord> readRecords(SqliteStatement &statement, QString *error) const;

    PlanLibrary &m_library;
    mutable SqliteDatabase m_database;
};

} // namespace vigia
