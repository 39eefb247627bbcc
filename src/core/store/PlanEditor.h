#pragma once

#include "model/Plan.h"
#include "store/SqliteDatabase.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace vigia {

class PlanLibrary;

// An item as stored, with where it sits and the topics attached to it: enough to put it back
// exactly (same id, same place) after it was changed or deleted.
struct ItemSnapshot {
    struct TopicLink {
        qint64 topicId = 0;
        QString origin;
    };
    qint64 planId = 0;
    qint64 rowId = 0;
    ItemKind kind = ItemKind::Problem;
    int position = 0;                  // index in the row's cell of `kind`
    Item item;                         // id, text, marker, source, corrected
    QList<TopicLink> topics;
};

// What one edit changed, so that PlanEditor::revert() can undo it: the items it created (to
// delete) and the state of the items it changed or deleted before the edit (to restore).
struct ItemEdit {
    qint64 planId = 0;
    qint64 itemId = 0;                 // the item the edit is about (the new one for an addition)
    QList<qint64> created;
    QList<ItemSnapshot> before;
};

// One entry of the corrections log.
struct ItemCorrection {
    qint64 id = 0;
    qint64 planId = 0;
    qint64 itemId = 0;
    QString action;                    // text, kind, split, merge, move, delete, add, undo
    QString detail;
    QString correctedBy;
    QDateTime correctedAt;
};

// A person's corrections of an imported plan, item by item: each edit is one transaction, marks
// the items it touches as corrected, is written to the corrections log (who, when, what) and
// returns an ItemEdit that revert() undoes. Search follows (the library's FTS triggers). Items that
// carry progress records are never deleted, merged away or made non-trackable: such an edit is
// refused with the reason. Works on its own connection to the library's file, like ProgressTracker.
class PlanEditor {
public:
    // The library must outlive the editor. `editorName` goes into the log (default: the login name).
    static std::unique_ptr<PlanEditor> open(PlanLibrary &library, QString *error);
    ~PlanEditor();
    PlanEditor(const PlanEditor &) = delete;
    PlanEditor &operator=(const PlanEditor &) = delete;

    void setEditorName(const QString &name) { m_editorName = name; }
    QString editorName() const { return m_editorName; }

    std::optional<ItemSnapshot> item(qint64 itemId, QString *error = nullptr) const;

    std::optional<ItemEdit> setText(qint64 itemId, const QString &text, QString *error);
    // Makes the item an item of another kind in the same row (last of that kind).
    std::optional<ItemEdit> changeKind(qint64 itemId, ItemKind kind, QString *error);
    // Moves the item to `position` (-1: the end) among the items of `kind` in row `rowId`, which
    // must be a row of the same plan.
    std::optional<ItemEdit> moveItem(qint64 itemId, qint64 rowId, ItemKind kind, int position, QString *error);
    // Splits the text at `textPosition` (a QString index): the item keeps what comes before, a new
    // item of the same kind right after it gets the rest. `newItemId` (when not 0) is the id to give
    // the new item (a redo gives back the id of the first time).
    std::optional<ItemEdit> splitItem(qint64 itemId, int textPosition, QString *error, qint64 newItemId = 0);
    // Appends the text of the next item of the same kind in the same row, and deletes that item.
    std::optional<ItemEdit> mergeWithNext(qint64 itemId, QString *error);
    std::optional<ItemEdit> deleteItem(qint64 itemId, QString *error);
    // Adds an item at `position` (-1: the end) among the items of `kind` in row `rowId`.
    std::optional<ItemEdit> addItem(qint64 rowId, ItemKind kind, int position, const QString &text, QString *error,
                                    qint64 newItemId = 0);
    // Undoes an edit: deletes what it created and restores what it changed, with the same ids.
    bool revert(const ItemEdit &edit, QString *error);

    // How many progress records the item carries (such an item is never deleted); -1 on failure.
    int progressRecordCount(qint64 itemId, QString *reason) const;

    // The corrections of a plan, oldest first.
    QList<ItemCorrection> corrections(qint64 planId, QString *error = nullptr) const;

private:
    PlanEditor(PlanLibrary &library, SqliteDatabase database);

    QString fail(const QString &reason) const; // "LIBRARY: reason"
    std::optional<ItemSnapshot> readItem(qint64 itemId, QString *reason) const;
    std::optional<qint64> planOfRow(qint64 rowId, QString *reason) const;
    bool shiftPositions(qint64 rowId, ItemKind kind, int fromPosition, int delta, QString *reason);
    bool detach(const ItemSnapshot &item, QString *reason);
    bool attach(qint64 itemId, qint64 rowId, ItemKind kind, int position, QString *reason);
    bool updateFields(qint64 itemId, const QString &text, bool corrected, QString *reason);
    bool insertItem(const ItemSnapshot &item, QString *reason, qint64 *insertedId = nullptr);
    bool removeItem(const ItemSnapshot &item, QString *reason);
    bool restore(const ItemSnapshot &item, QString *reason);
    bool log(qint64 planId, qint64 itemId, const QString &action, const QString &detail, QString *reason);

    PlanLibrary &m_library;
    mutable SqliteDatabase m_database;
    QString m_editorName;
};

} // namespace vigia
