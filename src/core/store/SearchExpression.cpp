#include "SearchExpression.h"

#include "text/TextNormalizer.h"

#include <QStringList>

#include <algorithm>

namespace vigia {

QString SearchExpression::fromUserText(const QString &text)
{
    const QString normalized = TextNormalizer::simplifyWhitespace(TextNormalizer::nfc(text));
    QStringList terms;
    for (const QString &word : normalized.split(u' ', Qt::SkipEmptyParts)) {
        const bool searchable = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (!searchable)
            continue;
        QString quoted = word;
        quoted.replace(u'"', QStringLiteral("\"\""));
        terms.append(u'"' + quoted + u'"');
    }
    if (terms.isEmpty())
        return {};
    terms.last().append(u'*');
    return terms.join(u' ');
}

} // namespace vigia
