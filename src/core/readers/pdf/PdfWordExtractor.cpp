#include "PdfWordExtractor.h"

#include <poppler-qt6.h>

#include <QVariant>

namespace vigia {

namespace {

bool shouldAbort(const QVariant &closure)
{
    const auto *cancel = reinterpret_cast<const std::atomic_bool *>(closure.value<quintptr>());
    return cancel != nullptr && cancel->load();
}

} // namespace

PdfWordExtractor::PdfWordExtractor(const std::atomic_bool *cancel)
    : m_cancel(cancel)
{
}

QList<PdfWord> PdfWordExtractor::extract(const Poppler::Page &page) const
{
    const QVariant closure = QVariant::fromValue(reinterpret_cast<quintptr>(m_cancel));
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList(Poppler::Page::Rotate0, &shouldAbort, closure);
    QList<PdfWord> words;
    words.reserve(static_cast<qsizetype>(boxes.size()));
    for (const std::unique_ptr<Poppler::TextBox> &box : boxes) {
        const QString text = box->text().trimmed();
        if (text.isEmpty())
            continue;
        words.append({text, box->boundingBox(), box->hasSpaceAfter()});
    }
    return words;
}

} // namespace vigia
