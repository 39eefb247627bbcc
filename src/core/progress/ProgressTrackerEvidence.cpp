// ProgressTracker's evidence: links and files kept with a record (see ProgressTracker.h).
#include "ProgressTracker.h"

#include "EvidenceFileName.h"
#include "EvidenceIntake.h"
#include "ProgressTrackerSql.h"
#include "store/SqliteStatement.h"
#include "store/SqliteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace vigia {

using namespace progress_sql;
using StepResult = SqliteStatement::StepResult;

namespace {

const QString evidenceColumns = QStringLiteral(
    "id, record_id, kind, url, consulted_on, original_name, media_type, sha256, size, added_by, added_at, title");

Evidence readEvidence(const SqliteStatement &statement)
{
    Evidence evidence;
    evidence.id = statement.columnInt64(0);
    evidence.recordId = statement.columnInt64(1);
    evidence.kind = statement.columnText(2) == u"file" ? Evidence::Kind::File : Evidence::Kind::Url;
    evidence.url = statement.columnText(3);
    evidence.consultedOn = QDate::fromString(statement.columnText(4), Qt::ISODate);
    evidence.originalName = statement.columnText(5);
    evidence.mediaType = statement.columnText(6);
    evidence.sha256 = statement.columnText(7).toLatin1();
    evidence.size = statement.columnInt64(8);
    evidence.addedBy = statement.columnText(9);
    evidence.addedAt = QDateTime::fromString(statement.columnText(10), Qt::ISODateWithMs);
    evidence.title = statement.columnText(11);
    return evidence;
}

} // namespace

std::optional<Evidence> ProgressTracker::insertEvidence(qint64 recordId, const Evidence &evidence,
                                                        const QByteArray &content, QString *error)
{
    SqliteStatement insert = m_database.prepare(QStringLiteral(
        "INSERT INTO progress_evidence (record_id, kind, url, consulted_on, original_name, media_type, sha256, size, "
        "content, added_by, added_at, title) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
    const bool isFile = evidence.kind == Evidence::Kind::File;
    insert.bind(1, recordId);
    insert.bind(2, isFile ? QStringLiteral("file") : QStringLiteral("url"));
    insert.bind(3, isFile ? QString() : evidence.url);
    insert.bind(4, evidence.consultedOn.isValid() ? evidence.consultedOn.toString(Qt::ISODate) : QString());
    insert.bind(5, isFile ? evidence.originalName : QString());
    insert.bind(6, isFile ? evidence.mediaType : QString());
    insert.bind(7, isFile ? QString::fromLatin1(evidence.sha256) : QString());
    if (isFile)
        insert.bind(8, qint64(content.size()));
    else
        insert.bindNull(8);
    insert.bindBlob(9, isFile ? (content.isNull() ? QByteArray("") : content) : QByteArray());
    insert.bind(10, evidence.addedBy.isNull() ? QStringLiteral("") : evidence.addedBy);
    insert.bind(11, evidence.addedAt.isValid() ? evidence.addedAt.toUTC().toString(Qt::ISODateWithMs) : now());
    insert.bind(12, isFile || evidence.title.isNull() ? QStringLiteral("") : evidence.title);
    if (!insert.execute()) {
        *error = fail(insert.errorMessage());
        return std::nullopt;
    }
    Evidence stored = evidence;
    stored.id = m_database.lastInsertRowId();
    stored.recordId = recordId;
    stored.size = isFile ? content.size() : 0;
    return stored;
}

std::optional<Evidence> ProgressTracker::addEvidenceUrl(qint64 recordId, const QString &url,
                                                        const QDate &consultedOn, const QString &addedBy,
                                                        QString *error, const QString &title)
{
    QString ignoredError;
    const std::optional<PendingEvidence> pending =
        EvidenceIntake::fromUrl(url, consultedOn, addedBy, error ? error : &ignoredError, title);
    return pending ? addEvidence(recordId, *pending, error) : std::nullopt;
}

std::optional<Evidence> ProgressTracker::addEvidenceFile(qint64 recordId, const QString &path,
                                                         const QString &addedBy, QString *error)
{
    QString ignoredError;
    const std::optional<PendingEvidence> pending = EvidenceIntake::fromFile(path, addedBy, error ? error : &ignoredError);
    return pending ? addEvidence(recordId, *pending, error) : std::nullopt;
}

std::optional<Evidence> ProgressTracker::addEvidenceData(qint64 recordId, const QByteArray &content,
                                                         const QString &originalName, const QString &addedBy,
                                                         QString *error)
{
    QString ignoredError;
    const std::optional<PendingEvidence> pending =
        EvidenceIntake::fromData(content, originalName, addedBy, error ? error : &ignoredError);
    return pending ? addEvidence(recordId, *pending, error) : std::nullopt;
}

std::optional<Evidence> ProgressTracker::addEvidence(qint64 recordId, const PendingEvidence &pending, QString *error)
{
    QString ignoredError;
    if (!error)
        error = &ignoredError;
    SqliteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = fail(transaction.error());
        return std::nullopt;
    }
    const std::optional<ProgressRecord> owner = recordById(recordId, error);
    if (!owner)
        return std::nullopt;
    const std::optional<Evidence> stored = storeEvidence(*owner, pending, error);
    if (!stored)
        return std::nullopt;
    if (!transaction.commit()) {
        *error = fail(transaction.error());
        return std::nullopt;
    }
    return stored;
}

// One piece of evidence of a record and its history entry, inside the caller's transaction.
std::optional<Evidence> ProgressTracker::storeEvidence(const ProgressRecord &owner, const PendingEvidence &pending,
                                                       QString *error)
{
    const std::optional<Evidence> stored = insertEvidence(owner.id, pending.evidence, pending.content, error);
    if (!stored
        || !appendHistory(owner.id, owner.itemId, owner.semester, QStringLiteral("evidence"), std::nullopt, std::nullopt,
                          pending.historyDetail, pending.evidence.addedBy, error))
        return std::nullopt;
    return stored;
}

QList<Evidence> ProgressTracker::evidenceOf(qint64 recordId, QString *error) const
{
    SqliteStatement statement = m_database.prepare(
        QStringLiteral("SELECT %1 FROM progress_evidence WHERE record_id = ?1 ORDER BY id").arg(evidenceColumns));
    statement.bind(1, recordId);
    QList<Evidence> result;
    StepResult step;
    while ((step = statement.step()) == StepResult::Row)
        result.append(readEvidence(statement));
    if (step == StepResult::Error && error)
        *error = fail(statement.errorMessage());
    return result;
}

QByteArray ProgressTracker::evidenceContent(qint64 evidenceId, QString *error) const
{
    SqliteStatement statement = m_database.prepare(
        QStringLiteral("SELECT content FROM progress_evidence WHERE id = ?1 AND kind = 'file'"));
    statement.bind(1, evidenceId);
    if (statement.step() != StepResult::Row) {
        if (error)
            *error = fail(QStringLiteral("there is no evidence file %1").arg(evidenceId));
        return {};
    }
    QByteArray content = statement.columnBlob(0);
    if (content.isNull())
        content = QByteArray("");
    return content;
}

QString ProgressTracker::saveEvidence(qint64 evidenceId, const QString &directory, QString *error) const
{
    QString ignoredError;
    if (!error)
        error = &ignoredError;
    SqliteStatement statement = m_database.prepare(
        QStringLiteral("SELECT %1 FROM progress_evidence WHERE id = ?1 AND kind = 'file'").arg(evidenceColumns));
    statement.bind(1, evidenceId);
    if (statement.step() != StepResult::Row) {
        *error = fail(QStringLiteral("there is no evidence file %1").arg(evidenceId));
        return {};
    }
    const Evidence evidence = readEvidence(statement);
    const QDir folder(directory);
    if (directory.isEmpty() || !folder.exists()) {
        *error = QStringLiteral("%1: no such folder").arg(directory);
        return {};
    }
    const QByteArray content = evidenceContent(evidenceId, error);
    if (QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex() != evidence.sha256) {
        *error = fail(QStringLiteral("evidence %1 does not match its SHA-256").arg(evidenceId));
        return {};
    }
    const QString safeName = EvidenceFileName::sanitized(evidence.originalName);
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const QString fileName = attempt == 0 ? QStringLiteral("%1-%2").arg(evidenceId).arg(safeName)
                                              : QStringLiteral("%1-%2-%3").arg(evidenceId).arg(attempt).arg(safeName);
        const QString path = folder.absoluteFilePath(fileName);
        // The sanitised name has no separators; check anyway that the file lands in the folder.
        if (QFileInfo(path).absolutePath() != folder.absolutePath()) {
            *error = fail(QStringLiteral("refusing to write evidence %1 outside %2").arg(evidenceId).arg(directory));
            return {};
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (file.exists())
                continue;
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return {};
        }
        if (file.write(content) != content.size() || !file.flush()) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            file.remove();
            return {};
        }
        return path;
    }
    *error = QStringLiteral("%1: too many files named like evidence %2").arg(directory).arg(evidenceId);
    return {};
}

} // namespace vigia
