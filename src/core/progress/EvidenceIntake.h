#pragma once

#include "ProgressRecord.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace vigia {

// Evidence checked and read, not stored yet: ProgressTracker stores it with its record in one
// transaction, so a record and its evidence land together or not at all.
struct PendingEvidence {
    Evidence evidence;
    QByteArray content;     // a file's bytes; empty for an address
    QString historyDetail;  // how the history names it ("url https://… (consulted 2026-12-01)")
};

// Everything that can be refused about a piece of evidence, before anything is written.
namespace EvidenceIntake {

// Largest evidence file accepted.
inline constexpr qint64 maximumFileSize = 64LL * 1024 * 1024;
// Longest address accepted.
inline constexpr qsizetype maximumUrlLength = 4096;

// The address in its encoded form when it is an http(s) address with a host, at most
// maximumUrlLength long; anything else (javascript:, file:, data:, a relative path) is refused with
// a reason naming it.
std::optional<QString> checkedUrl(const QString &url, QString *error);

// An address with the day it was consulted and, optionally, a title (one line, at most
// ProgressValues::maximumNameLength characters).
std::optional<PendingEvidence> fromUrl(const QString &url, const QDate &consultedOn, const QString &addedBy,
                                       QString *error, const QString &title = {});
// A regular file, read whole with a hard limit (a device or a pipe is refused, not read).
std::optional<PendingEvidence> fromFile(const QString &path, const QString &addedBy, QString *error);
std::optional<PendingEvidence> fromData(const QByteArray &content, const QString &originalName, const QString &addedBy,
                                        QString *error);

// How the history names a piece of evidence: "url https://… (consulted 2026-12-01)", with
// ` titled "…"` when the link has a title, or "file informe.pdf (1234 bytes, sha256 …)". The
// tracking window reads these back to show them (TimelineModel), so the forms are fixed.
QString historyDetail(const Evidence &evidence);
// The evidence a history detail names (kind, address, title, day consulted; or name, size and
// SHA-256), or nothing when the detail is not one of historyDetail's forms.
std::optional<Evidence> fromHistoryDetail(const QString &detail);

} // namespace EvidenceIntake
} // namespace vigia
