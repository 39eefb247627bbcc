// The reference for the cold-start benchmark: a bare Qt Widgets window (a main window with an empty
// table, a line edit and a status bar) with the same StartupProbe hook as the app, so
// bench_startup shows what Qt itself costs before any Vigía code runs.
#include "StartupProbe.h"

#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QMainWindow window;
    auto *central = new QWidget(&window);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(new QLineEdit(central));
    layout->addWidget(new QTableView(central));
    window.setCentralWidget(central);
    window.statusBar()->showMessage(QStringLiteral("Listo"));
    window.resize(1280, 820); // the main window's default size
    window.show();
    if (vigia::app::StartupProbe::isRequested())
        new vigia::app::StartupProbe(&window);
    return QApplication::exec();
}
