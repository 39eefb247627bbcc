#include "model/DimensionNames.h"

#include <QTest>

using namespace vigia;

class TestDimensionNames : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void canonical_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("upper with accent") << QStringLiteral("DIMENSIÓN SOCIAL") << QStringLiteral("Social");
        QTest::newRow("no accent") << QStringLiteral("DIMENSION ECONOMICA") << QStringLiteral("Económica");
        QTest::newRow("numbered") << QStringLiteral("1.- DIMENSIÓN AMBIENTAL") << QStringLiteral("Ambiental");
        QTest::newRow("roman") << QStringLiteral("IV. Dimensión Institucional:") << QStringLiteral("Institucional");
        QTest::newRow("masculine") << QStringLiteral("Dimensión Económico") << QStringLiteral("Económica");
        QTest::newRow("bare") << QStringLiteral("institucional") << QStringLiteral("Institucional");
        QTest::newRow("other") << QStringLiteral("4.DIMENSIÓN URBANA") << QStringLiteral("Urbana");
        QTest::newRow("compound") << QStringLiteral("DIMENSIÓN TERRITORIAL - AMBIENTAL") << QStringLiteral("Ambiental");
        QTest::newRow("hyphen glued") << QStringLiteral("DIMENSIÓN TERRITORIAL- AMBIENTAL") << QStringLiteral("Ambiental");
        QTest::newRow("no hyphen") << QStringLiteral("Dimensión Territorial Ambiental") << QStringLiteral("Ambiental");
        QTest::newRow("and environment") << QStringLiteral("DIMENSIÓN TERRITORIAL Y MEDIO AMBIENTE") << QStringLiteral("Ambiental");
        QTest::newRow("other compound, hyphen glued") << QStringLiteral("Dimensión Urbano- Rural") << QStringLiteral("Urbano - Rural");
        QTest::newRow("qualified") << QStringLiteral("DIMENSION ECONOMICO - PRODUCTIVO") << QStringLiteral("Económica");
        QTest::newRow("and another") << QStringLiteral("Ambiental y Territorial") << QStringLiteral("Ambiental");
        QTest::newRow("development") << QStringLiteral("DESARROLLO SOCIAL") << QStringLiteral("Social");
        QTest::newRow("development of another") << QStringLiteral("Desarrollo Urbano") << QStringLiteral("Desarrollo Urbano");
        QTest::newRow("long") << QStringLiteral("Social y cultural de los pueblos del valle") << QStringLiteral("Social y Cultural de los Pueblos del Valle");
    }
    void canonical()
    {
        QFETCH(QString, printed);
        QFETCH(QString, expected);
        QCOMPARE(DimensionNames::canonical(printed), expected);
    }
};

QTEST_GUILESS_MAIN(TestDimensionNames)
#include "TestDimensionNames.moc"
