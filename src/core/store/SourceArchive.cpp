#include "SourceArchive.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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
    // Copy under a temporary name first so that a half-written copy is never taken for a source.
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    QFile source(sourcePath);
    if (!source.copy(partial)) {
        QFile::remove(partial);
        return fail(source.errorString());
    }
    QFile copy(partial);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!copy.open(QIODevice::ReadOnly) || !hash.addData(&copy) || hash.result().toHex() != sha256Hex.toLower()) {
        QFile::remove(partial);
        return fail(QCoreApplication::translate("SourceArchive", "the file changed while it was imported"));
    }
    copy.close();
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return fail(QCoreApplication::translate("SourceArchive", "cannot move the copy into %1").arg(QDir::toNativeSeparators(m_directory)));
    }
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
