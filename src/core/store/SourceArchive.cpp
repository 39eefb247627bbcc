#include "SourceArchive.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace vigia {

SourceArchive::SourceArchive(const QString &libraryPath)
    : m_directory(libraryPath + QStringLiteral(".sources"))
{
}

QString SourceArchive::archivedPath(const QByteArray &sha256Hex, const QString &sourceFileName) const
{
    const QString suffix = QFileInfo(sourceFileName).suffix().toLower();
    QString name = QString::fromLatin1(sha256Hex.toLower());
    if (!suffix.isEmpty())
        name += u'.' + suffix;
    return QDir(m_directory).filePath(name);
}

bool SourceArchive::store(const QString &sourcePath, const QByteArray &sha256Hex, QString *error) const
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(sourcePath), reason);
        return false;
    };
    if (sha256Hex.isEmpty())
        return fail(QCoreApplication::translate("SourceArchive", "no digest to file the copy under"));
    const QString target = archivedPath(sha256Hex, QFileInfo(sourcePath).fileName());
    if (QFileInfo::exists(target))
        return true;
    if (!QDir().mkpath(m_directory))
        return fail(QCoreApplication::translate("SourceArchive", "cannot create the folder %1").arg(QDir::toNativeSeparators(m_directory)));
    // The copy is written under a temporary name of its own (two files with the same bytes may be
    // kept at once, from two threads) and takes its name only when complete, so a half-written copy
    // is never taken for a source. The bytes are hashed as they are copied: a file that changed
    // since it was read is not kept under the digest of what was read.
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(source.errorString());
    QSaveFile copy(target);
    if (!copy.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("SourceArchive", "cannot write into %1: %2")
                        .arg(QDir::toNativeSeparators(m_directory), copy.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk;
    while (!(chunk = source.read(1 << 20)).isEmpty()) {
        hash.addData(chunk);
        if (copy.write(chunk) != chunk.size()) {
            const QString reason = copy.errorString();
            copy.cancelWriting();
            return fail(reason);
        }
    }
    if (source.error() != QFileDevice::NoError) {
        copy.cancelWriting();
        return fail(source.errorString());
    }
    if (hash.result().toHex() != sha256Hex.toLower()) {
        copy.cancelWriting();
        return fail(QCoreApplication::translate("SourceArchive", "the file changed while it was imported"));
    }
    // A copy of the same bytes that another import kept meanwhile is as good as this one.
    if (!copy.commit() && !QFileInfo::exists(target))
        return fail(QCoreApplication::translate("SourceArchive", "cannot move the copy into %1").arg(QDir::toNativeSeparators(m_directory)));
    return true;
}

void SourceArchive::remove(const QByteArray &sha256Hex, const QString &sourceFileName) const
{
    if (!sha256Hex.isEmpty())
        QFile::remove(archivedPath(sha256Hex, sourceFileName));
}

QString SourceArchive::find(const QByteArray &sha256Hex, const QString &sourceFileName) const
{
    if (sha256Hex.isEmpty())
        return {};
    const QString path = archivedPath(sha256Hex, sourceFileName);
    return QFileInfo::exists(path) ? path : QString();
}

} // namespace vigia
