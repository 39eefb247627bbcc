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
    // fold() reads Latin letters and punctuation through a table: every such character, alone and
    // in words with others (and with combining accents, which go to ICU), folds as ICU folds it.
    void foldByTableIsFoldByIcu()
    {
        for (char16_t c = 0x80; c < 0x2100; ++c) {
            if (QChar(c).isSurrogate())
                continue;
            const QString word = QStringLiteral("Ab") + QChar(c) + QStringLiteral("Ñé");
            QCOMPARE(TextNormalizer::fold(word), TextNormalizer::foldByIcu(word));
        }
        for (const QString &text : {QStringLiteral("“Agua POTABLE” – 24 h • µg"), QStringLiteral("Poblacio\u0301n"),
                                    QStringLiteral("İSTANBUL ǅ ΣΊΣΥΦΟΣ"), QStringLiteral("ﬁnanciación"), QString()}) {
            QCOMPARE(TextNormalizer::fold(text), TextNormalizer::foldByIcu(text));
        }
        QCOMPARE(TextNormalizer::fold(QStringLiteral("Poblacio\u0301n")), QStringLiteral("poblacion"));
        QCOMPARE(TextNormalizer::fold(QStringLiteral("“AGUA” – ÑANDÚ")), QStringLiteral("“agua” – nandu"));
    }
    void simplifyWhitespaceCollapsesEveryKind()
    {
        QCOMPARE(TextNormalizer::simplifyWhitespace(QStringLiteral("  a\t\u00A0b \n c  ")), QStringLiteral("a b c"));
        QCOMPARE(TextNormalizer::simplifyWhitespace(QString()), QString());
        QCOMPARE(TextNormalizer::simplifyWhitespace(QStringLiteral("\u200B\uFEFF ")), QString());
        QCOMPARE(TextNormalizer::simplifyWhitespace(QStringLiteral("ya simple")), QStringLiteral("ya simple"));
    }
    void titleCaseKeepsJoiningWordsLower()
    {
        QCOMPARE(TextNormalizer::titleCase(QStringLiteral("DESARROLLO URBANO Y RURAL")), QStringLiteral("Desarrollo Urbano y Rural"));
        QCOMPARE(TextNormalizer::titleCase(QStringLiteral("territorial - ambiental")), QStringLiteral("Territorial - Ambiental"));
    }
};

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "TestTextNormalizer.moc"
