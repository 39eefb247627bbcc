#pragma once

#include "ProgressValues.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vigia {

// One piece of evidence backing a progress record: a URL (with the day it was consulted) or a file
// stored inside the library. The file's bytes are fetched separately (ProgressTracker::evidenceContent).
struct Evidence {
    enum class Kind { Url, File };
    qint64 id = 0;
    qint64 recordId = 0;
    Kind kind = Kind::Url;
    QString url;
    QString title;          // a link's title as the person gave it; empty when none
    QDate consultedOn;
    QString originalName;   // as given; never used as a path
    QString mediaType;
    QByteArray sha256;      // hex
    qint64 size = 0;
    QString addedBy;
    QDateTime addedAt;
};

// The current state of one item in one semester.
struct ProgressRecord {
    qint64 id = 0;
    qint64 itemId = 0;
    QString semester;
    ProgressValues values;
    QDateTime updatedAt;
    QList<Evidence> evidence;
};

// One entry of the append-only history: who changed what when, the values before and after.
struct HistoryEntry {
    qint64 id = 0;
    QString uid;            // unique across libraries, so merges can tell entries apart
    qint64 recordId = 0;
    qint64 itemId = 0;      // the item the record was on at the time
    QString semester;
    QString action;         // "set", "evidence", "moved", "attached", "merged", "resolved"
    std::optional<ProgressValues> oldValues; // none when the record was created
    std::optional<ProgressValues> newValues;
    QString detail;         // what the action was about (evidence name, move, conflict …)
    QString changedBy;
    QDateTime changedAt;
    QString origin;         // empty for this library's own changes; else the group it came from
};

// Another group's values for a record that differ from ours, met while merging.
struct ProgressConflict {
    enum class Side { Local, Incoming };
    qint64 id = 0;
    qint64 recordId = 0;
    qint64 itemId = 0;
    QString semester;
    ProgressValues local;
    ProgressValues incoming;
    QString origin;
    QDateTime foundAt;
    std::optional<Side> resolution;
    QString resolvedBy;
};

} // namespace vigia
