#include "AppSettings.h"
#include "LanguageSetup.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "StartupProbe.h"
#include "common/DisplayCheck.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (const QString missing = vigia::app::DisplayCheck::missingDisplayMessage(argc, argv); !missing.isEmpty()) {
        std::fprintf(stderr, "%s\n", missing.toLocal8Bit().constData());
        return 2;
    }
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vigia"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vigía"));
    QApplication::setOrganizationName(QStringLiteral("Vigia"));
    QApplication::setApplicationVersion(QStringLiteral(VIGIA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("pe.vigia.Vigia"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vigia.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vigía: planes de gobierno"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("A library (.vigia) to open, created when missing; plan documents (PDF, text, Markdown) to import into it."),
                                 QStringLiteral("[library.vigia] [documents...]"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QStringLiteral("Save screenshots of the main views to DIR and quit."), QStringLiteral("DIR"));
    const QCommandLineOption queryOption(QStringLiteral("screenshot-search"), QStringLiteral("The words searched for the search screenshot."), QStringLiteral("WORDS"), QStringLiteral("salud"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("The interface language for this run: es or en."), QStringLiteral("LANG"));
    parser.addOptions({screenshotOption, queryOption, languageOption});
    parser.process(application);

    const QString language = parser.isSet(languageOption) ? parser.value(languageOption) : vigia::app::AppSettings().language();
    vigia::app::LanguageSetup::install(application, language);

    vigia::app::MainWindow window;
    window.show();
    QString library;
    QStringList documents;
    for (const QString &argument : parser.positionalArguments()) {
        if (library.isEmpty() && argument.endsWith(QStringLiteral(".vigia"), Qt::CaseInsensitive))
            library = argument;
        else
            documents.append(argument);
    }
    // VIGIA_STARTUP_PROBE=1: print the time to the first paint and the memory held, then quit (bench/).
    if (vigia::app::StartupProbe::isRequested())
        new vigia::app::StartupProbe(&window);
    window.startUp(library);
    if (!documents.isEmpty())
        window.importFiles(documents);

    if (parser.isSet(screenshotOption)) {
        auto *tour = new vigia::app::ScreenshotTour(&window, parser.value(screenshotOption), parser.value(queryOption), &window);
        QObject::connect(tour, &vigia::app::ScreenshotTour::done, &application, [](bool ok) { QApplication::exit(ok ? 0 : 1); });
        tour->start();
    }
    return QApplication::exec();
}
