// PlanLibrary::search: full-text search of item texts, ranked, with snippets.
#include "PlanLibrary.h"

#include "LibraryFailure.h"
#include "LibrarySchema.h"
#include "SearchExpression.h"
#include "SqliteStatement.h"
#include "model/DimensionNames.h"

#include <QSet>

namespace vigia {

using StepResult = SqliteStatement::StepResult;

const PlanLibrary::SearchIndex PlanLibrary::everyItem{QStringLiteral("item_search"), QStringLiteral("item_search.rowid")};
const PlanLibrary::SearchIndex PlanLibrary::shortItems{
    QStringLiteral("short_item_search"), QStringLiteral("short_item_search.rowid % %1").arg(LibrarySchema::shortItemKeyScale)};

std::optional<int> PlanLibrary::countMatches(const SearchIndex &index, const QString &expression, const ItemIdRange &range,
                                             int limit) const
{
    // Reads the index only, and no further than `limit`.
    SqliteStatement count = m_database.prepare(QStringLiteral(
        "SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %1 MATCH ?1 AND %1.rowid BETWEEN ?2 AND ?3 LIMIT ?4)").arg(index.name));
    count.bind(1, expression);
    count.bind(2, range.first);
    count.bind(3, range.last);
    count.bind(4, limit);
    if (count.step() != StepResult::Row) {
        setLastError(LibraryFailure::describe(count));
        return std::nullopt;
    }
    return count.columnInt(0);
}

std::optional<QList<SearchHit>> PlanLibrary::matchingHits(const SearchIndex &index, HitOrder order, const QString &expression,
                                                          const SearchQuery &query, const ItemIdRange &range, int limit) const
{
    const QString joins = QStringLiteral(
        "JOIN plan_rows r ON r.id = i.row_id "
        "JOIN dimensions d ON d.id = r.dimension_id "
        "JOIN plans p ON p.id = d.plan_id "
        "WHERE (?4 = 0 OR p.id = ?4) "
        "AND (?5 IS NULL OR i.kind = ?5) "
        "AND (?6 IS NULL OR d.name = ?6) ");
    const QString columns = QStringLiteral("p.id, i.id, i.kind, d.name, p.organization, p.place, p.period, i.text, ");
    const QString rank = order == HitOrder::Rank ? QStringLiteral("rank") : QStringLiteral("NULL");
    // FTS5 delivers the matches in the order asked for (rank or rowid), so SQLite joins, filters
    // and makes snippets only until it has `limit` hits. But to rank, FTS5 ranks every match of
    // the words in the library whatever the rowid range: one plan's matches are taken in rowid
    // order instead (a seek), each with its rank and snippet, and ordered after.
    const bool orderAfter = order != HitOrder::Library && !range.isWholeLibrary();
    const QString sql = orderAfter
        ? QStringLiteral("WITH m AS MATERIALIZED (SELECT rowid AS id, %3 AS rank, snippet(%1, 0, ?2, ?3, '…', 24) AS snippet "
                         "FROM %1 WHERE %1 MATCH ?1 AND rowid BETWEEN ?8 AND ?9 ORDER BY rowid) "
                         "SELECT %4 m.snippet, m.rank, p.source_file_name FROM m JOIN items i ON i.id = m.id %2 ORDER BY %5 LIMIT ?7")
              .arg(index.name, joins, rank, columns,
                   order == HitOrder::Rank ? QStringLiteral("m.rank") : QStringLiteral("length(i.text), i.id"))
        // In the whole library, by rank or by the index's rowid: the item's id, or the short
        // item's length first. Hits in library order have no rank: bm25 would first count every
        // item holding the words.
        : QStringLiteral("SELECT %4 snippet(%1, 0, ?2, ?3, '…', 24), %3, p.source_file_name "
                         "FROM %1 JOIN items i ON i.id = %5 %2 AND %1 MATCH ?1 AND %1.rowid BETWEEN ?8 AND ?9 "
                         "ORDER BY %1.%6 LIMIT ?7")
              .arg(index.name, joins, order == HitOrder::Rank ? index.name + QStringLiteral(".rank") : rank, columns,
                   index.itemId, order == HitOrder::Rank ? QStringLiteral("rank") : QStringLiteral("rowid"));
    SqliteStatement statement = m_database.prepare(sql);
    statement.bind(1, expression);
    statement.bind(2, snippetOpen.toString());
    statement.bind(3, snippetClose.toString());
    statement.bind(4, query.planId);
    statement.bind(5, query.kind ? itemKindId(*query.kind) : QString());
    statement.bind(6, query.dimension.trimmed().isEmpty() ? QString() : DimensionNames::canonical(query.dimension));
    statement.bind(7, limit);
    statement.bind(8, range.first);
    statement.bind(9, range.last);
    QList<SearchHit> hits;
    StepResult step;
    while ((step = statement.step()) == StepResult::Row) {
        SearchHit hit;
        hit.planId = statement.columnInt64(0);
        hit.itemId = statement.columnInt64(1);
        hit.kind = itemKindFromId(statement.columnText(2)).value_or(ItemKind::Problem);
        hit.dimension = statement.columnText(3);
        PlanMetadata metadata;
        metadata.organization = statement.columnText(4);
        metadata.place = statement.columnText(5);
        metadata.period = statement.columnText(6);
        hit.planLabel = metadata.displayName(statement.columnText(10));
        hit.text = statement.columnText(7);
        hit.snippet = statement.columnText(8);
        hit.rank = statement.columnDouble(9);
        hits.append(hit);
    }
    if (step == StepResult::Error) {
        setLastError(LibraryFailure::describe(statement));
        return std::nullopt;
    }
    return hits;
}

QList<SearchHit> PlanLibrary::search(const SearchQuery &query) const
{
    const QString expression = SearchExpression::fromUserText(query.text);
    if (expression.isEmpty() || query.limit <= 0) {
        setLastError({});
        return {};
    }
    // One plan's items: their id range bounds the index lookups (FTS5 seeks rowid ranges), so a
    // common word searched in one plan costs what the plan holds, not what the library holds.
    ItemIdRange range; // the whole library
    if (query.planId != 0) {
        SqliteStatement bounds = m_database.prepare(QStringLiteral(
            "SELECT min(i.id), max(i.id) FROM items i JOIN plan_rows r ON r.id = i.row_id "
            "JOIN dimensions d ON d.id = r.dimension_id WHERE d.plan_id = ?1"));
        bounds.bind(1, query.planId);
        if (bounds.step() != StepResult::Row) {
            setLastError(LibraryFailure::describe(bounds));
            return {};
        }
        if (bounds.isNull(0)) {
            setLastError({});
            return {};
        }
        range = {bounds.columnInt64(0), bounds.columnInt64(1)};
    }
    // Whether the words are common is a matter of the whole library, also when searching one plan:
    // bm25 weighs each word by how many items in the library hold it, which it counts first, and
    // counting the items that hold "de" costs what ranking them would.
    const bool rankEverything = query.rankedMatchLimit <= 0;
    const ItemIdRange library;
    const std::optional<int> matches = rankEverything ? 0 : countMatches(everyItem, expression, library, query.rankedMatchLimit);
    if (!matches)
        return {};
    std::optional<QList<SearchHit>> hits;
    if (rankEverything || *matches < query.rankedMatchLimit) {
        hits = matchingHits(everyItem, HitOrder::Rank, expression, query, range, query.limit);
    } else if (!range.isWholeLibrary()) {
        // Words too common to rank, in one plan: the plan's matches, the shorter first.
        hits = matchingHits(everyItem, HitOrder::Length, expression, query, range, query.limit);
    } else {
        // Words too common to rank every match: bm25 puts the short items that hold them first,
        // so the best of those come first (the shortest if even they are too many), then the
        // other matches in library order.
        const std::optional<int> shortMatches = countMatches(shortItems, expression, library, query.rankedMatchLimit);
        if (!shortMatches)
            return {};
        hits = matchingHits(shortItems, *shortMatches < query.rankedMatchLimit ? HitOrder::Rank : HitOrder::Length, expression,
                            query, library, query.limit);
        if (hits && hits->size() < query.limit) {
            const std::optional<QList<SearchHit>> others
                = matchingHits(everyItem, HitOrder::Library, expression, query, library, query.limit + int(hits->size()));
            if (!others)
                return {};
            QSet<qint64> found;
            for (const SearchHit &hit : std::as_const(*hits))
                found.insert(hit.itemId);
            for (const SearchHit &hit : *others) {
                if (hits->size() >= query.limit)
                    break;
                if (!found.contains(hit.itemId))
                    hits->append(hit);
            }
        }
    }
    if (!hits)
        return {};
    setLastError({});
    return *hits;
}

} // namespace vigia
