#include "LibraryCommandLine.h"
#include "ProgressCommands.h"

#include "progress/ProgressTracker.h"
#include "store/PlanLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace vigia::cli {
namespace {

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double value = QString(text).replace(u',', u'.').toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString statusChoices()
{
    QStringList ids;
    for (ProgressStatus status : allProgressStatuses)
        ids.append(progressStatusId(status));
    return ids.join(QStringLiteral(", "));
}

} // namespace

int runProgressSet(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral(
        "Records the progress of an objective or meta of a plan in one semester. Options not given keep "
        "the values recorded before (the note, the target); --percent and --value replace each other."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("PLAN_ID"), QStringLiteral("The plan"));
    parser.addPositionalArgument(QStringLiteral("ITEM_ID"), QStringLiteral("The objective or meta"));
    const QCommandLineOption semesterOption(QStringLiteral("semester"), QStringLiteral("The semester (2023-S2)"), QStringLiteral("S"));
    const QCommandLineOption statusOption(QStringLiteral("status"), QStringLiteral("The status: %1").arg(statusChoices()),
                                          QStringLiteral("ID"));
    const QCommandLineOption percentOption(QStringLiteral("percent"), QStringLiteral("Progress in percent (0-100)"), QStringLiteral("N"));
    const QCommandLineOption valueOption(QStringLiteral("value"), QStringLiteral("The value achieved"), QStringLiteral("X"));
    const QCommandLineOption targetOption(QStringLiteral("target"),
                                         QStringLiteral("The target value (default: the figure stated in the meta)"),
                                         QStringLiteral("X"));
    const QCommandLineOption noteOption(QStringLiteral("note"), QStringLiteral("A note"), QStringLiteral("TEXT"));
    const QCommandLineOption urlOption(QStringLiteral("evidence-url"), QStringLiteral("A URL backing the record (repeatable)"),
                                       QStringLiteral("URL"));
    const QCommandLineOption titleOption(QStringLiteral("evidence-title"),
                                         QStringLiteral("The title of an --evidence-url, in the same order (repeatable)"),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption consultedOption(QStringLiteral("consulted"),
                                             QStringLiteral("The day the URLs were consulted (default: today)"),
                                             QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption fileOption(QStringLiteral("evidence-file"),
                                        QStringLiteral("A file (PDF, image, spreadsheet) to store as evidence (repeatable)"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption evaluatorOption(QStringLiteral("evaluator"), QStringLiteral("Who assessed (default: the user)"),
                                             QStringLiteral("NAME"));
    const QCommandLineOption dateOption(QStringLiteral("date"), QStringLiteral("The day of the assessment (default: today)"),
                                        QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({semesterOption, statusOption, percentOption, valueOption, targetOption, noteOption, urlOption,
                       titleOption, consultedOption, fileOption, evaluatorOption, dateOption});
    commandLine.addFormatOption();
    if (const std::optional<int> status = commandLine.parse())
        return *status;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return commandLine.usageError(QStringLiteral("give PLAN_ID and ITEM_ID"));
    const std::optional<qint64> planId = parseId(positional.at(0));
    const std::optional<qint64> itemId = parseId(positional.at(1));
    if (!planId || !itemId)
        return commandLine.usageError(QStringLiteral("PLAN_ID and ITEM_ID are positive numbers"));
    if (!parser.isSet(semesterOption) || !parser.isSet(statusOption))
        return commandLine.usageError(QStringLiteral("give --semester and --status"));
    const std::optional<ProgressStatus> status = progressStatusFromId(parser.value(statusOption));
    if (!status)
        return commandLine.usageError(QStringLiteral("unknown status '%1' (use one of: %2)").arg(parser.value(statusOption), statusChoices()));
    if (parser.isSet(percentOption) && parser.isSet(valueOption))
        return commandLine.usageError(QStringLiteral("give --percent or --value, not both"));
    std::optional<double> percent;
    std::optional<double> value;
    std::optional<double> target;
    for (const auto &[option, destination] : {std::pair{&percentOption, &percent}, std::pair{&valueOption, &value},
                                              std::pair{&targetOption, &target}}) {
        if (!parser.isSet(*option))
            continue;
        *destination = parseNumber(parser.value(*option));
        if (!*destination)
            return commandLine.usageError(QStringLiteral("--%1 wants a number, not '%2'").arg(option->names().constFirst(), parser.value(*option)));
    }
    QDate date;
    QDate consulted;
    for (const auto &[option, destination] : {std::pair{&dateOption, &date}, std::pair{&consultedOption, &consulted}}) {
        if (!parser.isSet(*option))
            continue;
        *destination = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!destination->isValid())
            return commandLine.usageError(QStringLiteral("--%1 wants a date YYYY-MM-DD, not '%2'").arg(option->names().constFirst(), parser.value(*option)));
    }

    const OpenedTracker opened = openLibraryAndTracker(commandLine);
    if (!opened.isOpen())
        return ExitFailure;
    ProgressTracker &tracker = *opened.tracker;
    QString error;
    const std::optional<ProgressTracker::ItemPlace> place = tracker.itemPlace(*itemId, &error);
    if (!place) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    if (place->planId != *planId) {
        commandLine.reportError(QStringLiteral("item %1 belongs to plan %2, not to plan %3").arg(*itemId).arg(place->planId).arg(*planId));
        return ExitFailure;
    }
    const QString semester = parser.value(semesterOption).toUpper();

    ProgressValues values;
    if (const std::optional<ProgressRecord> existing = tracker.record(*itemId, semester, &error))
        values = existing->values;
    values.status = *status;
    if (percent) {
        values.percent = percent;
        values.achievedValue.reset();
    }
    if (value) {
        values.achievedValue = value;
        values.percent.reset();
    }
    if (target)
        values.targetValue = target;
    if (parser.isSet(noteOption))
        values.note = parser.value(noteOption);
    values.evaluator = parser.isSet(evaluatorOption) ? parser.value(evaluatorOption) : ProgressTracker::defaultEvaluator();
    values.assessedOn = date.isValid() ? date : QDate::currentDate();

    // Every piece of evidence is checked and read before anything is written; then the record and
    // its evidence are stored in one transaction.
    QList<PendingEvidence> evidence;
    const QStringList urls = parser.values(urlOption);
    const QStringList titles = parser.values(titleOption);
    if (titles.size() > urls.size()) {
        commandLine.reportError(QStringLiteral("%1 --evidence-title for %2 --evidence-url; nothing was recorded")
                                    .arg(titles.size())
                                    .arg(urls.size()));
        return ExitFailure;
    }
    for (qsizetype index = 0; index < urls.size(); ++index) {
        const std::optional<PendingEvidence> pending =
            EvidenceIntake::fromUrl(urls.at(index), consulted, values.evaluator, &error, titles.value(index));
        if (!pending) {
            commandLine.reportError(QStringLiteral("%1; nothing was recorded").arg(error));
            return ExitFailure;
        }
        evidence.append(*pending);
    }
    for (const QString &file : parser.values(fileOption)) {
        const std::optional<PendingEvidence> pending = EvidenceIntake::fromFile(file, values.evaluator, &error);
        if (!pending) {
            commandLine.reportError(QStringLiteral("%1; nothing was recorded").arg(error));
            return ExitFailure;
        }
        evidence.append(*pending);
    }
    std::optional<ProgressRecord> record = tracker.setProgress(*itemId, semester, values, evidence, &error);
    if (!record) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    record = tracker.recordById(record->id, &error);
    if (!record) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    if (commandLine.jsonOutput()) {
        context.out << QString::fromUtf8(QJsonDocument(recordToJson(*record)).toJson(QJsonDocument::Indented));
    } else {
        context.out << "record " << record->id << ": item " << record->itemId << ' ' << record->semester << ' '
                    << describeValues(record->values) << ", " << record->evidence.size() << " evidence\n";
    }
    return ExitOk;
}

} // namespace vigia::cli
