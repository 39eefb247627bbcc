#include "Commands.h"
#include "OcrOption.h"
#include "LibraryCommandLine.h"

#include "readers/PlanFileReader.h"
#include "services/ImportService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigia::cli {
namespace {

QString statusName(ImportOutcome::Status status)
{
    switch (status) {
    case ImportOutcome::Status::Imported: return QStringLiteral("imported");
    case ImportOutcome::Status::Duplicate: return QStringLiteral("duplicate");
    case ImportOutcome::Status::Failed: return QStringLiteral("failed");
    }
    return {};
}

// The document's text that did not reach the plan: how much, and each passage with its place.
QJsonObject unplacedToJson(const UnplacedText &unplaced)
{
    QJsonArray passages;
    for (const UnplacedPassage &passage : unplaced.passages) {
        QJsonObject object{{QStringLiteral("words"), passage.wordCount}, {QStringLiteral("text"), passage.text}};
        if (passage.page != 0)
            object.insert(QStringLiteral("page"), passage.page);
        if (passage.sourceLine != 0)
            object.insert(QStringLiteral("line"), passage.sourceLine);
        passages.append(object);
    }
    return {{QStringLiteral("document_words"), unplaced.documentWords},
            {QStringLiteral("words"), unplaced.unplacedWords},
            {QStringLiteral("percent"), unplaced.percent()},
            {QStringLiteral("passages"), passages}};
}

QJsonObject resultToJson(const FileImportResult &result)
{
    QJsonObject object{
        {QStringLiteral("file"), result.path},
        {QStringLiteral("status"), statusName(result.outcome.status)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
    };
    if (result.outcome.planId != 0)
        object.insert(QStringLiteral("plan_id"), result.outcome.planId);
    if (result.outcome.status == ImportOutcome::Status::Imported) {
        object.insert(QStringLiteral("layout"), result.layout);
        object.insert(QStringLiteral("rows"), result.rowCount);
        object.insert(QStringLiteral("items"), result.itemCount);
        object.insert(QStringLiteral("rows_to_review"), result.reviewRowCount);
        object.insert(QStringLiteral("unplaced"), unplacedToJson(result.unplaced));
    }
    if (!result.outcome.error.isEmpty())
        object.insert(QStringLiteral("error"), result.outcome.error);
    return object;
}

} // namespace

int runImport(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral("Reads plan documents and stores them in the library."));
    commandLine.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Plan documents"),
                                               QStringLiteral("FILE..."));
    commandLine.addFormatOption();
    const QCommandLineOption ocr = ocrOption();
    commandLine.parser().addOption(ocr);
    if (const std::optional<int> status = commandLine.parse())
        return *status;
    const QStringList paths = commandLine.parser().positionalArguments();
    if (paths.isEmpty())
        return commandLine.usageError(QStringLiteral("give at least one FILE"));
    const std::optional<ReadOptions::Ocr> mode = ocrMode(commandLine.parser().value(ocr));
    if (!mode)
        return commandLine.usageError(QStringLiteral("--ocr takes auto, always or never"));
    ReadOptions readOptions;
    readOptions.ocr = *mode;
    const std::unique_ptr<PlanLibrary> library = commandLine.openLibrary();
    if (!library)
        return ExitFailure;

    const PlanFileReader reader;
    ImportService service(*library, reader);
    bool anyFailed = false;
    QJsonArray json;
    service.importFiles(paths, readOptions, [&](const FileImportResult &result) {
        for (const QString &warning : result.warnings)
            commandLine.reportError(QStringLiteral("warning: %1: %2").arg(result.path, warning));
        if (result.outcome.status == ImportOutcome::Status::Failed) {
            anyFailed = true;
            commandLine.reportError(QStringLiteral("failed: %1").arg(result.outcome.error));
        }
        if (commandLine.jsonOutput()) {
            json.append(resultToJson(result));
        } else if (result.outcome.status != ImportOutcome::Status::Failed) {
            context.out << result.outcome.planId << '\t' << statusName(result.outcome.status) << '\t' << result.path
                        << '\n';
            context.out.flush();
        }
    });
    if (commandLine.jsonOutput())
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return anyFailed ? ExitFailure : ExitOk;
}

} // namespace vigia::cli
