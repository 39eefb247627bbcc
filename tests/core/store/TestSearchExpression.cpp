#include "store/SearchExpression.h"

#include <QTest>

using namespace vigia;

class TestSearchExpression : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quotesEveryWordAndPrefixesTheLast()
    {
        QCOMPARE(SearchExpression::fromUserText(QStringLiteral("población")), QStringLiteral("\"población\"*"));
        QCOMPARE(SearchExpression::fromUserText(QStringLiteral("  agua   potable ")),
                 QStringLiteral("\"agua\" \"potable\"*"));
    }
    void operatorsAndQuotesAreJustText()
    {
        QCOMPARE(SearchExpression::fromUserText(QStringLiteral("agua OR NOT luz")),
                 QStringLiteral("\"agua\" \"OR\" \"NOT\" \"luz\"*"));
        QCOMPARE(SearchExpression::fromUserText(QStringLiteral("di\"jo text:x")),
                 QStringLiteral("\"di\"\"jo\" \"text:x\"*"));
    }
    void wordsWithoutLettersOrDigitsAreDropped()
    {
        QCOMPARE(SearchExpression::fromUserText(QStringLiteral("agua - * ( \" 2026")),
                 QStringLiteral("\"agua\" \"2026\"*"));
        QVERIFY(SearchExpression::fromUserText(QStringLiteral(" * - \" ")).isEmpty());
        QVERIFY(SearchExpression::fromUserText(QString()).isEmpty());
    }
    void decomposedInputIsComposed()
    {
        QCOMPARE(SearchExpression::fromUserText(QStringLiteral("Poblacio\u0301n")), QStringLiteral("\"Población\"*"));
    }
};

QTEST_GUILESS_MAIN(TestSearchExpression)
#include "TestSearchExpression.moc"
