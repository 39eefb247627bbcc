#include "AppSettings.h"
#include "ItemKindStyle.h"
#include "LanguageSetup.h"
#include "PreferencesDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace vigia;
using namespace vigia::app;

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
};

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
