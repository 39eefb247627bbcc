#include "Commands.h"
#include "LibraryCommandLine.h"

#include "compare/ComparisonCsvWriter.h"
#include "compare/ComparisonHtmlWriter.h"
#include "compare/ComparisonJson.h"
#include "compare/LibraryComparison.h"
#include "compare/PlanComparer.h"
#include "store/PlanLibrary.h"
#include "topics/TopicStore.h"

#include <QJsonDocument>

namespace vigia::cli {

int runCompare(CliContext &context)
{
    LibraryCommandLine commandLine(
        context, QStringLiteral("Compares 2 to 4 stored plans: items per topic, similar proposals, the plans side by "
                                "side by dimension, and how measurable their metas are."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("Output format: json (default), csv or html"),
                                          QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption thresholdOption(
        QStringLiteral("threshold"), QStringLiteral("Lowest similarity (0 to 1) for two items to be similar (default 0.2)"),
        QStringLiteral("VALUE"), QStringLiteral("0.2"));
    const QCommandLineOption perItemOption(QStringLiteral("similar-per-item"),
                                           QStringLiteral("Similar items kept for each item (default 3)"),
                                           QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption topicBonusOption(
        QStringLiteral("topic-bonus"),
        QStringLiteral("Added, for the side-by-side lines only, to the similarity of items sharing a topic (default 0.1)"),
        QStringLiteral("VALUE"), QStringLiteral("0.1"));
    const QCommandLineOption sameKindOption(QStringLiteral("same-kind"),
                                            QStringLiteral("Pair only items of the same kind (problem with problem…)"));
    commandLine.parser().addOptions({formatOption, thresholdOption, perItemOption, topicBonusOption, sameKindOption});
    commandLine.parser().addPositionalArgument(QStringLiteral("PLAN_ID"),
                                               QStringLiteral("2 to 4 plan ids (see vigia-cli list)"),
                                               QStringLiteral("PLAN_ID PLAN_ID..."));
    if (const std::optional<int> status = commandLine.parse())
        return *status;

    const QString format = commandLine.parser().value(formatOption);
    if (format != u"json" && format != u"csv" && format != u"html")
        return commandLine.usageError(QStringLiteral("unknown format '%1' (use json, csv or html)").arg(format));
    ComparisonOptions options;
    bool ok = false;
    options.threshold = commandLine.parser().value(thresholdOption).toDouble(&ok);
    if (!ok || options.threshold < 0.0 || options.threshold > 1.0)
        return commandLine.usageError(QStringLiteral("the threshold must be a number from 0 to 1, not '%1'")
                                          .arg(commandLine.parser().value(thresholdOption)));
    options.similarPerItem = commandLine.parser().value(perItemOption).toInt(&ok);
    if (!ok || options.similarPerItem < 1)
        return commandLine.usageError(QStringLiteral("--similar-per-item must be a whole number of at least 1"));
    options.topicBonus = commandLine.parser().value(topicBonusOption).toDouble(&ok);
    if (!ok || options.topicBonus < 0.0 || options.topicBonus > 1.0)
        return commandLine.usageError(QStringLiteral("the topic bonus must be a number from 0 to 1, not '%1'")
                                          .arg(commandLine.parser().value(topicBonusOption)));
    options.sameKindOnly = commandLine.parser().isSet(sameKindOption);

    const QStringList arguments = commandLine.parser().positionalArguments();
    if (arguments.size() < PlanComparer::minimumPlans || arguments.size() > PlanComparer::maximumPlans)
        return commandLine.usageError(QStringLiteral("give 2 to 4 plan ids, not %1").arg(arguments.size()));
    QList<qint64> planIds;
    for (const QString &argument : arguments) {
        const qint64 id = argument.toLongLong(&ok);
        if (!ok || id <= 0)
            return commandLine.usageError(QStringLiteral("'%1' is not a plan id").arg(argument));
        planIds.append(id);
    }

    const std::unique_ptr<PlanLibrary> library = commandLine.openLibrary();
    if (!library)
        return ExitFailure;
    QString error;
    const std::unique_ptr<TopicStore> topics = TopicStore::open(*library, &error);
    if (!topics) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    const std::optional<PlanComparison> comparison
        = LibraryComparison::compare(*library, *topics, planIds, options, &error);
    if (!comparison) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    if (format == u"csv")
        context.out << QString::fromUtf8(ComparisonCsvWriter::write(*comparison));
    else if (format == u"html")
        context.out << ComparisonHtmlWriter::write(*comparison);
    else
        context.out << QString::fromUtf8(QJsonDocument(ComparisonJson::toJson(*comparison)).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace vigia::cli
