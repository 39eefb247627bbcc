#include "Commands.h"
#include "OcrOption.h"

#include "json/PlanJson.h"
#include "readers/PlanFileReader.h"

#include <QCommandLineParser>

namespace vigia::cli {

int runParse(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reads a plan document (PDF, text or Markdown) and prints its plan JSON."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The plan document"));
    const QCommandLineOption passwordOption(QStringLiteral("password"), QStringLiteral("Password of an encrypted PDF"), QStringLiteral("PASSWORD"));
    parser.addOption(passwordOption);
    const QCommandLineOption layoutOption(QStringLiteral("layout"),
                                          QStringLiteral("Print the layout the reader saw (rows, cells, lines with their boxes) instead of the plan"));
    parser.addOption(layoutOption);
    const QCommandLineOption ocr = ocrOption();
    parser.addOption(ocr);
    if (!parser.parse(context.arguments)) {
        context.err << "vigia-cli parse: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << "vigia-cli parse: give exactly one FILE\n";
        return ExitUsage;
    }
    const std::optional<ReadOptions::Ocr> mode = ocrMode(parser.value(ocr));
    if (!mode) {
        context.err << "vigia-cli parse: --ocr takes auto, always or never\n";
        return ExitUsage;
    }
    ReadOptions options;
    options.password = parser.value(passwordOption);
    options.ocr = *mode;
    const PlanFileReader reader;
    const ReadResult result = reader.readFile(parser.positionalArguments().constFirst(), options);
    if (parser.isSet(layoutOption) && result.layout) {
        context.out << result.layout->describe();
        if (!result.ok())
            context.err << "vigia-cli parse: " << result.error << '\n';
        return result.ok() ? ExitOk : ExitFailure;
    }
    if (!result.ok()) {
        context.err << "vigia-cli parse: " << result.error << '\n';
        return ExitFailure;
    }
    for (const QString &warning : result.warnings)
        context.err << "vigia-cli parse: warning: " << warning << '\n';
    context.out << QString::fromUtf8(PlanJson::toJson(result.plan));
    return ExitOk;
}

} // namespace vigia::cli
