#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigia {

// One municipal topic ("Salud") and the keywords (words or phrases) that put an item in it.
struct Topic {
    QString key;           // stable identifier ("agua-saneamiento"); survives renaming
    QString name;          // shown to people; user-editable
    QStringList keywords;

    bool operator==(const Topic &) const = default;
};

// The topic list as a JSON document ({"format": "vigia-topics", "version": 1, "topics": [{"key",
// "name", "keywords"}]}): the default taxonomy shipped with Vigía (resources/topics/
// municipal-topics.json) and the files people import and export to edit it.
class TopicTaxonomy {
public:
    // The taxonomy shipped with Vigía.
    static QList<Topic> defaultTopics();
    // The taxonomy Vigía shipped until December 2026 (resources/topics/municipal-topics-1.json): what
    // a library made before then holds where nobody edited it.
    static QList<Topic> firstDefaultTopics();

    // Reads a taxonomy document. Returns nothing and sets `error` when the document is not a topic
    // list, a topic has no name, or two topics share a key or a name (accent- and case-insensitively).
    // Missing keys are made from the names.
    static std::optional<QList<Topic>> fromJson(const QByteArray &json, QString *error);
    static QByteArray toJson(const QList<Topic> &topics);

    // A key for a topic name: folded, words joined with '-' ("Agua y saneamiento" -> "agua-y-saneamiento").
    static QString keyForName(const QString &name);
    // Keywords trimmed, whitespace collapsed, empty ones and duplicates (folded) removed, order kept.
    static QStringList cleanKeywords(const QStringList &keywords);
};

} // namespace vigia
