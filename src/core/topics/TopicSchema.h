#pragma once

#include <QString>

namespace vigia {

class SqliteDatabase;

namespace TopicSchema {

// Migration step: the topic tables (topics and their keywords, item topics computed or set by
// hand, the taxonomy revision each plan's computed topics follow), filled with the default
// taxonomy (TopicTaxonomy::defaultTopics()). Triggers bump the revision when topics or keywords
// change and mark a plan's topics stale when one of its item texts changes.
bool createTopicTables(SqliteDatabase &database, QString *error);

} // namespace TopicSchema
} // namespace vigia
