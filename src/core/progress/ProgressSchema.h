#pragma once

#include <QString>

namespace vigia {

class SqliteDatabase;

// Migration step 3 of the library (see LibrarySchema): six-monthly progress tracking.
//  - tracking_semesters: a plan's own list of semesters, when edited (else derived from its period)
//  - progress_records: the current status/value of one item in one semester
//  - progress_evidence: URLs and files (BLOB with SHA-256) backing a record; append-only
//  - progress_history: every change (who, when, old -> new); append-only, enforced by triggers
//  - plan_replacements: "plan B is a corrected version of plan A"
//  - progress_conflicts: another group's differing values met while merging, and how they were resolved
// Records refer to items without cascading, so a plan with progress cannot be deleted by accident.
bool createProgressTables(SqliteDatabase &database, QString *error);

// Migration step 11: a title for each evidence link ("Informe de gestión 2025"), empty for the links
// stored before it and for files (which keep their own name).
bool addEvidenceTitles(SqliteDatabase &database, QString *error);

} // namespace vigia
