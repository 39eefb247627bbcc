#include "DimensionNames.h"

#include "text/TextNormalizer.h"

#include <QRegularExpression>

namespace vigia::DimensionNames {

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
    if (key == u"social")
        return QStringLiteral("Social");
    if (key == u"economica" || key == u"economico" || key == u"economia")
        return QStringLiteral("Económica");
    if (key == u"ambiental" || key == u"medio ambiente" || key == u"medioambiental")
        return QStringLiteral("Ambiental");
    if (key == u"institucional")
        return QStringLiteral("Institucional");
    return TextNormalizer::titleCase(name.toLower());
}

bool isCanonical(const QString &name)
{
    return name == u"Social" || name == u"Económica" || name == u"Ambiental" || name == u"Institucional";
}

} // namespace vigia::DimensionNames
