#include "ReviewMarks.h"

#include "store/CorrectionLogText.h"
#include "store/PlanLibrary.h"
#include "store/SqliteStatement.h"

namespace vigia {

ReviewMarks::ReviewMarks(PlanLibrary &library, SqliteDatabase database)
    : m_library(library)
    , m_database(std::move(database))
    , m_reviewerName(CorrectionLogText::defaultEditorName())
{
}

ReviewMarks::~ReviewMarks() = default;

std::unique_ptr<ReviewMarks> ReviewMarks::open(PlanLibrary &library, QString *error)
{
    QString reason;
    std::optional<SqliteDatabase> database = library.openConnection(&reason);
    if (!database) {
        if (error)
            *error = QStringLiteral("%1: cannot open the library: %2").arg(library.path(), reason);
        return nullptr;
    }
    return std::unique_ptr<ReviewMarks>(new ReviewMarks(library, std::move(*database)));
}

bool ReviewMarks::setReviewed(qint64 rowId, bool reviewed, QString *error)
{
    SqliteStatement statement = reviewed
        ? m_database.prepare(QStringLiteral(
              "INSERT INTO row_reviews (row_id, reviewed_by, reviewed_at) SELECT id, ?2, ?3 FROM plan_rows WHERE id = ?1 "
              "ON CONFLICT (row_id) DO UPDATE SET reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at"))
        : m_database.prepare(QStringLiteral("DELETE FROM row_reviews WHERE row_id = ?1"));
    statement.bind(1, rowId);
    if (reviewed) {
        statement.bind(2, CorrectionLogText::nonNull(m_reviewerName));
        statement.bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    }
    if (!statement.execute()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_library.path(), statement.errorMessage());
        return false;
    }
    if (reviewed && m_database.changes() == 0) {
        if (error)
            *error = QStringLiteral("%1: no row %2 in the library").arg(m_library.path()).arg(rowId);
        return false;
    }
    return true;
}

QHash<qint64, ReviewMark> ReviewMarks::marksOfPlan(qint64 planId, QString *error) const
{
    QHash<qint64, ReviewMark> marks;
    SqliteStatement statement = m_database.prepare(QStringLiteral(
        "SELECT m.row_id, m.reviewed_by, m.reviewed_at FROM row_reviews m JOIN plan_rows r ON r.id = m.row_id "
        "JOIN dimensions d ON d.id = r.dimension_id WHERE d.plan_id = ?1"));
    statement.bind(1, planId);
    SqliteStatement::StepResult result;
    while ((result = statement.step()) == SqliteStatement::StepResult::Row)
        marks.insert(statement.columnInt64(0), {statement.columnText(1), QDateTime::fromString(statement.columnText(2), Qt::ISODateWithMs)});
    if (result == SqliteStatement::StepResult::Error && error)
        *error = QStringLiteral("%1: %2").arg(m_library.path(), statement.errorMessage());
    return marks;
}

bool ReviewMarks::createReviewMarks(SqliteDatabase &database, QString *error)
{
    return database.execute(QStringLiteral(R"sql(
        CREATE TABLE row_reviews (
            row_id INTEGER PRIMARY KEY REFERENCES plan_rows(id) ON DELETE CASCADE,
            reviewed_by TEXT NOT NULL DEFAULT '',
            reviewed_at TEXT NOT NULL
        );
    )sql"), error);
}

} // namespace vigia
