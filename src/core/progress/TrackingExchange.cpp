#include "TrackingExchange.h"

#include "EvidenceIntake.h"
#include "HistoryDetail.h"

#include "ItemMatcher.h"
#include "ProgressTracker.h"
#include "store/OpenDatabaseFiles.h"
#include "store/PlanLibrary.h"
#include "store/SqliteStatement.h"
#include "store/SqliteTransaction.h"
#include "text/TextNormalizer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace vigia {
namespace {

using StepResult = SqliteStatement::StepResult;

const QString formatName = QStringLiteral("vigia-progress");

QString itemKey(qsizetype dimension, qsizetype row, ItemKind kind, qsizetype position)
{
    return QStringLiteral("%1/%2/%3/%4").arg(dimension).arg(row).arg(itemKindId(kind)).arg(position);
}

QString canonicalJson(const ProgressValues &values)
{
    return QString::fromUtf8(QJsonDocument(values.toJson()).toJson(QJsonDocument::Compact));
}

QJsonValue valuesOrNull(const QString &json)
{
    if (json.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

std::optional<ProgressValues> optionalValues(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    return ProgressValues::fromJson(value.toObject());
}

// The incoming file's items rebuilt as a plan (ids 1, 2, …) for ItemMatcher, with keys by id.
struct IncomingItems {
    Plan plan;
    QHash<QString, qint64> idOfKey;
    QHash<qint64, QString> textOfId;
};

// The first string of the file longer than its field allows ("records[3].values.note: 62914560
// characters; at most 20000"), empty when every field fits. A file's content is bounded by the
// evidence size; notes, item texts and history details by a note's; every other field by a name's.
QString oversizedField(const QJsonValue &value, const QString &path, const QString &key)
{
    if (value.isString()) {
        qsizetype limit = ProgressValues::maximumNameLength;
        if (key == u"content_base64")
            limit = (EvidenceIntake::maximumFileSize + 2) / 3 * 4;
        else if (key == u"url")
            limit = EvidenceIntake::maximumUrlLength;
        else if (key == u"note" || key == u"text" || key == u"detail" || key == u"vision")
            limit = ProgressValues::maximumNoteLength;
        const qsizetype length = value.toString().size();
        return length > limit ? QStringLiteral("%1: %2 characters; at most %3").arg(path).arg(length).arg(limit) : QString();
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (QString problem = oversizedField(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), key); !problem.isEmpty())
                return problem;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key().size() > ProgressValues::maximumNameLength)
                return QStringLiteral("%1: a field name of %2 characters").arg(path).arg(it.key().size());
            const QString childPath = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (QString problem = oversizedField(it.value(), childPath, it.key()); !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

IncomingItems incomingItems(const QJsonArray &items)
{
    IncomingItems result;
    qint64 nextId = 1;
    for (const QJsonValue &value : items) {
        const QJsonObject object = value.toObject();
        const QString key = object.value(QStringLiteral("key")).toString();
        const QStringList parts = key.split(u'/');
        const std::optional<ItemKind> kind = parts.size() == 4 ? itemKindFromId(parts.at(2)) : std::nullopt;
        bool dimensionOk = false;
        bool rowOk = false;
        const int dimension = parts.value(0).toInt(&dimensionOk);
        const int row = parts.value(1).toInt(&rowOk);
        if (!kind || !dimensionOk || !rowOk || dimension < 0 || row < 0 || dimension > 1000 || row > 100000)
            continue;
        while (result.plan.dimensions.size() <= dimension)
            result.plan.dimensions.append(Dimension{});
        Dimension &target = result.plan.dimensions[dimension];
        target.name = object.value(QStringLiteral("dimension")).toString();
        while (target.rows.size() <= row)
            target.rows.append(Row{});
        Item item;
        item.id = nextId++;
        item.text = object.value(QStringLiteral("text")).toString();
        target.rows[row].items(*kind).append(item);
        result.idOfKey.insert(key, item.id);
        result.textOfId.insert(item.id, item.text);
    }
    return result;
}

} // namespace

TrackingExchange::TrackingExchange(ProgressTracker &tracker)
    : m_tracker(tracker)
{
}

QByteArray TrackingExchange::exportPlan(qint64 planId, const QString &group, QString *error) const
{
    QString ignoredError;
    if (!error)
        error = &ignoredError;
    const std::optional<Plan> plan = m_tracker.library().plan(planId);
    if (!plan) {
        *error = m_tracker.library().lastError();
        return {};
    }
    QJsonArray items;
    QHash<qint64, QString> keyOfItem;
    for (qsizetype d = 0; d < plan->dimensions.size(); ++d) {
        const Dimension &dimension = plan->dimensions.at(d);
        for (qsizetype r = 0; r < dimension.rows.size(); ++r) {
            for (ItemKind kind : {ItemKind::Objective, ItemKind::Target}) {
                const QList<Item> &cell = dimension.rows.at(r).items(kind);
                for (qsizetype p = 0; p < cell.size(); ++p) {
                    const QString key = itemKey(d, r, kind, p);
                    keyOfItem.insert(cell.at(p).id, key);
                    items.append(QJsonObject{{QStringLiteral("key"), key},
                                             {QStringLiteral("dimension"), dimension.name},
                                             {QStringLiteral("kind"), itemKindId(kind)},
                                             {QStringLiteral("text"), cell.at(p).text}});
                }
            }
        }
    }
    QString readError;
    const QList<ProgressRecord> records = m_tracker.records(planId, {}, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return {};
    }
    SqliteStatement historyOf = m_tracker.m_database.prepare(QStringLiteral(
        "SELECT uid, action, old_values, new_values, detail, changed_by, changed_at, origin "
        "FROM progress_history WHERE record_id = ?1 ORDER BY changed_at, id"));
    QJsonArray recordArray;
    for (const ProgressRecord &record : records) {
        QJsonArray evidence;
        for (const Evidence &piece : record.evidence) {
            QJsonObject object{{QStringLiteral("added_by"), piece.addedBy},
                               {QStringLiteral("added_at"), piece.addedAt.toString(Qt::ISODateWithMs)}};
            if (piece.kind == Evidence::Kind::Url) {
                object.insert(QStringLiteral("kind"), QStringLiteral("url"));
                object.insert(QStringLiteral("url"), piece.url);
                object.insert(QStringLiteral("consulted_on"), piece.consultedOn.toString(Qt::ISODate));
                if (!piece.title.isEmpty())
                    object.insert(QStringLiteral("title"), piece.title);
            } else {
                const QByteArray content = m_tracker.evidenceContent(piece.id, &readError);
                object.insert(QStringLiteral("kind"), QStringLiteral("file"));
                object.insert(QStringLiteral("name"), piece.originalName);
                object.insert(QStringLiteral("media_type"), piece.mediaType);
                object.insert(QStringLiteral("sha256"), QString::fromLatin1(piece.sha256));
                object.insert(QStringLiteral("size"), piece.size);
                object.insert(QStringLiteral("content_base64"), QString::fromLatin1(content.toBase64()));
            }
            evidence.append(object);
        }
        QJsonArray history;
        historyOf.reset();
        historyOf.bind(1, record.id);
        while (historyOf.step() == StepResult::Row) {
            history.append(QJsonObject{{QStringLiteral("uid"), historyOf.columnText(0)},
                                       {QStringLiteral("action"), historyOf.columnText(1)},
                                       {QStringLiteral("old_values"), valuesOrNull(historyOf.columnText(2))},
                                       {QStringLiteral("new_values"), valuesOrNull(historyOf.columnText(3))},
                                       {QStringLiteral("detail"), historyOf.columnText(4)},
                                       {QStringLiteral("changed_by"), historyOf.columnText(5)},
                                       {QStringLiteral("changed_at"), historyOf.columnText(6)},
                                       {QStringLiteral("origin"), historyOf.columnText(7)}});
        }
        recordArray.append(QJsonObject{{QStringLiteral("item"), keyOfItem.value(record.itemId)},
                                       {QStringLiteral("semester"), record.semester},
                                       {QStringLiteral("values"), record.values.toJson()},
                                       {QStringLiteral("updated_at"), record.updatedAt.toString(Qt::ISODateWithMs)},
                                       {QStringLiteral("evidence"), evidence},
                                       {QStringLiteral("history"), history}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), formatName},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("group"), group},
        {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("plan"),
         QJsonObject{{QStringLiteral("source_sha256"), QString::fromLatin1(plan->sourceSha256)},
                     {QStringLiteral("source_file_name"), plan->sourceFileName},
                     {QStringLiteral("organization"), plan->metadata.organization},
                     {QStringLiteral("place"), plan->metadata.place},
                     {QStringLiteral("period"), plan->metadata.period}}},
        {QStringLiteral("semesters"), QJsonArray::fromStringList(m_tracker.semesters(planId))},
        {QStringLiteral("items"), items},
        {QStringLiteral("records"), recordArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool TrackingExchange::exportPlanToFile(qint64 planId, const QString &group, const QString &path,
                                        QString *error) const
{
    QString ignoredError;
    if (!error)
        error = &ignoredError;
    const QByteArray content = exportPlan(planId, group, error);
    if (content.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

MergeReport TrackingExchange::mergeFile(const QString &path, qint64 planId, const QString &by)
{
    MergeReport report;
    const QFileInfo info(path);
    if (!info.isFile()) {
        report.error = QStringLiteral("%1: %2").arg(path, info.exists() ? QStringLiteral("not a regular file (a device, a pipe or a socket)")
                                                                        : QStringLiteral("no such file"));
        return report;
    }
    const QString tooLarge = QStringLiteral("%1: the file is larger than a tracking file can be (%2 MiB)").arg(path).arg(maximumFileSize >> 20);
    if (info.size() > maximumFileSize) {
        report.error = tooLarge;
        return report;
    }
    if (const QString refusal = OpenDatabaseFiles::refusal(path); !refusal.isEmpty()) {
        report.error = refusal;
        return report;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return report;
    }
    // The size on disk may change or lie: read at most one byte past the limit.
    const QByteArray content = file.read(maximumFileSize + 1);
    if (content.size() > maximumFileSize) {
        report.error = tooLarge;
        return report;
    }
    return merge(content, path, planId, by);
}

MergeReport TrackingExchange::merge(const QByteArray &content, const QString &fileName, qint64 planId,
                                    const QString &by)
{
    MergeReport report;
    auto failed = [&](const QString &reason) {
        report.ok = false;
        report.error = QStringLiteral("%1: %2").arg(fileName, reason);
        report.conflicts.clear();
        return report;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(QStringLiteral("not a Vigía tracking file (JSON error at byte %1: %2)")
                          .arg(parseError.offset)
                          .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName)
        return failed(QStringLiteral("not a Vigía tracking file"));
    if (const QString problem = oversizedField(root, {}, {}); !problem.isEmpty())
        return failed(QStringLiteral("a field is too long (%1); nothing was merged").arg(problem));
    if (root.value(QStringLiteral("version")).toInt() > formatVersion)
        return failed(QStringLiteral("the tracking file was written by a newer version of Vigía"));
    report.origin = root.value(QStringLiteral("group")).toString();
    if (report.origin.isEmpty())
        report.origin = QFileInfo(fileName).fileName();

    PlanLibrary &library = m_tracker.library();
    if (planId == 0) {
        const QByteArray sha = root.value(QStringLiteral("plan")).toObject().value(QStringLiteral("source_sha256"))
                                   .toString().toLatin1();
        const std::optional<qint64> found = sha.isEmpty() ? std::nullopt : library.planIdForSource(sha);
        if (!found)
            return failed(QStringLiteral("its plan (source %1) is not in the library; import that source first or "
                                         "name the plan to merge into")
                              .arg(QString::fromLatin1(sha)));
        planId = *found;
    }
    report.planId = planId;
    const std::optional<Plan> localPlan = library.plan(planId);
    if (!localPlan)
        return failed(library.lastError());

    // Incoming item -> local item: the same key with the same text, else the best similar item.
    const IncomingItems incoming = incomingItems(root.value(QStringLiteral("items")).toArray());
    QHash<QString, qint64> localItemOfKey;
    QHash<QString, QString> localTextOfKey;
    for (qsizetype d = 0; d < localPlan->dimensions.size(); ++d) {
        const Dimension &dimension = localPlan->dimensions.at(d);
        for (qsizetype r = 0; r < dimension.rows.size(); ++r) {
            for (ItemKind kind : allItemKinds) {
                const QList<Item> &cell = dimension.rows.at(r).items(kind);
                for (qsizetype p = 0; p < cell.size(); ++p) {
                    localItemOfKey.insert(itemKey(d, r, kind, p), cell.at(p).id);
                    localTextOfKey.insert(itemKey(d, r, kind, p), cell.at(p).text);
                }
            }
        }
    }
    const QHash<qint64, ItemMatcher::Match> similar = ItemMatcher::match(incoming.plan, *localPlan);
    auto localItemFor = [&](const QString &key) -> qint64 {
        const qint64 incomingId = incoming.idOfKey.value(key);
        if (incomingId == 0)
            return 0;
        if (localItemOfKey.contains(key)
            && TextNormalizer::fold(localTextOfKey.value(key)) == TextNormalizer::fold(incoming.textOfId.value(incomingId)))
            return localItemOfKey.value(key);
        return similar.contains(incomingId) ? similar.value(incomingId).toItemId : 0;
    };
    const QStringList localSemesters = m_tracker.semesters(planId);

    SqliteDatabase &database = m_tracker.m_database;
    SqliteTransaction transaction(database);
    if (!transaction.isActive())
        return failed(transaction.error());
    QString error;
    SqliteStatement insertConflict = database.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO progress_conflicts (record_id, incoming_values, origin, found_at) "
        "VALUES (?1, ?2, ?3, ?4)"));
    QList<qint64> newConflictIds;
    for (const QJsonValue &value : root.value(QStringLiteral("records")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString key = object.value(QStringLiteral("item")).toString();
        const QString semester = object.value(QStringLiteral("semester")).toString();
        const QJsonObject valuesObject = object.value(QStringLiteral("values")).toObject();
        const ProgressValues values = ProgressValues::fromJson(valuesObject);
        const QString statusId = valuesObject.value(QStringLiteral("status")).toString();
        if (!progressStatusFromId(statusId))
            return failed(QStringLiteral("the record of item %1 in %2 has an unknown status '%3'").arg(key, semester, statusId));
        if (values.percent && (*values.percent < 0 || *values.percent > 100))
            return failed(QStringLiteral("the record of item %1 in %2 has a percentage outside 0–100").arg(key, semester));
        const qint64 itemId = localItemFor(key);
        const QString itemText = incoming.textOfId.value(incoming.idOfKey.value(key));
        if (itemId == 0) {
            report.unmatched.append({key, itemText, semester, QStringLiteral("no matching item in plan %1").arg(planId)});
            continue;
        }
        if (!localSemesters.contains(semester)) {
            report.unmatched.append({key, itemText, semester, QStringLiteral("plan %1 does not track that semester").arg(planId)});
            continue;
        }
        std::optional<ProgressRecord> local = m_tracker.record(itemId, semester, &error);
        if (!error.isEmpty())
            return failed(error);
        qint64 recordId = 0;
        if (!local) {
            const std::optional<qint64> inserted = m_tracker.insertRecord(itemId, semester, values, &error);
            if (!inserted
                || !m_tracker.appendHistory(*inserted, itemId, semester, QStringLiteral("merged"), std::nullopt, values,
                                            HistoryDetail::mergedFrom(report.origin), by, &error, {}, {},
                                            report.origin))
                return failed(error);
            recordId = *inserted;
            ++report.addedRecords;
        } else {
            recordId = local->id;
            if (local->values.sameAssessment(values)) {
                ++report.unchangedRecords;
            } else {
                insertConflict.reset();
                insertConflict.bind(1, recordId);
                insertConflict.bind(2, canonicalJson(values));
                insertConflict.bind(3, report.origin);
                insertConflict.bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                if (!insertConflict.execute())
                    return failed(insertConflict.errorMessage());
                if (database.changes() > 0)
                    newConflictIds.append(database.lastInsertRowId());
            }
        }

        // Evidence: everything we do not have yet (files by SHA-256, URLs by address).
        QList<Evidence> have = m_tracker.evidenceOf(recordId, &error);
        for (const QJsonValue &pieceValue : object.value(QStringLiteral("evidence")).toArray()) {
            const QJsonObject piece = pieceValue.toObject();
            Evidence evidence;
            evidence.addedBy = piece.value(QStringLiteral("added_by")).toString();
            evidence.addedAt = QDateTime::fromString(piece.value(QStringLiteral("added_at")).toString(), Qt::ISODateWithMs);
            QByteArray bytes;
            if (piece.value(QStringLiteral("kind")).toString() == u"file") {
                bytes = QByteArray::fromBase64(piece.value(QStringLiteral("content_base64")).toString().toLatin1());
                if (bytes.size() > ProgressTracker::maximumEvidenceSize)
                    return failed(QStringLiteral("an evidence file of item %1 is too large").arg(key));
                evidence.kind = Evidence::Kind::File;
                evidence.originalName = piece.value(QStringLiteral("name")).toString();
                evidence.mediaType = piece.value(QStringLiteral("media_type")).toString();
                evidence.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
                if (evidence.sha256 != piece.value(QStringLiteral("sha256")).toString().toLatin1().toLower())
                    return failed(QStringLiteral("evidence '%1' of item %2 does not match its SHA-256")
                                      .arg(evidence.originalName, key));
                if (std::any_of(have.cbegin(), have.cend(), [&](const Evidence &e) { return e.sha256 == evidence.sha256; }))
                    continue;
                evidence.size = bytes.size();
            } else {
                evidence.kind = Evidence::Kind::Url;
                const QString url = piece.value(QStringLiteral("url")).toString();
                QString urlError;
                const std::optional<QString> address = EvidenceIntake::checkedUrl(url, &urlError);
                if (!address)
                    return failed(QStringLiteral("evidence of item %1 in %2: %3").arg(key, semester, urlError));
                evidence.url = *address;
                evidence.consultedOn = QDate::fromString(piece.value(QStringLiteral("consulted_on")).toString(), Qt::ISODate);
                evidence.title = piece.value(QStringLiteral("title")).toString().simplified();
                if (std::any_of(have.cbegin(), have.cend(), [&](const Evidence &e) { return e.url == evidence.url; }))
                    continue;
            }
            const QString detail = EvidenceIntake::historyDetail(evidence);
            const std::optional<Evidence> stored = m_tracker.insertEvidence(recordId, evidence, bytes, &error);
            if (!stored
                || !m_tracker.appendHistory(recordId, itemId, semester, QStringLiteral("evidence"), std::nullopt,
                                            std::nullopt, detail, evidence.addedBy, &error, {}, {}, report.origin))
                return failed(error);
            have.append(*stored);
            ++report.addedEvidence;
        }

        // Their history, entry by entry; entries we already hold (same uid) are skipped.
        for (const QJsonValue &entryValue : object.value(QStringLiteral("history")).toArray()) {
            const QJsonObject entry = entryValue.toObject();
            const QString uid = entry.value(QStringLiteral("uid")).toString();
            if (uid.isEmpty())
                continue;
            const QString entryOrigin = entry.value(QStringLiteral("origin")).toString();
            if (!m_tracker.appendHistory(recordId, itemId, semester, entry.value(QStringLiteral("action")).toString(),
                                         optionalValues(entry.value(QStringLiteral("old_values"))),
                                         optionalValues(entry.value(QStringLiteral("new_values"))),
                                         entry.value(QStringLiteral("detail")).toString(),
                                         entry.value(QStringLiteral("changed_by")).toString(), &error, uid,
                                         QDateTime::fromString(entry.value(QStringLiteral("changed_at")).toString(),
                                                               Qt::ISODateWithMs),
                                         entryOrigin.isEmpty() ? report.origin : entryOrigin))
                return failed(error);
            report.addedHistory += database.changes() > 0 ? 1 : 0;
        }
    }
    if (!transaction.commit())
        return failed(transaction.error());
    for (const ProgressConflict &conflict : m_tracker.conflicts(planId, false)) {
        if (newConflictIds.contains(conflict.id))
            report.conflicts.append(conflict);
    }
    report.ok = true;
    return report;
}

} // namespace vigia
