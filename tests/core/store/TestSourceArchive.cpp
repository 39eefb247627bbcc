#include "store/SourceArchive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

class TestSourceArchive : public QObject {
    Q_OBJECT

private:
    static QString writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }
    static QByteArray sha(const QByteArray &content)
    {
        return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    }

private Q_SLOTS:
    void storesACopyFoundByDigestAndSuffix()
    {
        QTemporaryDir dir;
        const QByteArray content = "DIMENSIÓN SOCIAL\nProblema uno\n";
        const QString source = writeFile(dir.filePath(QStringLiteral("plan.TXT")), content);
        SourceArchive archive(dir.filePath(QStringLiteral("lib.vigia")));
        QCOMPARE(archive.directory(), dir.filePath(QStringLiteral("lib.vigia.sources")));
        QVERIFY(archive.find(sha(content), QStringLiteral("plan.txt")).isEmpty());

        QString error;
        QVERIFY2(archive.store(source, sha(content), &error), qPrintable(error));
        const QString copy = archive.find(sha(content), QStringLiteral("plan.txt"));
        QVERIFY(!copy.isEmpty());
        QVERIFY(copy.endsWith(QStringLiteral(".txt")));
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
        // Another suffix is another document.
        QVERIFY(archive.find(sha(content), QStringLiteral("plan.pdf")).isEmpty());
    }

    void storingTwiceKeepsTheFirstCopy()
    {
        QTemporaryDir dir;
        const QString source = writeFile(dir.filePath(QStringLiteral("a.md")), "uno");
        SourceArchive archive(dir.filePath(QStringLiteral("lib.vigia")));
        QString error;
        QVERIFY(archive.store(source, sha("uno"), &error));
        writeFile(source, "dos");
        QVERIFY(archive.store(source, sha("uno"), &error));
        QFile file(archive.find(sha("uno"), QStringLiteral("a.md")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("uno"));
        QCOMPARE(QDir(archive.directory()).entryList(QDir::Files).size(), 1);
    }

    // A file that no longer has the bytes that were read (changed since) is not kept under their
    // digest, and no partial copy is left.
    void aChangedFileIsNotKept()
    {
        QTemporaryDir dir;
        const QString source = writeFile(dir.filePath(QStringLiteral("plan.txt")), "después");
        SourceArchive archive(dir.filePath(QStringLiteral("lib.vigia")));
        QString error;
        QVERIFY(!archive.store(source, sha("antes"), &error));
        QVERIFY2(error.contains(QStringLiteral("plan.txt")) && error.contains(QStringLiteral("changed while it was imported")), qPrintable(error));
        QVERIFY(archive.find(sha("antes"), QStringLiteral("plan.txt")).isEmpty());
        QVERIFY(QDir(archive.directory()).entryList(QDir::Files).isEmpty());
        // remove() takes a copy away.
        QVERIFY(archive.store(source, sha("después"), &error));
        archive.remove(sha("después"), QStringLiteral("plan.txt"));
        QVERIFY(archive.find(sha("después"), QStringLiteral("plan.txt")).isEmpty());
    }

    void aMissingSourceFailsWithItsName()
    {
        QTemporaryDir dir;
        SourceArchive archive(dir.filePath(QStringLiteral("lib.vigia")));
        QString error;
        QVERIFY(!archive.store(dir.filePath(QStringLiteral("missing.txt")), sha("x"), &error));
        QVERIFY2(error.contains(QStringLiteral("missing.txt")), qPrintable(error));
        QVERIFY(!archive.store(dir.filePath(QStringLiteral("missing.txt")), QByteArray(), &error));
    }
};

QTEST_GUILESS_MAIN(TestSourceArchive)
#include "TestSourceArchive.moc"
