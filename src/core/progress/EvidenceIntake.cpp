#include "EvidenceIntake.h"

#include "EvidenceFileName.h"
#include "store/OpenDatabaseFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>

namespace vigia::EvidenceIntake {

std::optional<QString> checkedUrl(const QString &url, QString *error)
{
    if (url.size() > maximumUrlLength) {
        *error = QStringLiteral("an address of %1 characters is too long (at most %2)").arg(url.size()).arg(maximumUrlLength);
        return std::nullopt;
    }
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.isRelative() || parsed.host().isEmpty()
        || (parsed.scheme() != u"http" && parsed.scheme() != u"https")) {
        *error = QStringLiteral("'%1' is not an http(s) address").arg(url);
        return std::nullopt;
    }
    return parsed.toString(QUrl::FullyEncoded);
}

std::optional<PendingEvidence> fromUrl(const QString &url, const QDate &consultedOn, const QString &addedBy,
                                       QString *error)
{
    const std::optional<QString> address = checkedUrl(url, error);
    if (!address)
        return std::nullopt;
    PendingEvidence pending;
    Evidence &evidence = pending.evidence;
    evidence.kind = Evidence::Kind::Url;
    evidence.url = *address;
    evidence.consultedOn = consultedOn.isValid() ? consultedOn : QDate::currentDate();
    evidence.addedBy = addedBy;
    pending.historyDetail = QStringLiteral("url %1 (consulted %2)").arg(evidence.url, evidence.consultedOn.toString(Qt::ISODate));
    return pending;
}

std::optional<PendingEvidence> fromFile(const QString &path, const QString &addedBy, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = QStringLiteral("%1: %2").arg(path, info.exists() ? QStringLiteral("not a regular file")
                                                                  : QStringLiteral("no such file"));
        return std::nullopt;
    }
    if (const QString refusal = OpenDatabaseFiles::refusal(path); !refusal.isEmpty()) {
        *error = refusal;
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // The size on disk may change or lie: read at most one byte past the limit.
    const QByteArray content = file.read(maximumFileSize + 1);
    if (content.size() > maximumFileSize) {
        *error = QStringLiteral("%1: the file is larger than %2 MiB").arg(path).arg(maximumFileSize >> 20);
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromData(content, info.fileName(), addedBy, error);
}

std::optional<PendingEvidence> fromData(const QByteArray &content, const QString &originalName, const QString &addedBy,
                                        QString *error)
{
    if (content.size() > maximumFileSize) {
        *error = QStringLiteral("%1: the file is larger than %2 MiB").arg(originalName).arg(maximumFileSize >> 20);
        return std::nullopt;
    }
    PendingEvidence pending;
    if (originalName.size() > ProgressValues::maximumNameLength) {
        *error = QStringLiteral("a file name of %1 characters is too long (at most %2)").arg(originalName.size()).arg(ProgressValues::maximumNameLength);
        return std::nullopt;
    }
    Evidence &evidence = pending.evidence;
    evidence.kind = Evidence::Kind::File;
    evidence.originalName = originalName;
    evidence.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(EvidenceFileName::sanitized(originalName), content).name();
    evidence.sha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    evidence.size = content.size();
    evidence.addedBy = addedBy;
    pending.content = content;
    pending.historyDetail = QStringLiteral("file %1 (%2 bytes, sha256 %3)")
                                .arg(EvidenceFileName::sanitized(originalName))
                                .arg(content.size())
                                .arg(QString::fromLatin1(evidence.sha256));
    return pending;
}

} // namespace vigia::EvidenceIntake
