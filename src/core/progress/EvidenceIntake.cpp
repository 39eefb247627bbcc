#include "EvidenceIntake.h"

#include "EvidenceFileName.h"
#include "store/OpenDatabaseFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
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

QString historyDetail(const Evidence &evidence)
{
    if (evidence.kind == Evidence::Kind::File) {
        return QStringLiteral("file %1 (%2 bytes, sha256 %3)")
            .arg(EvidenceFileName::sanitized(evidence.originalName))
            .arg(evidence.size)
            .arg(QString::fromLatin1(evidence.sha256));
    }
    QString detail = QStringLiteral("url %1 (consulted %2)").arg(evidence.url, evidence.consultedOn.toString(Qt::ISODate));
    if (!evidence.title.isEmpty())
        detail += QStringLiteral(" titled \"%1\"").arg(evidence.title);
    return detail;
}

std::optional<Evidence> fromHistoryDetail(const QString &detail)
{
    static const QRegularExpression url(QStringLiteral(R"re(^url (\S+) \(consulted (\d{4}-\d{2}-\d{2})\)(?: titled "(.*)")?$)re"),
                                        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression file(QStringLiteral(R"re(^file (.*) \((\d+) bytes, sha256 ([0-9a-f]{64})\)$)re"),
                                         QRegularExpression::DotMatchesEverythingOption);
    Evidence evidence;
    if (const QRegularExpressionMatch match = url.match(detail); match.hasMatch()) {
        evidence.kind = Evidence::Kind::Url;
        evidence.url = match.captured(1);
        evidence.consultedOn = QDate::fromString(match.captured(2), Qt::ISODate);
        evidence.title = match.captured(3);
        return evidence;
    }
    if (const QRegularExpressionMatch match = file.match(detail); match.hasMatch()) {
        evidence.kind = Evidence::Kind::File;
        evidence.originalName = match.captured(1);
        evidence.size = match.captured(2).toLongLong();
        evidence.sha256 = match.captured(3).toLatin1();
        return evidence;
    }
    return std::nullopt;
}

std::optional<PendingEvidence> fromUrl(const QString &url, const QDate &consultedOn, const QString &addedBy,
                                       QString *error, const QString &title)
{
    const std::optional<QString> address = checkedUrl(url, error);
    if (!address)
        return std::nullopt;
    const QString oneLineTitle = title.simplified();
    if (oneLineTitle.size() > ProgressValues::maximumNameLength) {
        *error = QStringLiteral("a link title of %1 characters is too long (at most %2)")
                     .arg(oneLineTitle.size())
                     .arg(ProgressValues::maximumNameLength);
        return std::nullopt;
    }
    PendingEvidence pending;
    Evidence &evidence = pending.evidence;
    evidence.kind = Evidence::Kind::Url;
    evidence.url = *address;
    evidence.consultedOn = consultedOn.isValid() ? consultedOn : QDate::currentDate();
    evidence.title = oneLineTitle;
    evidence.addedBy = addedBy;
    pending.historyDetail = historyDetail(evidence);
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
    pending.historyDetail = historyDetail(evidence);
    return pending;
}

} // namespace vigia::EvidenceIntake
