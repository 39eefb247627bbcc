#pragma once

#include <QString>
#include <QtGlobal>

namespace vigia::CorrectionLogText {

// The text to store for a value that may be null (the log's columns are NOT NULL).
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// A value as the corrections logs show it: in quotes, cut after 60 characters.
inline QString quoted(const QString &text)
{
    constexpr qsizetype shown = 60;
    return QStringLiteral("“%1”").arg(text.size() > shown ? QString(text.left(shown) + u'…') : text);
}

// Who corrects, when nobody said: the login name.
inline QString defaultEditorName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

} // namespace vigia::CorrectionLogText
