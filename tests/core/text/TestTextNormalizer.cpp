#include "text/TextNormalizer.h"

#include <QTest>

using namespace vigia;

class TestTextNormalizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nfcComposesDecomposedAccents()
    {
        const QString decomposed = QStringLiteral("Poblacio\u0301n");
        QCOMPARE(TextNormalizer::nfc(decomposed), QStringLiteral("Población"));
        QCOMPARE(TextNormalizer::nfc(decomposed).size(), 9);
    }
    void foldRemovesAccentsAndCase()
    {
        QCOMPARE(TextNormalizer::fold(QStringLiteral("POBLACIÓN")), QStringLiteral("poblacion"));
        QCOMPARE(TextNormalizer::fold(QStringLiteral("Económica")), QStringLiteral("economica"));
        QCOMPARE(TextNormalizer::fold(QStringLiteral("AÑO")), QStringLiteral("ano"));
        QCOMPARE(TextNormalizer::fold(QStringLiteral("Straße")), QStringLiteral("strasse"));
    }
    void simplifyWhitespaceCollapsesEveryKind()
    {
        QCOMPARE(TextNormalizer::simplifyWhitespace(QStringLiteral("  a\t\u00A0b \n c  ")), QStringLiteral("a b c"));
        QCOMPARE(TextNormalizer::simplifyWhitespace(QString()), QString());
    }
    void titleCaseKeepsJoiningWordsLower()
    {
        QCOMPARE(TextNormalizer::titleCase(QStringLiteral("DESARROLLO URBANO Y RURAL")), QStringLiteral("Desarrollo Urbano y Rural"));
        QCOMPARE(TextNormalizer::titleCase(QStringLiteral("territorial - ambiental")), QStringLiteral("Territorial - Ambiental"));
    }
};

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "TestTextNormalizer.moc"
