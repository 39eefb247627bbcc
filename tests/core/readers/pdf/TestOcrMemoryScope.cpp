// While pages are read by OCR, freed page images stay in the process for the next page; once the
// reading is over, that memory is given back.
#include "readers/pdf/OcrMemoryScope.h"

#include <QByteArray>
#include <QTest>

#include <malloc.h>

using namespace vigia;

namespace {

constexpr qsizetype pageBytes = 40 << 20;

// Bytes of the main heap the process holds (allocated or free), not counting blocks mapped apart.
size_t heapBytes()
{
    return mallinfo2().arena;
}

// A page-sized block made, written and freed.
void useAPage()
{
    QByteArray page(pageBytes, 'x');
    QVERIFY(page.at(pageBytes - 1) == 'x');
}

} // namespace

class TestOcrMemoryScope : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void freedPagesAreKeptWhileReadingAndGivenBackAfter()
    {
        // Outside a scope a page-sized block is mapped apart and returned when freed.
        const size_t before = heapBytes();
        useAPage();
        QVERIFY2(heapBytes() < before + pageBytes / 2, qPrintable(QString::number(heapBytes() - before)));
        {
            const OcrMemoryScope outer;
            {
                // Scopes overlap when two imports read at once: the inner one ending keeps the memory.
                const OcrMemoryScope inner;
                useAPage();
            }
            QVERIFY2(heapBytes() >= before + pageBytes, qPrintable(QString::number(heapBytes() - before)));
        }
        QVERIFY2(heapBytes() < before + pageBytes / 2, qPrintable(QString::number(heapBytes() - before)));
        // And the defaults are back: a page is mapped apart again.
        useAPage();
        QVERIFY(heapBytes() < before + pageBytes / 2);
    }
};

QTEST_GUILESS_MAIN(TestOcrMemoryScope)
#include "TestOcrMemoryScope.moc"
