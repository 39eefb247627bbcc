#include "text/TextDecoder.h"

#include <QTest>

using namespace vigia;

class TestTextDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void utf8WithoutBom()
    {
        const DecodedText decoded = TextDecoder::decode(QStringLiteral("Visión\r\nMeta").toUtf8());
        QVERIFY(decoded.error.isEmpty());
        QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
        QVERIFY(!decoded.converted);
        QCOMPARE(decoded.text, QStringLiteral("Visión\nMeta"));
    }
    void utf8WithBom()
    {
        const DecodedText decoded = TextDecoder::decode(QByteArray("\xEF\xBB\xBF") + QStringLiteral("Año").toUtf8());
        QCOMPARE(decoded.text, QStringLiteral("Año"));
        QVERIFY(!decoded.converted);
    }
    void windows1252IsDetectedAndConverted()
    {
        // "Población vulnerable — niños" in Windows-1252, long enough for detection.
        QByteArray bytes;
        for (int i = 0; i < 20; ++i)
            bytes += "Poblaci\xF3n vulnerable \x97 ni\xF1os y adolescentes de la regi\xF3n. \x93Visi\xF3n\x94\r\n";
        const DecodedText decoded = TextDecoder::decode(bytes);
        QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
        QVERIFY(decoded.converted);
        QVERIFY(decoded.text.startsWith(QStringLiteral("Población vulnerable — niños")));
        QVERIFY(decoded.text.contains(QStringLiteral("“Visión”")));
        QVERIFY(!decoded.text.contains(QLatin1Char('\r')));
    }
    void utf16WithBom()
    {
        const QString text = QStringLiteral("Dimensión social");
        QByteArray bytes("\xFF\xFE");
        bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const DecodedText decoded = TextDecoder::decode(bytes);
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.encoding, QStringLiteral("UTF-16LE"));
    }
    void utf16WithoutBomIsNamedNotCalledBinary()
    {
        const QString text = QStringLiteral("Dimensión social\nReducir la anemia infantil al 20 %");
        QByteArray littleEndian(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QByteArray bigEndian = littleEndian;
        for (qsizetype i = 0; i + 1 < bigEndian.size(); i += 2)
            std::swap(bigEndian[i], bigEndian[i + 1]);
        for (const QByteArray &bytes : {littleEndian, bigEndian}) {
            const DecodedText decoded = TextDecoder::decode(bytes);
            QVERIFY2(decoded.error.contains(QStringLiteral("UTF-16 without a byte-order mark")), qPrintable(decoded.error));
        }
        // Binary with many NUL bytes but no such pattern is still binary.
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); i += 3)
            binary[i] = 'x';
        QVERIFY(TextDecoder::decode(binary).error.contains(QStringLiteral("binary")));
    }
    void decomposedTextIsNormalisedToNfc()
    {
        const DecodedText decoded = TextDecoder::decode(QStringLiteral("Poblacio\u0301n").toUtf8());
        QCOMPARE(decoded.text, QStringLiteral("Población"));
    }
    void emptyAndBinaryAreRefused()
    {
        QVERIFY(!TextDecoder::decode(QByteArray()).error.isEmpty());
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = static_cast<char>((i * 7919) % 256);
        const DecodedText decoded = TextDecoder::decode(binary);
        QVERIFY(decoded.error.contains(QStringLiteral("binary")));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "TestTextDecoder.moc"
