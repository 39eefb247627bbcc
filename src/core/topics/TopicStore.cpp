#include "TopicStore.h"

#include "TermAnalyzer.h"
#include "TopicMatcher.h"
#include "store/PlanLibrary.h"
#include "store/SqliteStatement.h"
#include "store/SqliteTransaction.h"
#include "text/TextNormalizer.h"

#include <QSet>


namespace vigia {
namespace {

using StepResult = SqliteStatement::StepResult;


bool setError(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return false;
}

} // namespace

TopicStore::TopicStore(QString path, SqliteDatabase database)
    : m_path(std::move(path))
    , m_database(std::move(database))
{
}

TopicStore::~TopicStore() = default;

std::unique_ptr<TopicStore> TopicStore::open(const PlanLibrary &library, QString *error)
{
    QString reason;
    std::optional<SqliteDatabase> database = library.openConnection(&reason);
    if (!database) {
        setError(error, QStringLiteral("%1: cannot open the topics: %2").arg(library.path(), reason));
        return nullptr;
    }
    return std::unique_ptr<TopicStore>(new TopicStore(library.path(), std::move(*database)));
}

QString TopicStore::failure(const QString &reason) const
{
    return QStringLiteral("%1: %2").arg(m_path, reason);
}

QList<Topic> TopicStore::topics() const
{
    m_lastError.clear();
    SqliteStatement statement = m_database.prepare(QStringLiteral(
        "SELECT t.key, t.name, k.keyword FROM topics t LEFT JOIN topic_keywords k ON k.topic_id = t.id "
        "ORDER BY t.position, t.id, k.position, k.keyword"));
    QList<Topic> result;
    StepResult step;
    while ((step = statement.step()) == StepResult::Row) {
        const QString key = statement.columnText(0);
        if (result.isEmpty() || result.constLast().key != key)
            result.append({key, statement.columnText(1), {}});
        if (!statement.isNull(2))
            result.last().keywords.append(statement.columnText(2));
    }
    if (step == StepResult::Error) {
        m_lastError = failure(statement.errorMessage());
        return {};
    }
    return result;
}

std::optional<Topic> TopicStore::topic(const QString &key) const
{
    for (const Topic &candidate : topics()) {
        if (candidate.key == key)
            return candidate;
    }
    return std::nullopt;
}

std::optional<qint64> TopicStore::topicId(const QString &key, QString *error) const
{
    SqliteStatement statement = m_database.prepare(QStringLiteral("SELECT id FROM topics WHERE key = ?1"));
    statement.bind(1, key);
    switch (statement.step()) {
    case StepResult::Row:
        return statement.columnInt64(0);
    case StepResult::Done:
        setError(error, failure(QStringLiteral("no topic '%1'").arg(key)));
        return std::nullopt;
    case StepResult::Error:
        break;
    }
    setError(error, failure(statement.errorMessage()));
    return std::nullopt;
}

bool TopicStore::itemExists(qint64 itemId, QString *error) const
{
    SqliteStatement statement = m_database.prepare(QStringLiteral("SELECT 1 FROM items WHERE id = ?1"));
    statement.bind(1, itemId);
    switch (statement.step()) {
    case StepResult::Row:
        return true;
    case StepResult::Done:
        return setError(error, failure(QStringLiteral("no item %1").arg(itemId)));
    case StepResult::Error:
        break;
    }
    return setError(error, failure(statement.errorMessage()));
}

bool TopicStore::insertKeywords(qint64 topicId, const QStringList &keywords, QString *error)
{
    SqliteStatement statement = m_database.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO topic_keywords (topic_id, position, keyword) "
        "VALUES (?1, (SELECT coalesce(max(position) + 1, 0) FROM topic_keywords WHERE topic_id = ?1), ?2)"));
    QSet<QString> existing;
    SqliteStatement known = m_database.prepare(QStringLiteral("SELECT keyword FROM topic_keywords WHERE topic_id = ?1"));
    known.bind(1, topicId);
    while (known.step() == StepResult::Row)
        existing.insert(TextNormalizer::fold(known.columnText(0)));
    for (const QString &keyword : TopicTaxonomy::cleanKeywords(keywords)) {
        if (existing.contains(TextNormalizer::fold(keyword)))
            continue;
        statement.reset();
        statement.bind(1, topicId);
        statement.bind(2, keyword);
        if (!statement.execute())
            return setError(error, failure(statement.errorMessage()));
    }
    return true;
}

bool TopicStore::addTopic(const QString &name, const QStringList &keywords, QString *key, QString *error)
{
    const QString cleanName = TextNormalizer::simplifyWhitespace(TextNormalizer::nfc(name));
    const QString newKey = TopicTaxonomy::keyForName(cleanName);
    if (newKey.isEmpty())
        return setError(error, failure(QStringLiteral("a topic needs a name")));
    const QList<Topic> current = topics();
    if (!m_lastError.isEmpty())
        return setError(error, m_lastError);
    for (const Topic &existing : current) {
        if (existing.key == newKey || TextNormalizer::fold(existing.name) == TextNormalizer::fold(cleanName))
            return setError(error, failure(QStringLiteral("there is already a topic '%1'").arg(existing.name)));
    }
    SqliteTransaction transaction(m_database);
    if (!transaction.isActive())
        return setError(error, failure(transaction.error()));
    SqliteStatement insert = m_database.prepare(QStringLiteral(
        "INSERT INTO topics (key, name, position) VALUES (?1, ?2, (SELECT coalesce(max(position) + 1, 0) FROM topics))"));
    insert.bind(1, newKey);
    insert.bind(2, cleanName);
    if (!insert.execute())
        return setError(error, failure(insert.errorMessage()));
    if (!insertKeywords(m_database.lastInsertRowId(), keywords, error))
        return false;
    if (!transaction.commit())
        return setError(error, failure(transaction.error()));
    if (key)
        *key = newKey;
    return true;
}

bool TopicStore::renameTopic(const QString &key, const QString &newName, QString *error)
{
    const QString cleanName = TextNormalizer::simplifyWhitespace(TextNormalizer::nfc(newName));
    if (cleanName.isEmpty())
        return setError(error, failure(QStringLiteral("a topic needs a name")));
    if (!topicId(key, error))
        return false;
    for (const Topic &existing : topics()) {
        if (existing.key != key && TextNormalizer::fold(existing.name) == TextNormalizer::fold(cleanName))
            return setError(error, failure(QStringLiteral("there is already a topic '%1'").arg(existing.name)));
    }
    SqliteStatement update = m_database.prepare(QStringLiteral("UPDATE topics SET name = ?2 WHERE key = ?1"));
    update.bind(1, key);
    update.bind(2, cleanName);
    return update.execute() || setError(error, failure(update.errorMessage()));
}

bool TopicStore::removeTopic(const QString &key, QString *error)
{
    if (!topicId(key, error))
        return false;
    SqliteStatement remove = m_database.prepare(QStringLiteral("DELETE FROM topics WHERE key = ?1"));
    remove.bind(1, key);
    return remove.execute() || setError(error, failure(remove.errorMessage()));
}

bool TopicStore::addKeywords(const QString &key, const QStringList &keywords, QString *error)
{
    const std::optional<qint64> id = topicId(key, error);
    if (!id)
        return false;
    SqliteTransaction transaction(m_database);
    if (!transaction.isActive())
        return setError(error, failure(transaction.error()));
    return insertKeywords(*id, keywords, error)
           && (transaction.commit() || setError(error, failure(transaction.error())));
}

bool TopicStore::removeKeywords(const QString &key, const QStringList &keywords, QString *error)
{
    const std::optional<qint64> id = topicId(key, error);
    if (!id)
        return false;
    const std::optional<Topic> current = topic(key);
    QSet<QString> unwanted;
    for (const QString &keyword : keywords)
        unwanted.insert(TextNormalizer::fold(TextNormalizer::simplifyWhitespace(keyword)));
    SqliteTransaction transaction(m_database);
    if (!transaction.isActive())
        return setError(error, failure(transaction.error()));
    SqliteStatement remove
        = m_database.prepare(QStringLiteral("DELETE FROM topic_keywords WHERE topic_id = ?1 AND keyword = ?2"));
    for (const QString &keyword : current ? current->keywords : QStringList()) {
        if (!unwanted.contains(TextNormalizer::fold(keyword)))
            continue;
        unwanted.remove(TextNormalizer::fold(keyword));
        remove.reset();
        remove.bind(1, *id);
        remove.bind(2, keyword);
        if (!remove.execute())
            return setError(error, failure(remove.errorMessage()));
    }
    if (!unwanted.isEmpty()) {
        QStringList names = unwanted.values();
        names.sort();
        return setError(error, failure(QStringLiteral("topic '%1' has no keyword %2").arg(key, names.join(QStringLiteral(", ")))));
    }
    return transaction.commit() || setError(error, failure(transaction.error()));
}

bool TopicStore::replaceTopics(const QList<Topic> &newTopics, QString *error)
{
    QSet<QString> keys;
    QSet<QString> names;
    for (const Topic &topic : newTopics) {
        if (topic.key.isEmpty() || topic.name.trimmed().isEmpty())
            return setError(error, failure(QStringLiteral("every topic needs a key and a name")));
        if (keys.contains(topic.key) || names.contains(TextNormalizer::fold(topic.name)))
            return setError(error, failure(QStringLiteral("the topic '%1' appears twice").arg(topic.name)));
        keys.insert(topic.key);
        names.insert(TextNormalizer::fold(topic.name));
    }
    SqliteTransaction transaction(m_database);
    if (!transaction.isActive())
        return setError(error, failure(transaction.error()));
    // Topics that stay keep their row (and so their manual assignments); the rest go.
    SqliteStatement existingKeys = m_database.prepare(QStringLiteral("SELECT key FROM topics"));
    QStringList gone;
    while (existingKeys.step() == StepResult::Row) {
        if (!keys.contains(existingKeys.columnText(0)))
            gone.append(existingKeys.columnText(0));
    }
    SqliteStatement remove = m_database.prepare(QStringLiteral("DELETE FROM topics WHERE key = ?1"));
    for (const QString &key : gone) {
        remove.reset();
        remove.bind(1, key);
        if (!remove.execute())
            return setError(error, failure(remove.errorMessage()));
    }
    SqliteStatement upsert = m_database.prepare(QStringLiteral(
        "INSERT INTO topics (key, name, position) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (key) DO UPDATE SET name = excluded.name, position = excluded.position"));
    SqliteStatement clearKeywords = m_database.prepare(
        QStringLiteral("DELETE FROM topic_keywords WHERE topic_id = (SELECT id FROM topics WHERE key = ?1)"));
    for (qsizetype i = 0; i < newTopics.size(); ++i) {
        const Topic &topic = newTopics.at(i);
        upsert.reset();
        upsert.bind(1, topic.key);
        upsert.bind(2, TextNormalizer::simplifyWhitespace(topic.name));
        upsert.bind(3, qint64(i));
        clearKeywords.reset();
        clearKeywords.bind(1, topic.key);
        if (!upsert.execute())
            return setError(error, failure(upsert.errorMessage()));
        if (!clearKeywords.execute())
            return setError(error, failure(clearKeywords.errorMessage()));
        const std::optional<qint64> id = topicId(topic.key, error);
        if (!id || !insertKeywords(*id, topic.keywords, error))
            return false;
    }
    return transaction.commit() || setError(error, failure(transaction.error()));
}

bool TopicStore::setManualTopic(qint64 itemId, const QString &key, const QString &origin, QString *error)
{
    const std::optional<qint64> id = topicId(key, error);
    if (!id || !itemExists(itemId, error))
        return false;
    SqliteStatement statement = m_database.prepare(QStringLiteral(
        "INSERT INTO item_topics (item_id, topic_id, origin) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (item_id, topic_id) DO UPDATE SET origin = excluded.origin"));
    statement.bind(1, itemId);
    statement.bind(2, *id);
    statement.bind(3, origin);
    return statement.execute() || setError(error, failure(statement.errorMessage()));
}

bool TopicStore::addItemTopic(qint64 itemId, const QString &key, QString *error)
{
    return setManualTopic(itemId, key, QStringLiteral("added"), error);
}

bool TopicStore::removeItemTopic(qint64 itemId, const QString &key, QString *error)
{
    return setManualTopic(itemId, key, QStringLiteral("removed"), error);
}

bool TopicStore::resetItemTopic(qint64 itemId, const QString &key, QString *error)
{
    const std::optional<qint64> id = topicId(key, error);
    if (!id || !itemExists(itemId, error))
        return false;
    SqliteStatement statement = m_database.prepare(
        QStringLiteral("DELETE FROM item_topics WHERE item_id = ?1 AND topic_id = ?2 AND origin <> 'computed'"));
    statement.bind(1, itemId);
    statement.bind(2, *id);
    if (!statement.execute())
        return setError(error, failure(statement.errorMessage()));
    // The computed answer for this item is due again.
    SqliteStatement stale = m_database.prepare(QStringLiteral(
        "DELETE FROM plan_topic_state WHERE plan_id = (SELECT d.plan_id FROM items i JOIN plan_rows r ON r.id = i.row_id "
        "JOIN dimensions d ON d.id = r.dimension_id WHERE i.id = ?1)"));
    stale.bind(1, itemId);
    return stale.execute() || setError(error, failure(stale.errorMessage()));
}

std::optional<bool> TopicStore::isStale(qint64 planId, QString *error) const
{
    SqliteStatement statement = m_database.prepare(QStringLiteral(
        "SELECT p.id, s.revision IS NOT (SELECT revision FROM topic_revision) FROM plans p "
        "LEFT JOIN plan_topic_state s ON s.plan_id = p.id WHERE p.id = ?1"));
    statement.bind(1, planId);
    switch (statement.step()) {
    case StepResult::Row:
        return statement.columnInt(1) != 0;
    case StepResult::Done:
        setError(error, failure(QStringLiteral("no plan with id %1").arg(planId)));
        return std::nullopt;
    case StepResult::Error:
        break;
    }
    setError(error, failure(statement.errorMessage()));
    return std::nullopt;
}

bool TopicStore::recompute(qint64 planId, QString *error)
{
    const QList<Topic> taxonomy = topics();
    if (!m_lastError.isEmpty())
        return setError(error, m_lastError);
    SqliteTransaction transaction(m_database);
    if (!transaction.isActive())
        return setError(error, failure(transaction.error()));
    const std::optional<bool> stale = isStale(planId, error);
    if (!stale)
        return false;

    TermAnalyzer analyzer;
    TopicMatcher matcher(taxonomy, analyzer);
    QHash<QString, qint64> topicIds;
    {
        SqliteStatement ids = m_database.prepare(QStringLiteral("SELECT key, id FROM topics"));
        while (ids.step() == StepResult::Row)
            topicIds.insert(ids.columnText(0), ids.columnInt64(1));
    }
    const QString planItems = QStringLiteral(
        "SELECT i.id FROM items i JOIN plan_rows r ON r.id = i.row_id JOIN dimensions d ON d.id = r.dimension_id "
        "WHERE d.plan_id = ?1");
    SqliteStatement clear = m_database.prepare(
        QStringLiteral("DELETE FROM item_topics WHERE origin = 'computed' AND item_id IN (%1)").arg(planItems));
    clear.bind(1, planId);
    if (!clear.execute())
        return setError(error, failure(clear.errorMessage()));

    SqliteStatement items = m_database.prepare(QStringLiteral(
        "SELECT i.id, i.text FROM items i JOIN plan_rows r ON r.id = i.row_id JOIN dimensions d ON d.id = r.dimension_id "
        "WHERE d.plan_id = ?1"));
    items.bind(1, planId);
    // A manual row for the same item and topic wins: the computed one is not inserted over it.
    SqliteStatement insert = m_database.prepare(
        QStringLiteral("INSERT OR IGNORE INTO item_topics (item_id, topic_id, origin) VALUES (?1, ?2, 'computed')"));
    StepResult step;
    while ((step = items.step()) == StepResult::Row) {
        const qint64 itemId = items.columnInt64(0);
        for (const QString &key : matcher.topicsFor(items.columnText(1))) {
            insert.reset();
            insert.bind(1, itemId);
            insert.bind(2, topicIds.value(key));
            if (!insert.execute())
                return setError(error, failure(insert.errorMessage()));
        }
    }
    if (step == StepResult::Error)
        return setError(error, failure(items.errorMessage()));
    SqliteStatement state = m_database.prepare(QStringLiteral(
        "INSERT INTO plan_topic_state (plan_id, revision) VALUES (?1, (SELECT revision FROM topic_revision)) "
        "ON CONFLICT (plan_id) DO UPDATE SET revision = excluded.revision"));
    state.bind(1, planId);
    if (!state.execute())
        return setError(error, failure(state.errorMessage()));
    return transaction.commit() || setError(error, failure(transaction.error()));
}

std::optional<QHash<qint64, QList<ItemTopic>>> TopicStore::itemTopics(qint64 planId, QString *error)
{
    const std::optional<bool> stale = isStale(planId, error);
    if (!stale || (*stale && !recompute(planId, error)))
        return std::nullopt;
    SqliteStatement statement = m_database.prepare(QStringLiteral(
        "SELECT it.item_id, t.key, it.origin FROM item_topics it JOIN topics t ON t.id = it.topic_id "
        "JOIN items i ON i.id = it.item_id JOIN plan_rows r ON r.id = i.row_id JOIN dimensions d ON d.id = r.dimension_id "
        "WHERE d.plan_id = ?1 AND it.origin <> 'removed' ORDER BY it.item_id, t.position, t.id"));
    statement.bind(1, planId);
    QHash<qint64, QList<ItemTopic>> result;
    StepResult step;
    while ((step = statement.step()) == StepResult::Row) {
        result[statement.columnInt64(0)].append(
            {statement.columnText(1),
             statement.columnText(2) == u"added" ? TopicOrigin::Added : TopicOrigin::Computed});
    }
    if (step == StepResult::Error) {
        setError(error, failure(statement.errorMessage()));
        return std::nullopt;
    }
    return result;
}

} // namespace vigia
