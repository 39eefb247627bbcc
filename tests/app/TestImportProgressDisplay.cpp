#include "ImportProgressDisplay.h"

#include <QLabel>
#include <QProgressBar>
#include <QTest>

using namespace vigia::app;

// The status bar's account of an import whose files are read a few at once.
class TestImportProgressDisplay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void filesReadAtOnceAddUpOnTheBar()
    {
        QLabel status;
        QProgressBar bar;
        ImportProgressDisplay display(&status, &bar);
        display.begin(4);
        QVERIFY(!status.isHidden());
        QVERIFY(!bar.isHidden());
        QCOMPARE(bar.value(), 0);
        const int file = bar.maximum() / 4;

        // Two files read at once: half of the first and a quarter of the second.
        display.fileStarted(0, 4, QStringLiteral("/datos/uno.pdf"));
        display.fileStarted(1, 4, QStringLiteral("/datos/dos.pdf"));
        QCOMPARE(display.statusText(), QStringLiteral("Importando 2 de 4: dos.pdf"));
        display.fileProgress(0, 5, 10);
        QCOMPARE(display.statusText(), QStringLiteral("Importando 1 de 4: uno.pdf — página 5 de 10"));
        display.fileProgress(1, 1, 4);
        QCOMPARE(display.statusText(), QStringLiteral("Importando 2 de 4: dos.pdf — página 1 de 4"));
        QCOMPARE(bar.value(), file / 2 + file / 4);

        // The second's scanned pages start its share over.
        display.fileOcrProgress(1, 0, 2);
        QCOMPARE(display.statusText(), QStringLiteral("Importando 2 de 4: dos.pdf — reconocimiento de texto (OCR): página 0 de 2"));
        QCOMPARE(bar.value(), file / 2);

        // The first is done: a whole file; the line stays on the second, which it was showing.
        display.fileFinished(0, 4);
        QCOMPARE(bar.value(), file);
        QVERIFY(display.statusText().startsWith(QStringLiteral("Importando 2 de 4: dos.pdf")));
        // A late word of a finished file changes nothing.
        display.fileProgress(0, 10, 10);
        QCOMPARE(bar.value(), file);

        // The third starts and is heard from last; when the second finishes, the line stays on
        // the third; when the third finishes with the fourth still being read, it goes to the
        // fourth.
        display.fileStarted(2, 4, QStringLiteral("tres.txt"));
        display.fileStarted(3, 4, QStringLiteral("cuatro.txt"));
        display.fileProgress(2, 1, 2);
        display.fileFinished(1, 4);
        QCOMPARE(display.statusText(), QStringLiteral("Importando 3 de 4: tres.txt — página 1 de 2"));
        QCOMPARE(bar.value(), 2 * file + file / 2);
        display.fileFinished(2, 4);
        QCOMPARE(display.statusText(), QStringLiteral("Importando 4 de 4: cuatro.txt"));
        display.fileFinished(3, 4);
        QCOMPARE(bar.value(), bar.maximum());

        display.end();
        QVERIFY(status.isHidden());
        QVERIFY(bar.isHidden());
        // A new import starts from nothing.
        display.begin(2);
        QCOMPARE(bar.value(), 0);
        QCOMPARE(display.statusText(), QStringLiteral("Importando…"));
    }
};

QTEST_MAIN(TestImportProgressDisplay)
#include "TestImportProgressDisplay.moc"
