#pragma once

#include "TopicTaxonomy.h"
#include "store/SqliteDatabase.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace vigia {

class PlanLibrary;

// How an item got a topic: found by its keywords, or given by a person.
enum class TopicOrigin { Computed, Added };

struct ItemTopic {
    QString key;
    TopicOrigin origin = TopicOrigin::Computed;
    bool operator==(const ItemTopic &) const = default;
};

// The library's editable topic taxonomy and the topics of each item. An item's topics are the ones
// its text matches (TopicMatcher), recomputed whenever the taxonomy or the item's text changed,
// plus the ones a person added, minus the ones a person removed: manual choices always win and
// survive recomputation. One object is one connection to the library file (beside the
// PlanLibrary's own); use it from one thread at a time.
class TopicStore {
public:
    // Opens the topics of an open library. Null and `error` set on failure.
    static std::unique_ptr<TopicStore> open(const PlanLibrary &library, QString *error);
    ~TopicStore();
    TopicStore(const TopicStore &) = delete;
    TopicStore &operator=(const TopicStore &) = delete;

    // The taxonomy in its order; empty on failure (see lastError()).
    QList<Topic> topics() const;
    std::optional<Topic> topic(const QString &key) const;
    QString lastError() const { return m_lastError; }

    // Taxonomy edits. Each fails with a clear message for an unknown key, an empty or duplicate name.
    // addTopic sets `key` to the new topic's key (made from the name).
    bool addTopic(const QString &name, const QStringList &keywords, QString *key, QString *error);
    bool renameTopic(const QString &key, const QString &newName, QString *error);
    bool removeTopic(const QString &key, QString *error);
    bool addKeywords(const QString &key, const QStringList &keywords, QString *error);
    bool removeKeywords(const QString &key, const QStringList &keywords, QString *error);
    // Replaces the whole taxonomy (an imported topic file). Topics whose key stays keep their
    // manual assignments; the others go with theirs.
    bool replaceTopics(const QList<Topic> &topics, QString *error);

    // A person's choices for one item: give it a topic, take one away, or forget the choice (the
    // computed answer applies again).
    bool addItemTopic(qint64 itemId, const QString &key, QString *error);
    bool removeItemTopic(qint64 itemId, const QString &key, QString *error);
    bool resetItemTopic(qint64 itemId, const QString &key, QString *error);

    // The topics of every item of a plan (item id -> topics in taxonomy order; items without topics
    // are absent), recomputing the computed ones first when they are stale. Nothing on failure.
    std::optional<QHash<qint64, QList<ItemTopic>>> itemTopics(qint64 planId, QString *error);
    // Recomputes a plan's computed topics now.
    bool recompute(qint64 planId, QString *error);

private:
    TopicStore(QString path, SqliteDatabase database);
    std::optional<qint64> topicId(const QString &key, QString *error) const;
    bool itemExists(qint64 itemId, QString *error) const;
    bool setManualTopic(qint64 itemId, const QString &key, const QString &origin, QString *error);
    bool insertKeywords(qint64 topicId, const QStringList &keywords, QString *error);
    std::optional<bool> isStale(qint64 planId, QString *error) const;
    QString failure(const QString &reason) const;

    QString m_path;
    mutable SqliteDatabase m_database;
    mutable QString m_lastError;
};

} // namespace vigia
