#pragma once

#include "store/SqliteDatabase.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <memory>

namespace vigia {

class PlanLibrary;

struct ReviewMark {
    QString reviewedBy;
    QDateTime reviewedAt;
};

// Which rows of the library's plans a person has checked after import, so that they leave the
// review queue. A mark belongs to its row: it goes when the row is deleted. Works on its own
// connection to the library's file, like the editors.
class ReviewMarks {
public:
    // The library must outlive the marks.
    static std::unique_ptr<ReviewMarks> open(PlanLibrary &library, QString *error);
    ~ReviewMarks();
    ReviewMarks(const ReviewMarks &) = delete;
    ReviewMarks &operator=(const ReviewMarks &) = delete;

    void setReviewerName(const QString &name) { m_reviewerName = name; }

    // Marks a row as reviewed (again: the mark is renewed), or takes its mark away.
    bool setReviewed(qint64 rowId, bool reviewed, QString *error);
    // The marks of one plan's rows, by row id.
    QHash<qint64, ReviewMark> marksOfPlan(qint64 planId, QString *error) const;

    // Schema step (LibrarySchema version 9): the review marks of rows.
    static bool createReviewMarks(SqliteDatabase &database, QString *error);

private:
    ReviewMarks(PlanLibrary &library, SqliteDatabase database);

    PlanLibrary &m_library;
    mutable SqliteDatabase m_database;
    QString m_reviewerName;
};

} // namespace vigia
