#include "WordChain.h"

namespace vigia::bench {

namespace {

const QString &pickFrom(const QStringList &choices, std::mt19937 &random)
{
    return choices.at(static_cast<qsizetype>(random() % static_cast<quint32>(choices.size())));
}

} // namespace

void WordChain::learn(const QString &sentence)
{
    const QStringList words = sentence.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    m_starts.append(words.first());
    for (qsizetype index = 0; index < words.size(); ++index)
        m_next[words.at(index)].append(index + 1 < words.size() ? words.at(index + 1) : QString());
}

QString WordChain::generate(std::mt19937 &random, int targetLength) const
{
    if (isEmpty())
        return {};
    const int enoughLength = targetLength * 2 / 3;
    const int longestLength = targetLength * 3 / 2;
    QString text = pickFrom(m_starts, random);
    QString word = text;
    while (text.size() < longestLength) {
        const auto followers = m_next.constFind(word);
        const QString next = followers == m_next.cend() ? QString() : pickFrom(*followers, random);
        if (next.isEmpty()) {
            if (text.size() >= enoughLength)
                break;
            // The source sentence ended too early: go on with another sentence's beginning.
            word = pickFrom(m_starts, random);
            text += u' ' + word.toLower();
            continue;
        }
        word = next;
        text += u' ' + word;
    }
    return text;
}

} // namespace vigia::bench
