#include "TextPlanReader.h"

#include "TextLayoutParser.h"
#include "TextReading.h"

#include <QFileInfo>

namespace vigia {

QString TextPlanReader::id() const
{
    return QStringLiteral("text");
}

bool TextPlanReader::accepts(const QString &fileName, const QByteArray &head) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"txt" || suffix == u"text")
        return true;
    // Other files when they look like text: not a PDF, not Markdown, no NUL bytes.
    if (suffix == u"pdf" || suffix == u"md" || suffix == u"markdown" || head.startsWith("%PDF"))
        return false;
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    return !head.isEmpty() && (utf16 || !head.contains('\0'));
}

ReadResult TextPlanReader::read(const QByteArray &content, const QString &fileName, const ReadOptions &options) const
{
    return TextReading::read(content, fileName, options, LayoutSource::Text, &TextLayoutParser::parse);
}

qint64 TextPlanReader::maximumSize() const
{
    return TextReading::maximumTextSize;
}

} // namespace vigia
