#include "MarkdownPlanReader.h"

#include "MarkdownLayoutParser.h"
#include "TextReading.h"

#include <QFileInfo>

namespace vigia {

QString MarkdownPlanReader::id() const
{
    return QStringLiteral("markdown");
}

bool MarkdownPlanReader::accepts(const QString &fileName, const QByteArray &head) const
{
    Q_UNUSED(head)
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"md" || suffix == u"markdown";
}

ReadResult MarkdownPlanReader::read(const QByteArray &content, const QString &fileName, const ReadOptions &options) const
{
    return TextReading::read(content, fileName, options, LayoutSource::Markdown, &MarkdownLayoutParser::parse);
}

qint64 MarkdownPlanReader::maximumSize() const
{
    return TextReading::maximumTextSize;
}

} // namespace vigia
