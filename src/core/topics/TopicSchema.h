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

// Migration step: the default keywords of December 2026 (partners and phrases in which a topic's
// words do not count, ambiguous single words replaced by phrases) for every topic whose keywords
// are still those Vigía shipped before (TopicTaxonomy::firstDefaultTopics()): a topic a person
// edited keeps its keywords. The revision triggers then make every plan's topics recompute.
bool updateDefaultKeywords(SqliteDatabase &database, QString *error);

} // namespace TopicSchema
} // namespace vigia
