#pragma once

#include "model/Plan.h"
#include "store/SqliteDatabase.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <limits>
#include <optional>

namespace vigia {

// One row of the library listing.
struct PlanSummary {
    qint64 id = 0;
    QString sourceFileName;
    QByteArray sourceSha256;
    QString layout;
    PlanMetadata metadata;
    QDateTime importedAt;
    int dimensionCount = 0;
    int rowCount = 0;
    std::array<int, 4> itemCounts{}; // indexed by ItemKind
    int itemCount() const { return itemCounts[0] + itemCounts[1] + itemCounts[2] + itemCounts[3]; }
};

struct SearchQuery {
    QString text;                       // the user's words; accent- and case-insensitive
    qint64 planId = 0;                  // 0: every plan
    std::optional<ItemKind> kind = {};  // only items of this kind
    QString dimension = {};             // only items in this dimension (canonical name); empty: all
    int limit = 100;
    // Ranking (bm25) looks at every matching item, which costs a few microseconds each: when the
    // words match this many items or more (a word as common as "de" or "salud" in a large
    // library, or one typed letter), the hits are the best ranked of the short items that hold
    // them (LibrarySchema::shortItemLength; bm25 puts those first), or the shortest of those when
    // even they are this many, then the other matches in library order. In one plan, its matches
    // of such words come the shorter first.
    // 0: rank every match.
    int rankedMatchLimit = 5000;
};

struct SearchHit {
    qint64 planId = 0;
    qint64 itemId = 0;
    ItemKind kind = ItemKind::Problem;
    QString dimension;
    QString planLabel;                  // organization / place / period, for display
    QString text;                       // the item's full text
    QString snippet;                    // text around the match, matches wrapped in snippetOpen/snippetClose
    double rank = 0.0;                  // bm25 in the index it was found by, lower is better; 0 when not ranked
};

struct ImportOutcome {
    enum class Status { Imported, Duplicate, Failed };
    Status status = Status::Failed;
    qint64 planId = 0;                  // the new plan, or the one already holding the same source
    QString error;
};

// A Vigía library: one SQLite file holding plans, their items and an FTS5 index of item texts.
// One object is one connection; use it from one thread at a time (open another for a worker).
class PlanLibrary {
public:
    // Marks around matched words in SearchHit::snippet.
    static constexpr QStringView snippetOpen = u"\u0002";
    static constexpr QStringView snippetClose = u"\u0003";

    // Opens (creating when missing) and migrates the library at `path`. Returns null and sets
    // `error` ("PATH: reason") when the file cannot be opened or created, is not a Vigía library
    // (not SQLite, or SQLite of another application), is damaged, or is newer than this version
    // knows; the file is then left untouched. The folder must exist.
    static std::unique_ptr<PlanLibrary> open(const QString &path, QString *error);
    ~PlanLibrary();
    PlanLibrary(const PlanLibrary &) = delete;
    PlanLibrary &operator=(const PlanLibrary &) = delete;

    QString path() const;
    // A library altered outside Vigía at the current schema version (objects added or changed) is
    // opened read-only, its triggers off: this says what was altered ("this library has been
    // altered outside Vigía: trigger evil"); empty for a sound library. Its plans can be read and
    // exported; every write and openConnection() are refused with writeRefusal().
    QString alteredReason() const;
    bool isAltered() const { return !m_alteredReason.isEmpty(); }
    // Why nothing can be written (the altered reason, said for a person); empty when writes may go.
    QString writeRefusal() const;
    // Stops a statement of this library's connection that runs longer than `milliseconds` (0:
    // never; two minutes unless set), or at once when `cancel` (may be null) becomes true; the
    // call then fails with lastError() "cancelled" or saying it ran too long (see QueryBudget).
    void setQueryBudget(qint64 milliseconds);
    void setCancelFlag(const std::atomic_bool *cancel);
    // Another read-write connection to this library, set up like the library's own (foreign keys
    // on, the same wait when another connection writes), for a service that writes through its
    // own transactions (corrections, progress). Empty, with `reason`, when it cannot be opened.
    std::optional<SqliteDatabase> openConnection(QString *reason) const;

    // Stores a plan in one transaction: all of it or, on failure, nothing. A plan whose
    // sourceSha256 is already stored is a Duplicate and changes nothing. Ids in `plan` are ignored.
    ImportOutcome importPlan(const Plan &plan, const QStringList &warnings = {});
    // Stores several plans in one transaction, so one write to disk instead of one per plan (a bulk
    // load). Each plan is still all or nothing: one that fails is undone alone, the others are kept.
    // One outcome per plan, in order; a plan repeating an earlier one of the list is a Duplicate.
    QList<ImportOutcome> importPlans(const QList<Plan> &plans);

    // The reads below return empty on failure and set lastError(); it is cleared on success.
    // The plan stored from a source with this SHA-256 (hex), if any.
    std::optional<qint64> planIdForSource(const QByteArray &sourceSha256) const;
    QList<PlanSummary> plans() const;
    std::optional<Plan> plan(qint64 planId) const;   // with ids on the plan, dimensions, rows and items
    QStringList importWarnings(qint64 planId) const;
    // Hits best first (see SearchQuery::rankedMatchLimit); snippets are made for the hits returned
    // only.
    QList<SearchHit> search(const SearchQuery &query) const;
    QString lastError() const;
    // SQLite's data_version of this connection: it changes when another connection (another
    // process, another window) commits to the library. Empty on failure.
    std::optional<qint64> dataVersion() const;

    // Replaces an item's text (a person's correction): marks it corrected; search follows.
    bool correctItemText(qint64 itemId, const QString &text, QString *error);
    // Deletes a plan with everything below it. False when there is no such plan.
    bool removePlan(qint64 planId, QString *error);

private:
    PlanLibrary(QString path, SqliteDatabase database);
    void setLastError(const QString &reason) const;
    // Stores one plan inside the caller's transaction; on failure the caller rolls back.
    ImportOutcome storePlan(const Plan &plan, const QStringList &warnings);
    ImportOutcome importFailure(const QString &reason) const;
    // Search (PlanLibrarySearch.cpp): items by id, and matches in one of the two search indexes.
    struct ItemIdRange {
        qint64 first = 0;
        qint64 last = std::numeric_limits<qint64>::max();
        bool isWholeLibrary() const { return first == 0 && last == std::numeric_limits<qint64>::max(); }
    };
    // A search index: its table, and the SQL for a match's item id. Every item, by the item's id;
    // the short items, by a key that puts them in order of length (schema steps 13 and 14).
    struct SearchIndex {
        QString name;
        QString itemId;
    };
    static const SearchIndex everyItem;
    static const SearchIndex shortItems;
    std::optional<int> countMatches(const SearchIndex &index, const QString &expression, const ItemIdRange &range, int limit) const;
    // Rank: by bm25. Length: the shorter first (the short items' index keeps them so; one plan's
    // matches are ordered after). Library: by the index's rowid.
    enum class HitOrder { Rank, Length, Library };
    std::optional<QList<SearchHit>> matchingHits(const SearchIndex &index, HitOrder order, const QString &expression,
                                                 const SearchQuery &query, const ItemIdRange &range, int limit) const;

    QString m_path;
    mutable SqliteDatabase m_database;
    mutable QString m_lastError;
    QString m_alteredReason;
};

} // namespace vigia
