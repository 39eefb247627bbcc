// Hostile and odd documents given to vigia-cli import: each is refused with one clear line
// naming the file and the reason (or, for odd but valid text, read as the plan it is), and the
// library is left as it was. Every file is made here.

#include "RobustnessTestSupport.h"

#include "../core/readers/pdf/SyntheticPdf.h"
#include "readers/PlanFileReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace vigia;
using namespace vigia::test;

namespace {

QByteArray seedText()
{
    return readBytes(QStringLiteral(VIGIA_SAMPLES_DIR "/seeds/000_ed867a2e2950e577.txt"));
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

// Words in sentences, without any structure of a plan: what a long paste looks like.
QByteArray prose(qsizetype bytes, char lineEnd)
{
    static const char *const words[] = {"el", "plan", "de", "gobierno", "propone", "mejorar", "la", "salud", "pública",
                                        "en", "todas", "las", "regiones", "del", "país", "con", "participación"};
    QByteArray text;
    text.reserve(bytes + 32);
    for (int i = 0; text.size() < bytes; ++i) {
        text += words[(i * 7 + i / 13) % 17];
        text += (i % 23 == 22) ? ". " : " ";
        if (lineEnd && i % 15 == 14)
            text += lineEnd;
    }
    return text;
}

} // namespace

class TestHostileInputs : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString home() const { return path(QStringLiteral("home")); }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString file = path(name);
        if (!writeBytes(file, content))
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }

    // A library holding one plan, so that "unchanged" has something to lose.
    QString libraryWithOnePlan()
    {
        const QString library = path(QStringLiteral("library-%1.vigia").arg(++m_counter));
        const QString seed = writeFile(QStringLiteral("seed-%1.txt").arg(m_counter), seedText() + QByteArray(m_counter, '\n'));
        const CliRun imported = runCli({QStringLiteral("import"), QStringLiteral("--db"), library, seed}, home());
        if (imported.exitCode != 0)
            qFatal("seed import failed: %s", imported.err.constData());
        return library;
    }

    // Import must fail with one line naming the file and the reason, within `seconds`, and leave
    // the library sound and as it was.
    void verifyRefused(const QString &file, const QString &reason, int seconds = 60)
    {
        const QString library = libraryWithOnePlan();
        const QMap<qint64, QByteArray> before = libraryContents(library);
        QCOMPARE(before.size(), 1);
        QElapsedTimer timer;
        timer.start();
        const CliRun imported = runCli({QStringLiteral("import"), QStringLiteral("--db"), library, file}, home(), seconds * 1000);
        QVERIFY2(imported.finished, qPrintable(QStringLiteral("import of %1 took more than %2 s").arg(file).arg(seconds)));
        qInfo("%s: refused in %lld ms", qPrintable(QFileInfo(file).fileName()), timer.elapsed());
        QCOMPARE(imported.exitCode, 1);
        QCOMPARE(imported.errorLines().size(), 1);
        const QString line = imported.errorLines().constFirst();
        QVERIFY2(line.contains(file), qPrintable(line));
        QVERIFY2(line.contains(reason), qPrintable(line));
        QVERIFY(imported.out.isEmpty());
        QCOMPARE(integrityCheck(library), QStringLiteral("ok"));
        QCOMPARE(libraryContents(library), before);
    }

    // Import must store the file as the same plan as `reference` gives.
    void verifyReadAs(const QString &file, const QString &reference)
    {
        const QString library = libraryWithOnePlan();
        const CliRun imported = runCli({QStringLiteral("import"), QStringLiteral("--db"), library, file}, home());
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const CliRun exported = runCli({QStringLiteral("export"), QStringLiteral("--db"), library, QStringLiteral("2")}, home());
        QCOMPARE(exported.exitCode, 0);
        Plan stored;
        QString error;
        QVERIFY2(PlanJson::fromJson(exported.out, &stored, &error), qPrintable(error));
        const ReadResult expected = PlanFileReader().readFile(reference);
        QVERIFY(expected.ok());
        QCOMPARE(stored.dimensions.size(), expected.plan.dimensions.size());
        for (qsizetype d = 0; d < stored.dimensions.size(); ++d) {
            QCOMPARE(stored.dimensions[d].rows.size(), expected.plan.dimensions[d].rows.size());
            for (qsizetype r = 0; r < stored.dimensions[d].rows.size(); ++r)
                for (ItemKind kind : allItemKinds) {
                    const QList<Item> &got = stored.dimensions[d].rows[r].items(kind);
                    const QList<Item> &want = expected.plan.dimensions[d].rows[r].items(kind);
                    QCOMPARE(got.size(), want.size());
                    for (qsizetype i = 0; i < got.size(); ++i)
                        QCOMPARE(got[i].text, want[i].text);
                }
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void tinyAndEmptyFiles_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        for (const char *suffix : {"txt", "md", "pdf", "doc"})
            QTest::addRow("0 bytes .%s", suffix) << QStringLiteral("empty.%1").arg(QLatin1String(suffix)) << QByteArray() << "the file is empty";
        QTest::newRow("1 byte .txt") << "one.txt" << QByteArray("a") << "no plan structure found";
        QTest::newRow("1 byte .md") << "one.md" << QByteArray("#") << "no plan structure found";
        QTest::newRow("1 byte .pdf") << "one.pdf" << QByteArray("%") << "not a PDF";
        QTest::newRow("1 NUL byte") << "nul.txt" << QByteArray(1, '\0') << "binary";
        QTest::newRow("1 newline") << "newline.txt" << QByteArray("\n") << "no plan structure found";
    }
    void tinyAndEmptyFiles()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        verifyRefused(writeFile(fileName, content), reason);
    }

    // Devices and pipes (issue 11, item 4): /dev/zero, a link to it named like a plan, and a FIFO
    // nobody writes to are refused at once, without reading or blocking.
    void devicesAndPipesAreRefusedAtOnce()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/zero")))
            QSKIP("no /dev/zero here");
        verifyRefused(QStringLiteral("/dev/zero"), QStringLiteral("not a regular file"), 20);
        const QString link = path(QStringLiteral("plan-cero.txt"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), link));
        verifyRefused(link, QStringLiteral("not a regular file"), 20);
        const QString fifo = path(QStringLiteral("plan-tubo.pdf"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        verifyRefused(fifo, QStringLiteral("not a regular file"), 20);
    }

    void nulBytesInsideText()
    {
        QByteArray text = seedText();
        for (qsizetype at = 100; at < text.size(); at += 997)
            text[at] = '\0';
        verifyRefused(writeFile(QStringLiteral("with-nul.txt"), text), QStringLiteral("binary"));
        verifyRefused(writeFile(QStringLiteral("with-nul.md"), text), QStringLiteral("binary"));
    }

    void hugeTextIsRefusedBeforeReading()
    {
        // 200 MB of prose: over the 50 MB limit of text plans, refused by its size in well under
        // the time reading it would take.
        const QString file = path(QStringLiteral("huge.txt"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            const QByteArray block = prose(1024 * 1024, '\n');
            for (int i = 0; i < 200; ++i)
                QCOMPARE(out.write(block), block.size());
        }
        QElapsedTimer timer;
        timer.start();
        verifyRefused(file, QStringLiteral("too large"), 20);
        QFile::remove(file);
        // Markdown has the same limit.
        const QString markdown = path(QStringLiteral("huge.md"));
        {
            QFile out(markdown);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QVERIFY(out.resize(51LL * 1024 * 1024));
        }
        verifyRefused(markdown, QStringLiteral("too large"), 20);
        QFile::remove(markdown);
        // And the reader itself, for callers that pass bytes.
        const ReadResult read = PlanFileReader().readData(QByteArray(51 * 1024 * 1024, 'a'), QStringLiteral("x.txt"));
        QVERIFY(read.error.contains(QStringLiteral("too large")));
    }

    void tenMegabytesOnOneLine()
    {
        verifyRefused(writeFile(QStringLiteral("one-line.txt"), prose(10 * 1024 * 1024, 0)), QStringLiteral("no plan structure found"), 120);
        verifyRefused(writeFile(QStringLiteral("one-line.md"), prose(10 * 1024 * 1024, 0)), QStringLiteral("no plan structure found"), 120);
    }

    void utf16WithByteOrderMarkIsRead()
    {
        const QString reference = QStringLiteral(VIGIA_SAMPLES_DIR "/seeds/000_ed867a2e2950e577.txt");
        const QString text = QString::fromUtf8(seedText());
        verifyReadAs(writeFile(QStringLiteral("utf16le-bom.txt"), utf16(text, QStringConverter::Utf16LE, true)), reference);
        verifyReadAs(writeFile(QStringLiteral("utf16be-bom.txt"), utf16(text, QStringConverter::Utf16BE, true)), reference);
    }

    void utf16WithoutByteOrderMark()
    {
        const QString text = QString::fromUtf8(seedText());
        for (auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE})
            verifyRefused(writeFile(QStringLiteral("utf16-%1.txt").arg(int(encoding)), utf16(text, encoding, false)),
                          QStringLiteral("UTF-16 without a byte-order mark"));
    }

    void pdfWithFiveThousandEmptyPages()
    {
        const QByteArray pdf = makePdf(5000, [](QPainter &, int) {});
        verifyRefused(writeFile(QStringLiteral("empty-pages.pdf"), pdf), QStringLiteral("no text"), 120);
    }

    void encryptedPdf()
    {
        if (qpdfProgram().isEmpty())
            QSKIP("qpdf is not installed (scripts/install-deps.sh installs it)");
        const QString plain = writeFile(QStringLiteral("plain.pdf"), makePdf(1, [](QPainter &painter, int) {
            painter.drawText(QPointF(72, 100), QStringLiteral("DIMENSIÓN SOCIAL"));
        }));
        const QString locked = path(QStringLiteral("locked.pdf"));
        QVERIFY(encryptPdf(plain, locked, QStringLiteral("clave")));
        verifyRefused(locked, QStringLiteral("password"));
    }

    void pdfWithGarbageText()
    {
        QRandomGenerator random(20261121);
        const QByteArray pdf = makePdf(3, [&random](QPainter &painter, int) {
            for (int line = 0; line < 60; ++line) {
                QString garbage;
                for (int c = 0; c < 90; ++c)
                    garbage += QChar(char16_t(0x21 + random.bounded(0x22E))); // Latin letters, digits, signs
                painter.drawText(QPointF(20, 20 + line * 13), garbage);
            }
        });
        verifyRefused(writeFile(QStringLiteral("garbage.pdf"), pdf), QStringLiteral("no plan structure found"), 120);
    }

    void itemTextsThatLookLikeCodeStayText()
    {
        const QStringList hostile{
            QStringLiteral("'); DROP TABLE plans; --"),
            QStringLiteral("Robert\"); DELETE FROM items WHERE 1=1; --"),
            QStringLiteral("<script>alert('x')</script> <b>negrita</b> &amp; &lt;"),
            QStringLiteral("salud\" OR 1=1 -- NEAR(a b) * ^ : { } %s %n %1"),
            QStringLiteral("<img src=x onerror=alert(1)> \u0000 \u202e reversed \u0002\u0003"),
        };
        Plan plan;
        plan.metadata.organization = QStringLiteral("<i>PARTIDO</i> '; DROP TABLE plans;--");
        Dimension dimension;
        dimension.name = QStringLiteral("Social");
        for (const QString &text : hostile) {
            Row row;
            Item problem;
            problem.text = text;
            row.items(ItemKind::Problem).append(problem);
            Item target;
            target.text = QStringLiteral("Meta: ") + text;
            row.items(ItemKind::Target).append(target);
            dimension.rows.append(row);
        }
        plan.dimensions.append(dimension);
        const QByteArray json = PlanJson::toJson(plan);
        const QString file = writeFile(QStringLiteral("hostile-texts.json"), json);
        const QString library = libraryWithOnePlan();
        const QMap<qint64, QByteArray> before = libraryContents(library);

        const CliRun imported = runCli({QStringLiteral("import"), QStringLiteral("--db"), library, file}, home());
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const CliRun exported = runCli({QStringLiteral("export"), QStringLiteral("--db"), library, QStringLiteral("2")}, home());
        QCOMPARE(exported.exitCode, 0);
        Plan back;
        QString error;
        QVERIFY2(PlanJson::fromJson(exported.out, &back, &error), qPrintable(error));
        QCOMPARE(back.metadata.organization, plan.metadata.organization);
        QCOMPARE(back.dimensions.size(), 1);
        QCOMPARE(back.dimensions[0].rows.size(), hostile.size());
        for (qsizetype r = 0; r < hostile.size(); ++r) {
            QCOMPARE(back.dimensions[0].rows[r].items(ItemKind::Problem).constFirst().text, plan.dimensions[0].rows[r].items(ItemKind::Problem).constFirst().text);
            QCOMPARE(back.dimensions[0].rows[r].items(ItemKind::Target).constFirst().text, plan.dimensions[0].rows[r].items(ItemKind::Target).constFirst().text);
        }
        // Nothing was interpreted: the other plan and every table are still there.
        QCOMPARE(integrityCheck(library), QStringLiteral("ok"));
        const QMap<qint64, QByteArray> after = libraryContents(library);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.value(before.firstKey()), before.first());
        // Search finds the words and shows the text as it is.
        const CliRun found = runCli({QStringLiteral("search"), QStringLiteral("--db"), library, QStringLiteral("DROP TABLE"),
                                     QStringLiteral("--format"), QStringLiteral("json")}, home());
        QCOMPARE(found.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(found.out).array();
        QVERIFY(!hits.isEmpty());
        for (const QJsonValue &hit : hits)
            QVERIFY(hit.toObject().value(QStringLiteral("text")).toString().contains(QStringLiteral("DROP TABLE plans")));
        const CliRun listed = runCli({QStringLiteral("list"), QStringLiteral("--db"), library}, home());
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(QString::fromUtf8(listed.out).contains(plan.metadata.organization));
    }
};

QTEST_MAIN(TestHostileInputs)
#include "TestHostileInputs.moc"
