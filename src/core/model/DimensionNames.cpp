#include "DimensionNames.h"

#include "text/TextNormalizer.h"

#include <QRegularExpression>

#include <optional>

namespace vigia::DimensionNames {
namespace {

// The canonical name of a folded name that opens with one of the four dimensions' words and says
// little more: "economico - productivo", "ambiental y territorial", "desarrollo social", "social y
// cultural". The JNE format's territorial-environmental dimension ("territorial - ambiental",
// "territorial y medio ambiente") is the environmental one (plan-gold v2). A name that opens with
// another word ("urbana") has none.
std::optional<QString> canonicalOfWords(const QString &key)
{
    static const QRegularExpression separators(QStringLiteral(R"([^\p{L}]+)"));
    QStringList words = key.split(separators, Qt::SkipEmptyParts);
    if (words.size() >= 2 && (words.constFirst() == u"desarrollo" || words.constFirst() == u"gestion"))
        words.removeFirst();
    if (words.isEmpty() || words.size() > 4)
        return std::nullopt;
    if (words.size() >= 2 && words.at(0) == u"medio" && words.at(1) == u"ambiente")
        return QStringLiteral("Ambiental");
    if (words.size() >= 2 && words.at(0) == u"territorial"
        && (words.contains(QStringLiteral("ambiental")) || words.contains(QStringLiteral("ambiente"))))
        return QStringLiteral("Ambiental");
    const QString &first = words.constFirst();
    if (first == u"social")
        return QStringLiteral("Social");
    if (first == u"economica" || first == u"economico" || first == u"economia")
        return QStringLiteral("Económica");
    if (first == u"ambiental" || first == u"medioambiental")
        return QStringLiteral("Ambiental");
    if (first == u"institucional")
        return QStringLiteral("Institucional");
    return std::nullopt;
}

} // namespace

QString canonical(const QString &printed)
{
    QString name = TextNormalizer::simplifyWhitespace(printed);
    name.remove(QStringLiteral("**"));
    // Leading numbering ("1.-", "I.", "2)") and the word "dimensión" itself.
    static const QRegularExpression leading(
        QStringLiteral(R"(^\s*(?:(?:[0-9]+|[IVXLC]+)\s*[.)\-:]+\s*-?\s*)?(?:dimensi[oó]n(?:es)?\b\s*:?\s*)?)"),
        QRegularExpression::CaseInsensitiveOption);
    name.remove(leading);
    static const QRegularExpression trailing(QStringLiteral(R"([\s.:;,]+$)"));
    name.remove(trailing);
    const QString key = TextNormalizer::fold(name);
    if (const std::optional<QString> known = canonicalOfWords(key))
        return *known;
    // One dimension printed with varying hyphenation is one name: "Urbano- Rural", "Urbano - Rural".
    static const QRegularExpression hyphen(QStringLiteral(R"(\s*[-–]\s*)"));
    name.replace(hyphen, QStringLiteral(" - "));
    return TextNormalizer::titleCase(name.toLower());
}

bool isCanonical(const QString &name)
{
    return name == u"Social" || name == u"Económica" || name == u"Ambiental" || name == u"Institucional";
}

} // namespace vigia::DimensionNames
