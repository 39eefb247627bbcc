// Every input in regressions/ (what the fuzzers once crashed or hung on, see docs/robustness.md)
// read again through PlanFileReader, by its name's suffix like any file a user opens: it must
// come back, quickly, with a plan or with a reason.

#include "readers/PlanFileReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

using namespace vigia;

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inputsAreReadOrRefused_data()
    {
        QTest::addColumn<QString>("file");
        const QDir directory(QStringLiteral(VIGIA_SOURCE_DIR "/tests/robustness/regressions"));
        QStringList names = directory.entryList(QDir::Files, QDir::Name);
        names.removeAll(QStringLiteral("README.md"));
        if (names.isEmpty())
            QSKIP("no regression inputs yet");
        for (const QString &name : std::as_const(names))
            QTest::newRow(qPrintable(name)) << directory.filePath(name);
    }
    void inputsAreReadOrRefused()
    {
        QFETCH(QString, file);
        const PlanFileReader reader;
        QElapsedTimer timer;
        timer.start();
        const ReadResult result = reader.readFile(file);
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QStringLiteral("%1 took %2 ms").arg(file).arg(timer.elapsed())));
        QVERIFY(result.ok() || !result.error.isEmpty());
        if (!result.ok())
            QVERIFY2(result.error.contains(file), qPrintable(result.error));
    }
};

QTEST_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
