#include "AppSettings.h"
#include "AppTestSupport.h"
#include "ItemDetailView.h"
#include "ItemKindStyle.h"
#include "LanguageSetup.h"
#include "LibraryPane.h"
#include "MainWindow.h"
#include "PlanTreeModel.h"
#include "PlanView.h"
#include "PreferencesDialog.h"
#include "SearchPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace vigia;
using namespace vigia::app;
using namespace vigia::app::test;

namespace {

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QStringList libraryHeaders(MainWindow &window)
{
    const QAbstractItemModel *model = window.libraryPane()->tableView()->model();
    QStringList headers;
    for (int column = 0; column < model->columnCount(); ++column)
        headers.append(model->headerData(column, Qt::Horizontal).toString());
    return headers;
}

// Chooses a language in Preferences and presses OK, as the user does.
void chooseLanguage(MainWindow &window, const QString &language)
{
    PreferencesDialog dialog(&window);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(language));
    QMetaObject::invokeMethod(dialog.findChild<QDialogButtonBox *>(), "accepted");
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigiaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("vigia-language-test"));
        QSettings().clear();
    }

    void preferencesSaveTheChosenLanguage()
    {
        QCOMPARE(AppSettings().language(), QStringLiteral("es"));
        PreferencesDialog dialog;
        QComboBox *box = dialog.languageBox();
        box->setCurrentIndex(box->findData(QStringLiteral("en")));
        // Cancel keeps the old choice; OK saves the new one.
        dialog.reject();
        QCOMPARE(AppSettings().language(), QStringLiteral("es"));
        PreferencesDialog again;
        again.languageBox()->setCurrentIndex(again.languageBox()->findData(QStringLiteral("en")));
        QMetaObject::invokeMethod(again.findChild<QDialogButtonBox *>(), "accepted");
        QCOMPARE(AppSettings().language(), QStringLiteral("en"));
        AppSettings().setLanguage(QStringLiteral("xx"));
        QCOMPARE(AppSettings().language(), QStringLiteral("es"));
    }

    void spanishCountsUseSpanishPluralForms()
    {
        QVERIFY(LanguageSetup::install(*QCoreApplication::instance(), QStringLiteral("es")));
        QCOMPARE(ItemKindStyle::singularName(ItemKind::Problem), QStringLiteral("Problema"));
        QCOMPARE(QCoreApplication::translate("vigia::app::ImportReportDialog", "%n importado(s)", nullptr, 1), QStringLiteral("1 importado"));
        QCOMPARE(QCoreApplication::translate("vigia::app::ImportReportDialog", "%n importado(s)", nullptr, 3), QStringLiteral("3 importados"));
    }

    void englishTranslatesTheInterface()
    {
        QVERIFY(LanguageSetup::install(*QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(ItemKindStyle::singularName(ItemKind::Target), QStringLiteral("Target"));
        QCOMPARE(ItemKindStyle::pluralName(ItemKind::Problem), QStringLiteral("Problems"));
        QCOMPARE(QCoreApplication::translate("vigia::app::ImportReportDialog", "%n aviso(s)", nullptr, 2), QStringLiteral("2 warnings"));
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void languageChangesInOpenWindowsWithoutRestart()
    {
        QVERIFY(LanguageSetup::install(*QCoreApplication::instance(), QStringLiteral("es")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.vigia"));
        QVERIFY(makeLibrary(path, goldFiles()));
        MainWindow window;
        window.show();
        QVERIFY(window.openLibrary(path));
        QTreeView *tree = window.planView()->treeView();
        const QModelIndex row = tree->model()->index(0, 0, tree->model()->index(0, 0));
        const QModelIndex item = tree->model()->index(0, 0, row);
        QVERIFY(window.planView()->model()->itemAt(item));
        tree->setCurrentIndex(item);

        const QStringList spanishMenus = menuTitles(window);
        const QStringList spanishHeaders = libraryHeaders(window);
        QCOMPARE(spanishMenus.first(), QStringLiteral("&Archivo"));
        QCOMPARE(spanishHeaders.first(), QStringLiteral("Lugar"));
        QVERIFY(window.itemDetail()->sourceLabel()->text().startsWith(QStringLiteral("Origen:")));
        QSignalSpy libraryHeadersChanged(window.libraryPane()->tableView()->model(), &QAbstractItemModel::headerDataChanged);
        QSignalSpy planTextsChanged(window.planView()->model(), &QAbstractItemModel::dataChanged);

        chooseLanguage(window, QStringLiteral("en"));
        QCOMPARE(AppSettings().language(), QStringLiteral("en"));
        // Qt posts QEvent::LanguageChange to the windows.
        QTRY_COMPARE(menuTitles(window), (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                                      QStringLiteral("&Tracking"), QStringLiteral("&Help")}));
        QCOMPARE(libraryHeaders(window).first(), QStringLiteral("Place"));
        QVERIFY(libraryHeadersChanged.count() > 0);
        QVERIFY(planTextsChanged.count() > 0);
        QCOMPARE(window.planView()->model()->headerData(PlanTreeModel::TextColumn, Qt::Horizontal).toString(), QStringLiteral("Proposal"));
        const QStringList englishKinds{QStringLiteral("Problem"), QStringLiteral("Objective"), QStringLiteral("Indicator"), QStringLiteral("Target")};
        QVERIFY(englishKinds.contains(item.siblingAtColumn(PlanTreeModel::KindColumn).data().toString()));
        QVERIFY(window.libraryPane()->filterEdit()->placeholderText().startsWith(QStringLiteral("Filter plans")));
        QCOMPARE(window.searchDock()->windowTitle(), QStringLiteral("Search"));
        QCOMPARE(window.searchPanel()->kindBox()->itemText(0), QStringLiteral("Every kind"));
        QCOMPARE(window.searchPanel()->kindBox()->itemText(1), QStringLiteral("Problems"));
        QVERIFY2(window.itemDetail()->sourceLabel()->text().startsWith(QStringLiteral("Source:")), qPrintable(window.itemDetail()->sourceLabel()->text()));
        QVERIFY(window.windowTitle().endsWith(QStringLiteral("Vigía")));

        chooseLanguage(window, QStringLiteral("es"));
        QTRY_COMPARE(menuTitles(window), spanishMenus);
        QCOMPARE(libraryHeaders(window), spanishHeaders);
        QCOMPARE(window.searchDock()->windowTitle(), QStringLiteral("Búsqueda"));
        QCOMPARE(window.searchPanel()->kindBox()->itemText(1), QStringLiteral("Problemas"));
        QVERIFY(window.itemDetail()->sourceLabel()->text().startsWith(QStringLiteral("Origen:")));
        QCOMPARE(window.planView()->model()->headerData(PlanTreeModel::TextColumn, Qt::Horizontal).toString(), QStringLiteral("Propuesta"));
    }
};

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
