#include "TopicTaxonomy.h"

#include "text/TextNormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace vigia {
namespace {

const QString formatName = QStringLiteral("vigia-topics");

} // namespace

namespace {

QList<Topic> topicsFromResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The topic list %s is missing from the resources", qPrintable(path));
    QString error;
    const std::optional<QList<Topic>> topics = TopicTaxonomy::fromJson(file.readAll(), &error);
    if (!topics)
        qFatal("The topic list %s is invalid: %s", qPrintable(path), qPrintable(error));
    return *topics;
}

} // namespace

QList<Topic> TopicTaxonomy::defaultTopics()
{
    return topicsFromResource(QStringLiteral(":/vigia/topics/municipal-topics.json"));
}

QList<Topic> TopicTaxonomy::firstDefaultTopics()
{
    return topicsFromResource(QStringLiteral(":/vigia/topics/municipal-topics-1.json"));
}

QString TopicTaxonomy::keyForName(const QString &name)
{
    QString key;
    for (const QChar c : TextNormalizer::fold(name)) {
        if (c.isLetterOrNumber())
            key.append(c);
        else if (!key.isEmpty() && !key.endsWith(u'-'))
            key.append(u'-');
    }
    while (key.endsWith(u'-'))
        key.chop(1);
    return key;
}

QStringList TopicTaxonomy::cleanKeywords(const QStringList &keywords)
{
    QStringList cleaned;
    QSet<QString> seen;
    for (const QString &keyword : keywords) {
        const QString simplified = TextNormalizer::simplifyWhitespace(TextNormalizer::nfc(keyword));
        if (simplified.isEmpty() || seen.contains(TextNormalizer::fold(simplified)))
            continue;
        seen.insert(TextNormalizer::fold(simplified));
        cleaned.append(simplified);
    }
    return cleaned;
}

std::optional<QList<Topic>> TopicTaxonomy::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return std::optional<QList<Topic>>();
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return fail(QStringLiteral("not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName || !root.value(QStringLiteral("topics")).isArray())
        return fail(QStringLiteral("not a Vigía topic list (expected \"format\": \"%1\" and a \"topics\" array)").arg(formatName));
    QList<Topic> topics;
    QSet<QString> keys;
    QSet<QString> names;
    const QJsonArray array = root.value(QStringLiteral("topics")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        Topic topic;
        topic.name = TextNormalizer::simplifyWhitespace(object.value(QStringLiteral("name")).toString());
        if (topic.name.isEmpty())
            return fail(QStringLiteral("topic %1 has no name").arg(i + 1));
        topic.key = object.value(QStringLiteral("key")).toString().trimmed();
        if (topic.key.isEmpty())
            topic.key = keyForName(topic.name);
        if (topic.key.isEmpty())
            return fail(QStringLiteral("topic %1 has no usable name").arg(i + 1));
        QStringList keywords;
        for (const QJsonValue &keyword : object.value(QStringLiteral("keywords")).toArray())
            keywords.append(keyword.toString());
        topic.keywords = cleanKeywords(keywords);
        if (keys.contains(topic.key))
            return fail(QStringLiteral("two topics have the key '%1'").arg(topic.key));
        if (names.contains(TextNormalizer::fold(topic.name)))
            return fail(QStringLiteral("two topics are named '%1'").arg(topic.name));
        keys.insert(topic.key);
        names.insert(TextNormalizer::fold(topic.name));
        topics.append(topic);
    }
    return topics;
}

QByteArray TopicTaxonomy::toJson(const QList<Topic> &topics)
{
    QJsonArray array;
    for (const Topic &topic : topics) {
        array.append(QJsonObject{{QStringLiteral("key"), topic.key},
                                 {QStringLiteral("name"), topic.name},
                                 {QStringLiteral("keywords"), QJsonArray::fromStringList(topic.keywords)}});
    }
    const QJsonObject root{{QStringLiteral("format"), formatName}, {QStringLiteral("version"), 1},
                           {QStringLiteral("topics"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace vigia
