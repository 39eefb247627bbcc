#include "EvidenceFileName.h"

#include "text/TextNormalizer.h"

namespace vigia {

QString EvidenceFileName::sanitized(const QString &originalName)
{
    // Only the last component of either kind of path.
    QString name = TextNormalizer::nfc(originalName);
    const qsizetype slash = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    if (slash >= 0)
        name = name.mid(slash + 1);
    QString clean;
    clean.reserve(name.size());
    for (const QChar character : std::as_const(name)) {
        if (character.isLetterOrNumber() || character == u'.' || character == u'-' || character == u'_'
            || character == u'(' || character == u')')
            clean.append(character);
        else if (character == u' ' || character.isSpace() || character.isPunct() || character.isSymbol())
            clean.append(u'_');
        // Anything else (NUL, control and format characters, surrogate halves) is dropped.
    }
    while (clean.startsWith(u'.') || clean.startsWith(u'_') || clean.startsWith(u'-'))
        clean.remove(0, 1);
    while (clean.endsWith(u'.'))
        clean.chop(1);
    while (clean.contains(QStringLiteral("..")))
        clean.replace(QStringLiteral(".."), QStringLiteral("."));
    if (clean.size() > maximumLength) {
        const qsizetype dot = clean.lastIndexOf(u'.');
        const qsizetype extensionLength = dot > 0 ? clean.size() - dot : 0;
        if (extensionLength > 0 && extensionLength <= 10)
            clean = clean.left(maximumLength - extensionLength) + clean.mid(dot);
        else
            clean.truncate(maximumLength);
    }
    if (clean.isEmpty() || clean.startsWith(u'.'))
        clean.prepend(QStringLiteral("evidence"));
    return clean;
}

} // namespace vigia
