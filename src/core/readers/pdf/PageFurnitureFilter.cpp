#include "PageFurnitureFilter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace vigia {

namespace {

// Share of the page height at the top and at the bottom where headers, footers and numbers sit.
constexpr double marginShare = 0.12;

QString positionKey(const PdfTextLine &line)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString text = line.text().toLower();
    text.replace(digits, QStringLiteral("#"));
    return QStringLiteral("%1|%2").arg(std::lround(line.box.top() / 4.0)).arg(text);
}

} // namespace

QList<QList<bool>> PageFurnitureFilter::find(const QList<QList<PdfTextLine>> &linesPerPage, const QList<QSizeF> &pageSizes)
{
    const qsizetype pageCount = linesPerPage.size();
    QHash<QString, QSet<qsizetype>> pagesOfKey;
    for (qsizetype page = 0; page < pageCount; ++page) {
        for (const PdfTextLine &line : linesPerPage[page])
            pagesOfKey[positionKey(line)].insert(page);
    }
    const qsizetype repeatedOn = std::max<qsizetype>(3, (pageCount + 1) / 2);

    QList<QList<bool>> result;
    for (qsizetype page = 0; page < pageCount; ++page) {
        const double height = page < pageSizes.size() ? pageSizes[page].height() : 842.0;
        QList<bool> flags;
        for (const PdfTextLine &line : linesPerPage[page]) {
            const bool inMargin = line.box.bottom() < height * marginShare || line.box.top() > height * (1 - marginShare);
            const bool repeated = inMargin && pageCount >= 3 && pagesOfKey.value(positionKey(line)).size() >= repeatedOn;
            flags.append((inMargin && isPageNumber(line.text())) || repeated);
        }
        result.append(flags);
    }
    return result;
}

bool PageFurnitureFilter::isPageNumber(const QString &text)
{
    static const QRegularExpression pageNumber(QStringLiteral("^(?:p[aá]g(?:ina)?\\.?\\s*)?[-–]?\\s*\\d{1,4}\\s*[-–]?(?:\\s*(?:de|/|of)\\s*\\d{1,4})?$"),
                                                QRegularExpression::CaseInsensitiveOption);
    return pageNumber.match(text.trimmed()).hasMatch();
}

} // namespace vigia
