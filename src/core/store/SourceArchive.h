#pragma once

#include <QByteArray>
#include <QString>

namespace vigia {

// Keeps a copy of each imported source document beside a library, so that an item can be shown
// in its context (the surrounding lines of a text file, the page of a PDF) even after the
// original file has moved. The copies live in the folder "<library>.sources", named after the
// source's SHA-256 and keeping the original suffix ("<sha256>.pdf").
class SourceArchive {
public:
    explicit SourceArchive(const QString &libraryPath);

    QString directory() const { return m_directory; }

    // Copies `sourcePath` into the archive unless a copy with this digest is already there. The
    // copy is checked against the digest (a file changed since it was read is not kept). Returns
    // false and sets `error` (naming the file and the reason) when the copy fails.
    bool store(const QString &sourcePath, const QByteArray &sha256Hex, QString *error) const;
    // Removes the copy with this digest and file name (an import that failed after the copy).
    void remove(const QByteArray &sha256Hex, const QString &sourceFileName) const;

    // The archived copy of the source with this digest and file name; empty when there is none.
    QString find(const QByteArray &sha256Hex, const QString &sourceFileName) const;

private:
    QString archivedPath(const QByteArray &sha256Hex, const QString &sourceFileName) const;
    QString m_directory;
};

} // namespace vigia
