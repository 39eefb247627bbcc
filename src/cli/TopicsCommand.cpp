#include "Commands.h"
#include "LibraryCommandLine.h"

#include "store/PlanLibrary.h"
#include "topics/TermAnalyzer.h"
#include "topics/TopicMatcher.h"
#include "topics/TopicStore.h"
#include "topics/TopicTaxonomy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigia::cli {
namespace {

const QString usageText = QStringLiteral(
    "Usage:\n"
    "  vigia-cli topics PLAN_ID                   each item of the plan with its topics\n"
    "  vigia-cli topics list                      the topics and their keywords\n"
    "  vigia-cli topics add NAME [KEYWORD...]     a new topic\n"
    "  vigia-cli topics rename KEY NAME\n"
    "  vigia-cli topics remove KEY\n"
    "  vigia-cli topics add-keywords KEY KEYWORD...\n"
    "  vigia-cli topics remove-keywords KEY KEYWORD...\n"
    "  vigia-cli topics export                    the topics as a topic file (JSON)\n"
    "  vigia-cli topics import FILE               replace the topics by those of a topic file\n"
    "  vigia-cli topics assign ITEM_ID KEY        give an item a topic (kept over recomputation)\n"
    "  vigia-cli topics unassign ITEM_ID KEY      take a topic from an item (kept over recomputation)\n"
    "  vigia-cli topics reset ITEM_ID KEY         forget a manual choice: the keywords decide again\n");

QString kindLabel(ItemKind kind)
{
    return itemKindId(kind);
}

int listItemTopics(LibraryCommandLine &commandLine, CliContext &context, PlanLibrary &library, TopicStore &store,
                   qint64 planId)
{
    const std::optional<Plan> plan = library.plan(planId);
    if (!plan) {
        commandLine.reportError(library.lastError().isEmpty()
                                    ? QStringLiteral("%1: no plan with id %2").arg(library.path()).arg(planId)
                                    : library.lastError());
        return ExitFailure;
    }
    QString error;
    const std::optional<QHash<qint64, QList<ItemTopic>>> itemTopics = store.itemTopics(planId, &error);
    if (!itemTopics) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    QHash<QString, QString> names;
    const QList<Topic> taxonomy = store.topics();
    for (const Topic &topic : taxonomy)
        names.insert(topic.key, topic.name);
    // Which keyword put each item in each computed topic, so people can see why.
    TermAnalyzer analyzer;
    TopicMatcher matcher(taxonomy, analyzer);
    auto keywordsOf = [&matcher](const QString &text) {
        QHash<QString, QString> keywords;
        for (const TopicMatcher::Match &match : matcher.matchesFor(text))
            keywords.insert(match.topicKey, match.keyword);
        return keywords;
    };
    QJsonArray json;
    if (!commandLine.jsonOutput())
        context.out << "ITEM\tDIMENSION\tKIND\tTOPICS\tTEXT\n";
    for (const Dimension &dimension : plan->dimensions) {
        for (const Row &row : dimension.rows) {
            for (ItemKind kind : allItemKinds) {
                for (const Item &item : row.items(kind)) {
                    const QList<ItemTopic> topics = itemTopics->value(item.id);
                    const QHash<QString, QString> keywords = topics.isEmpty() ? QHash<QString, QString>() : keywordsOf(item.text);
                    if (commandLine.jsonOutput()) {
                        QJsonArray topicArray;
                        for (const ItemTopic &topic : topics) {
                            QJsonObject entry{{QStringLiteral("key"), topic.key},
                                              {QStringLiteral("name"), names.value(topic.key)},
                                              {QStringLiteral("origin"),
                                               topic.origin == TopicOrigin::Added ? QStringLiteral("manual") : QStringLiteral("computed")}};
                            if (topic.origin != TopicOrigin::Added && keywords.contains(topic.key))
                                entry.insert(QStringLiteral("keyword"), keywords.value(topic.key));
                            topicArray.append(entry);
                        }
                        json.append(QJsonObject{{QStringLiteral("item_id"), item.id},
                                                {QStringLiteral("dimension"), dimension.name},
                                                {QStringLiteral("kind"), kindLabel(kind)},
                                                {QStringLiteral("text"), item.text},
                                                {QStringLiteral("topics"), topicArray}});
                        continue;
                    }
                    QStringList labels;
                    for (const ItemTopic &topic : topics) {
                        if (topic.origin == TopicOrigin::Added)
                            labels.append(names.value(topic.key) + QStringLiteral(" (manual)"));
                        else if (keywords.contains(topic.key))
                            labels.append(QStringLiteral("%1 (\"%2\")").arg(names.value(topic.key), keywords.value(topic.key)));
                        else
                            labels.append(names.value(topic.key));
                    }
                    context.out << item.id << '\t' << dimension.name << '\t' << kindLabel(kind) << '\t'
                                << (labels.isEmpty() ? QStringLiteral("-") : labels.join(QStringLiteral(", "))) << '\t'
                                << item.text << '\n';
                }
            }
        }
    }
    if (commandLine.jsonOutput())
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return ExitOk;
}

int listTaxonomy(LibraryCommandLine &commandLine, CliContext &context, TopicStore &store)
{
    const QList<Topic> topics = store.topics();
    if (!store.lastError().isEmpty()) {
        commandLine.reportError(store.lastError());
        return ExitFailure;
    }
    if (commandLine.jsonOutput()) {
        context.out << QString::fromUtf8(TopicTaxonomy::toJson(topics));
        return ExitOk;
    }
    context.out << "KEY\tNAME\tKEYWORDS\n";
    for (const Topic &topic : topics)
        context.out << topic.key << '\t' << topic.name << '\t' << topic.keywords.join(QStringLiteral(", ")) << '\n';
    return ExitOk;
}

} // namespace

int runTopics(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral("Shows each item's topics and edits the library's topics.\n\n")
                                                + usageText);
    commandLine.addFormatOption();
    commandLine.parser().addPositionalArgument(QStringLiteral("PLAN_ID|SUBCOMMAND"),
                                               QStringLiteral("A plan id, or one of the subcommands above"),
                                               QStringLiteral("PLAN_ID|SUBCOMMAND [ARGUMENTS...]"));
    if (const std::optional<int> status = commandLine.parse())
        return *status;
    const QStringList arguments = commandLine.parser().positionalArguments();
    if (arguments.isEmpty())
        return commandLine.usageError(QStringLiteral("give a plan id or a subcommand\n") + usageText);
    const QString subcommand = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    bool isPlanId = false;
    const qint64 planId = subcommand.toLongLong(&isPlanId);

    auto expect = [&](bool valid) -> std::optional<int> {
        if (valid)
            return std::nullopt;
        return commandLine.usageError(QStringLiteral("wrong arguments for '%1'\n").arg(subcommand) + usageText);
    };
    static const QStringList known{QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("rename"),
                                   QStringLiteral("remove"), QStringLiteral("add-keywords"),
                                   QStringLiteral("remove-keywords"), QStringLiteral("export"), QStringLiteral("import"),
                                   QStringLiteral("assign"), QStringLiteral("unassign"), QStringLiteral("reset")};
    if (!isPlanId && !known.contains(subcommand))
        return commandLine.usageError(QStringLiteral("unknown subcommand '%1'\n").arg(subcommand) + usageText);
    std::optional<int> usage;
    if (isPlanId || subcommand == u"list" || subcommand == u"export")
        usage = expect(rest.isEmpty() && (!isPlanId || planId > 0));
    else if (subcommand == u"add")
        usage = expect(!rest.isEmpty());
    else if (subcommand == u"rename" || subcommand == u"assign" || subcommand == u"unassign" || subcommand == u"reset")
        usage = expect(rest.size() == 2);
    else if (subcommand == u"remove" || subcommand == u"import")
        usage = expect(rest.size() == 1);
    else
        usage = expect(rest.size() >= 2);
    if (usage)
        return *usage;

    // Read the topic file before touching the library.
    std::optional<QList<Topic>> imported;
    if (subcommand == u"import") {
        QFile file(rest[0]);
        if (!file.open(QIODevice::ReadOnly)) {
            commandLine.reportError(QStringLiteral("%1: cannot read the topic file: %2").arg(rest[0], file.errorString()));
            return ExitFailure;
        }
        QString reason;
        imported = TopicTaxonomy::fromJson(file.readAll(), &reason);
        if (!imported) {
            commandLine.reportError(QStringLiteral("%1: %2").arg(rest[0], reason));
            return ExitFailure;
        }
    }
    qint64 itemId = 0;
    if (subcommand == u"assign" || subcommand == u"unassign" || subcommand == u"reset") {
        bool ok = false;
        itemId = rest[0].toLongLong(&ok);
        if (!ok || itemId <= 0)
            return commandLine.usageError(QStringLiteral("'%1' is not an item id").arg(rest[0]));
    }

    const std::unique_ptr<PlanLibrary> library = commandLine.openLibrary();
    if (!library)
        return ExitFailure;
    QString error;
    const std::unique_ptr<TopicStore> store = TopicStore::open(*library, &error);
    if (!store) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    if (isPlanId)
        return listItemTopics(commandLine, context, *library, *store, planId);
    if (subcommand == u"list")
        return listTaxonomy(commandLine, context, *store);
    if (subcommand == u"export") {
        const QList<Topic> topics = store->topics();
        if (!store->lastError().isEmpty()) {
            commandLine.reportError(store->lastError());
            return ExitFailure;
        }
        context.out << QString::fromUtf8(TopicTaxonomy::toJson(topics));
        return ExitOk;
    }

    bool done = false;
    QString message;
    if (subcommand == u"add") {
        QString key;
        done = store->addTopic(rest[0], rest.mid(1), &key, &error);
        message = QStringLiteral("added topic %1").arg(key);
    } else if (subcommand == u"rename") {
        done = store->renameTopic(rest[0], rest[1], &error);
        message = QStringLiteral("renamed topic %1").arg(rest[0]);
    } else if (subcommand == u"remove") {
        done = store->removeTopic(rest[0], &error);
        message = QStringLiteral("removed topic %1").arg(rest[0]);
    } else if (subcommand == u"add-keywords") {
        done = store->addKeywords(rest[0], rest.mid(1), &error);
        message = QStringLiteral("added keywords to %1").arg(rest[0]);
    } else if (subcommand == u"remove-keywords") {
        done = store->removeKeywords(rest[0], rest.mid(1), &error);
        message = QStringLiteral("removed keywords from %1").arg(rest[0]);
    } else if (subcommand == u"import") {
        done = store->replaceTopics(*imported, &error);
        message = QStringLiteral("imported %1 topics").arg(imported->size());
    } else if (subcommand == u"assign") {
        done = store->addItemTopic(itemId, rest[1], &error);
        message = QStringLiteral("item %1 has topic %2").arg(itemId).arg(rest[1]);
    } else if (subcommand == u"unassign") {
        done = store->removeItemTopic(itemId, rest[1], &error);
        message = QStringLiteral("item %1 no longer has topic %2").arg(itemId).arg(rest[1]);
    } else if (subcommand == u"reset") {
        done = store->resetItemTopic(itemId, rest[1], &error);
        message = QStringLiteral("item %1: topic %2 follows the keywords again").arg(itemId).arg(rest[1]);
    }
    if (!done) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    context.err << message << '\n';
    return ExitOk;
}

} // namespace vigia::cli
