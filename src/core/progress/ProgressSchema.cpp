#include "ProgressSchema.h"

#include "store/SqliteDatabase.h"

namespace vigia {

bool createProgressTables(SqliteDatabase &database, QString *error)
{
    return database.execute(QStringLiteral(R"sql(
        CREATE TABLE tracking_semesters (
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            semester TEXT NOT NULL CHECK (semester GLOB '[0-9][0-9][0-9][0-9]-S[12]'),
            PRIMARY KEY (plan_id, semester)
        );
        CREATE TABLE progress_records (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            item_id INTEGER NOT NULL REFERENCES items(id),
            semester TEXT NOT NULL CHECK (semester GLOB '[0-9][0-9][0-9][0-9]-S[12]'),
            status TEXT NOT NULL CHECK (status IN ('no-information', 'not-started', 'in-progress',
                                                   'partially-met', 'met', 'not-met', 'not-verifiable')),
            percent REAL CHECK (percent IS NULL OR (percent >= 0 AND percent <= 100)),
            achieved_value REAL,
            target_value REAL,
            note TEXT NOT NULL DEFAULT '',
            evaluator TEXT NOT NULL DEFAULT '',
            assessed_on TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (item_id, semester)
        );
        CREATE INDEX progress_records_semester ON progress_records(semester);
        CREATE TABLE progress_evidence (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            record_id INTEGER NOT NULL REFERENCES progress_records(id),
            kind TEXT NOT NULL CHECK (kind IN ('url', 'file')),
            url TEXT,
            consulted_on TEXT,
            original_name TEXT,
            media_type TEXT,
            sha256 TEXT,
            size INTEGER,
            content BLOB,
            added_by TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL,
            CHECK ((kind = 'url' AND url IS NOT NULL AND content IS NULL)
                   OR (kind = 'file' AND content IS NOT NULL AND length(sha256) = 64 AND size = length(content)))
        );
        CREATE INDEX progress_evidence_record ON progress_evidence(record_id);
        CREATE TABLE progress_history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            record_id INTEGER NOT NULL,
            item_id INTEGER NOT NULL,
            semester TEXT NOT NULL,
            action TEXT NOT NULL,
            old_values TEXT,
            new_values TEXT,
            detail TEXT NOT NULL DEFAULT '',
            changed_by TEXT NOT NULL DEFAULT '',
            changed_at TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX progress_history_record ON progress_history(record_id);
        CREATE INDEX progress_history_item ON progress_history(item_id);
        CREATE TRIGGER progress_history_no_update BEFORE UPDATE ON progress_history BEGIN
            SELECT RAISE(ABORT, 'progress history is append-only');
        END;
        CREATE TRIGGER progress_history_no_delete BEFORE DELETE ON progress_history BEGIN
            SELECT RAISE(ABORT, 'progress history is append-only');
        END;
        CREATE TRIGGER progress_evidence_no_update BEFORE UPDATE ON progress_evidence BEGIN
            SELECT RAISE(ABORT, 'progress evidence is append-only');
        END;
        CREATE TRIGGER progress_evidence_no_delete BEFORE DELETE ON progress_evidence BEGIN
            SELECT RAISE(ABORT, 'progress evidence is append-only');
        END;
        CREATE TRIGGER progress_records_no_delete BEFORE DELETE ON progress_records BEGIN
            SELECT RAISE(ABORT, 'progress records are never deleted');
        END;
        CREATE TABLE plan_replacements (
            old_plan_id INTEGER NOT NULL REFERENCES plans(id),
            new_plan_id INTEGER NOT NULL REFERENCES plans(id),
            replaced_at TEXT NOT NULL,
            PRIMARY KEY (old_plan_id, new_plan_id)
        );
        CREATE TABLE progress_conflicts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            record_id INTEGER NOT NULL REFERENCES progress_records(id),
            incoming_values TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT '',
            found_at TEXT NOT NULL,
            resolution TEXT CHECK (resolution IS NULL OR resolution IN ('local', 'incoming')),
            resolved_by TEXT,
            resolved_at TEXT,
            UNIQUE (record_id, incoming_values)
        );
    )sql"), error);
}

bool addEvidenceTitles(SqliteDatabase &database, QString *error)
{
    return database.execute(QStringLiteral("ALTER TABLE progress_evidence ADD COLUMN title TEXT NOT NULL DEFAULT ''"), error);
}

} // namespace vigia
