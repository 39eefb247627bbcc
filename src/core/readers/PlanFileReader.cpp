#include "PlanFileReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include "store/OpenDatabaseFiles.h"

#include <QFile>
#include <QFileInfo>

namespace vigia {
namespace {
// How much of a file the readers see when they decide whether they take it.
constexpr qint64 headSize = 4096;
}

PlanFileReader::PlanFileReader()
    : PlanFileReader(createDefaultReaders())
{
}

PlanFileReader::PlanFileReader(std::vector<std::unique_ptr<PlanReader>> readers)
    : m_readers(std::move(readers))
{
}

PlanFileReader::~PlanFileReader() = default;

const PlanReader *PlanFileReader::readerFor(const QString &fileName, const QByteArray &content) const
{
    const QByteArray head = content.left(headSize);
    for (const auto &reader : m_readers) {
        if (reader->accepts(fileName, head))
            return reader.get();
    }
    return nullptr;
}

ReadResult PlanFileReader::readFile(const QString &path, const ReadOptions &options) const
{
    ReadResult result;
    result.failure = ReadResult::Failure::Unreadable;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = QCoreApplication::translate("PlanFileReader", "%1: no such file").arg(path);
        return result;
    }
    if (info.isDir()) {
        result.error = QCoreApplication::translate("PlanFileReader", "%1: is a directory, not a plan document").arg(path);
        return result;
    }
    // A device (/dev/zero, also through a link), a pipe or a socket: reading it may never end, or
    // opening it may block. Plans are regular files.
    if (!info.isFile()) {
        result.error = QCoreApplication::translate("PlanFileReader", "%1: not a regular file (a device, a pipe or a socket), not a plan document").arg(path);
        return result;
    }
    if (info.size() > maximumFileSize) {
        result.error = QCoreApplication::translate("PlanFileReader", "%1: the file is too large (%2 MB; at most %3 MB)")
                           .arg(path)
                           .arg(info.size() / (1024 * 1024))
                           .arg(maximumFileSize / (1024 * 1024));
        return result;
    }
    // A library open in this process is never opened as a plain file (see OpenDatabaseFiles).
    if (const QString refusal = OpenDatabaseFiles::refusal(path); !refusal.isEmpty()) {
        result.error = refusal;
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("PlanFileReader", "%1: cannot open: %2").arg(path, file.errorString());
        return result;
    }
    // The reader is chosen from the first bytes, so that a file too large for it is refused
    // before it is read.
    const PlanReader *reader = readerFor(info.fileName(), file.peek(headSize));
    if (reader && info.size() > reader->maximumSize()) {
        result.error = QCoreApplication::translate("PlanFileReader", "%1: the file is too large for a %2 document (%3 MB; at most %4 MB)")
                           .arg(path, reader->id())
                           .arg(info.size() / (1024 * 1024))
                           .arg(reader->maximumSize() / (1024 * 1024));
        return result;
    }
    // Never more than the limit, whatever the size said: the file may grow while it is read.
    const QByteArray content = file.read(maximumFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = QCoreApplication::translate("PlanFileReader", "%1: cannot read: %2").arg(path, file.errorString());
        return result;
    }
    if (content.size() > maximumFileSize) {
        result.error = QCoreApplication::translate("PlanFileReader", "%1: the file is too large (more than %2 MB)")
                           .arg(path)
                           .arg(maximumFileSize / (1024 * 1024));
        return result;
    }
    result = readData(content, info.fileName(), options);
    if (!result.ok())
        result.error = QStringLiteral("%1: %2").arg(path, result.error);
    return result;
}

ReadResult PlanFileReader::readData(const QByteArray &content, const QString &fileName, const ReadOptions &options) const
{
    ReadResult result;
    if (content.isEmpty()) {
        result.failure = ReadResult::Failure::Unreadable;
        result.error = QCoreApplication::translate("PlanFileReader", "the file is empty");
        return result;
    }
    const PlanReader *reader = readerFor(fileName, content);
    if (!reader) {
        result.failure = ReadResult::Failure::Unreadable;
        result.error = QCoreApplication::translate("PlanFileReader", "not a document Vigía can read (expected a PDF, a text or a Markdown file)");
        return result;
    }
    result = reader->read(content, fileName, options);
    if (result.ok()) {
        result.plan.sourceFileName = fileName;
        result.plan.sourceSha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    }
    return result;
}

} // namespace vigia
