#include "Commands.h"
#include "LibraryCommandLine.h"

#include "review/ReviewMarks.h"
#include "review/RowReview.h"
#include "store/PlanLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigia::cli {
namespace {

// The first words of a row's first item, to tell rows apart in a listing.
QString rowLabel(const Row &row)
{
    const Item *first = row.firstItem();
    const QString text = first ? first->text.simplified() : QString();
    return text.size() > 60 ? text.left(59) + u'…' : text;
}

std::optional<qint64> rowIdArgument(const QString &value)
{
    bool isNumber = false;
    const qint64 id = value.toLongLong(&isNumber);
    return isNumber && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

int runReview(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral(
        "Lists the rows of a stored plan that the importer may have read wrong (the review queue),\n"
        "with the reasons, and marks rows as reviewed so that they leave the queue."));
    commandLine.parser().addPositionalArgument(QStringLiteral("PLAN_ID"), QStringLiteral("The plan's id (see list)"));
    const QCommandLineOption doneOption(QStringLiteral("done"), QStringLiteral("Mark row ROW_ID as reviewed (repeatable)."),
                                        QStringLiteral("ROW_ID"));
    const QCommandLineOption undoOption(QStringLiteral("undo"), QStringLiteral("Put row ROW_ID back in the queue (repeatable)."),
                                        QStringLiteral("ROW_ID"));
    const QCommandLineOption allOption(QStringLiteral("all"), QStringLiteral("List reviewed rows too."));
    commandLine.parser().addOptions({doneOption, undoOption, allOption});
    commandLine.addFormatOption();
    if (const std::optional<int> status = commandLine.parse())
        return *status;
    const QStringList arguments = commandLine.parser().positionalArguments();
    if (arguments.size() != 1)
        return commandLine.usageError(QStringLiteral("give exactly one PLAN_ID"));
    const std::optional<qint64> planId = rowIdArgument(arguments.constFirst());
    if (!planId)
        return commandLine.usageError(QStringLiteral("'%1' is not a plan id").arg(arguments.constFirst()));
    QList<qint64> done;
    QList<qint64> undone;
    for (const auto &[option, ids] : {std::pair{&doneOption, &done}, std::pair{&undoOption, &undone}}) {
        for (const QString &value : commandLine.parser().values(*option)) {
            const std::optional<qint64> id = rowIdArgument(value);
            if (!id)
                return commandLine.usageError(QStringLiteral("'%1' is not a row id").arg(value));
            ids->append(*id);
        }
    }

    const std::unique_ptr<PlanLibrary> library = commandLine.openLibrary();
    if (!library)
        return ExitFailure;
    const std::optional<Plan> plan = library->plan(*planId);
    if (!plan) {
        commandLine.reportError(library->lastError());
        return ExitFailure;
    }
    QString error;
    const std::unique_ptr<ReviewMarks> marks = ReviewMarks::open(*library, &error);
    if (!marks) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    // Only rows of this plan can be marked.
    QSet<qint64> rowsOfPlan;
    for (const Dimension &dimension : plan->dimensions) {
        for (const Row &row : dimension.rows)
            rowsOfPlan.insert(row.id);
    }
    for (const auto &[ids, reviewed] : {std::pair{&done, true}, std::pair{&undone, false}}) {
        for (const qint64 id : *ids) {
            if (!rowsOfPlan.contains(id)) {
                commandLine.reportError(QStringLiteral("plan %1 has no row %2").arg(*planId).arg(id));
                return ExitFailure;
            }
            if (!marks->setReviewed(id, reviewed, &error)) {
                commandLine.reportError(error);
                return ExitFailure;
            }
        }
    }
    const QHash<qint64, ReviewMark> reviewed = marks->marksOfPlan(*planId, &error);
    if (!error.isEmpty()) {
        commandLine.reportError(error);
        return ExitFailure;
    }

    const bool all = commandLine.parser().isSet(allOption);
    const QList<RowReviewEntry> entries = RowReview::assess(*plan);
    qsizetype open = 0;
    QJsonArray json;
    QString text;
    for (const RowReviewEntry &entry : entries) {
        const bool isReviewed = reviewed.contains(entry.rowId);
        open += !isReviewed;
        if (isReviewed && !all)
            continue;
        const Dimension &dimension = plan->dimensions[entry.dimension];
        const Row &row = dimension.rows[entry.row];
        QStringList ids;
        QJsonArray reasons;
        for (const ReviewReason reason : entry.reasons) {
            ids << RowReview::reasonId(reason);
            reasons.append(QJsonObject{{QStringLiteral("id"), RowReview::reasonId(reason)},
                                       {QStringLiteral("description"), RowReview::reasonDescription(reason)}});
        }
        QJsonArray findings;
        for (const ReviewFinding &finding : entry.findings) {
            QJsonObject found{{QStringLiteral("reason"), RowReview::reasonId(finding.reason)}};
            if (finding.kind) {
                found.insert(QStringLiteral("field"), itemKindJsonField(*finding.kind));
                found.insert(QStringLiteral("item"), finding.item + 1);
                found.insert(QStringLiteral("text"), row.items(*finding.kind).at(finding.item).text);
            }
            findings.append(found);
        }
        QJsonObject object{{QStringLiteral("row_id"), entry.rowId},
                           {QStringLiteral("dimension"), dimension.name},
                           {QStringLiteral("row"), entry.row + 1},
                           {QStringLiteral("text"), rowLabel(row)},
                           {QStringLiteral("reasons"), reasons},
                           {QStringLiteral("findings"), findings},
                           {QStringLiteral("reviewed"), isReviewed}};
        if (isReviewed) {
            object.insert(QStringLiteral("reviewed_by"), reviewed.value(entry.rowId).reviewedBy);
            object.insert(QStringLiteral("reviewed_at"), reviewed.value(entry.rowId).reviewedAt.toString(Qt::ISODate));
        }
        json.append(object);
        text += QStringLiteral("%1\t%2 ▸ %3\t%4\t%5%6\n")
                    .arg(entry.rowId)
                    .arg(dimension.name)
                    .arg(entry.row + 1)
                    .arg(ids.join(u','), rowLabel(row), isReviewed ? QStringLiteral("\t(reviewed)") : QString());
    }
    if (commandLine.jsonOutput()) {
        const QJsonObject result{{QStringLiteral("plan_id"), *planId},
                                 {QStringLiteral("rows_to_review"), open},
                                 {QStringLiteral("rows"), json}};
        context.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    context.out << QStringLiteral("%1 of the plan's %2 rows to review\n").arg(open).arg(plan->rowCount());
    if (!text.isEmpty())
        context.out << "ROW_ID\tDIMENSION ▸ ROW\tREASONS\tTEXT\n" << text;
    return ExitOk;
}

} // namespace vigia::cli
