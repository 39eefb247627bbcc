#pragma once

#include "model/Plan.h"
#include "store/SqliteDatabase.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace vigia {

class PlanLibrary;

// What one correction of a plan's details changed, so that PlanDetailsEditor::revert() can undo it.
struct PlanDetailsEdit {
    enum class Kind { Metadata, RenameDimension, MergeDimensions };
    struct MovedRow {
        qint64 rowId = 0;
        int position = 0; // its position in the dimension it came from
    };
    Kind kind = Kind::Metadata;
    qint64 planId = 0;
    PlanMetadata metadataBefore;  // Metadata
    qint64 dimensionId = 0;       // RenameDimension: the dimension; MergeDimensions: the one merged away
    QString nameBefore;           // its name
    int dimensionPosition = 0;    // MergeDimensions: where the merged-away dimension stood
    qint64 intoDimensionId = 0;   // MergeDimensions: the dimension that took its rows
    QList<MovedRow> movedRows;    // MergeDimensions: its rows, in order
};

// A person's corrections of what the importer got wrong beyond items: the plan's metadata
// (organization, place, election type, period, vision) and its dimensions (a name misread, one
// dimension split in two by spelling). Each correction is one transaction, written to the log of
// plan corrections (who, when, what), and returns a PlanDetailsEdit that revert() undoes with the
// same ids. Works on its own connection to the library's file, like PlanEditor.
class PlanDetailsEditor {
public:
    // The library must outlive the editor.
    static std::unique_ptr<PlanDetailsEditor> open(PlanLibrary &library, QString *error);
    ~PlanDetailsEditor();
    PlanDetailsEditor(const PlanDetailsEditor &) = delete;
    PlanDetailsEditor &operator=(const PlanDetailsEditor &) = delete;

    void setEditorName(const QString &name) { m_editorName = name; }

    // Replaces the plan's metadata; a null or blank field means "not stated".
    std::optional<PlanDetailsEdit> setMetadata(qint64 planId, const PlanMetadata &metadata, QString *error);
    // Renames a dimension; refused when another dimension of the plan has that name (merge them).
    std::optional<PlanDetailsEdit> renameDimension(qint64 dimensionId, const QString &name, QString *error);
    // Moves every row of `dimensionId` to the end of `intoDimensionId` (same plan), in order, and
    // removes the emptied dimension.
    std::optional<PlanDetailsEdit> mergeDimensions(qint64 dimensionId, qint64 intoDimensionId, QString *error);
    // Undoes a correction: the plan's details as they were, with the same ids.
    bool revert(const PlanDetailsEdit &edit, QString *error);

    // Schema step (LibrarySchema version 8): the log of corrections to plans' details.
    static bool createCorrectionLog(SqliteDatabase &database, QString *error);

private:
    PlanDetailsEditor(PlanLibrary &library, SqliteDatabase database);

    struct DimensionRecord {
        qint64 id = 0;
        qint64 planId = 0;
        int position = 0;
        QString name;
    };
    std::optional<DimensionRecord> readDimension(qint64 dimensionId, QString *reason) const;
    std::optional<PlanMetadata> readMetadata(qint64 planId, QString *reason) const;
    bool writeMetadata(qint64 planId, const PlanMetadata &metadata, QString *reason);
    bool log(qint64 planId, const QString &action, const QString &detail, QString *reason);

    PlanLibrary &m_library;
    mutable SqliteDatabase m_database;
    QString m_editorName;
};

} // namespace vigia
