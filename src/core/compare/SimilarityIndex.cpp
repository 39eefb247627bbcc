#include "SimilarityIndex.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace vigia {

SimilarityIndex::SimilarityIndex(const QList<QStringList> &documents)
{
    QHash<QString, int> termIds;
    std::vector<std::map<int, int>> counts(size_t(documents.size()));
    std::vector<int> documentFrequency;
    for (qsizetype d = 0; d < documents.size(); ++d) {
        for (const QString &term : documents[d]) {
            auto found = termIds.constFind(term);
            if (found == termIds.cend()) {
                found = termIds.insert(term, int(documentFrequency.size()));
                documentFrequency.push_back(0);
            }
            if (counts[size_t(d)][*found]++ == 0)
                ++documentFrequency[size_t(*found)];
        }
    }
    const double documentCount = double(documents.size());
    m_vectors.resize(counts.size());
    for (size_t d = 0; d < counts.size(); ++d) {
        std::vector<Weight> &vector = m_vectors[d];
        double norm = 0.0;
        for (const auto &[term, count] : counts[d]) {
            const double idf = std::log((1.0 + documentCount) / (1.0 + documentFrequency[size_t(term)])) + 1.0;
            const double weight = (1.0 + std::log(double(count))) * idf;
            vector.push_back({term, float(weight)});
            norm += weight * weight;
        }
        norm = std::sqrt(norm);
        for (Weight &weight : vector)
            weight.value = float(weight.value / norm);
    }
    m_postings.resize(documentFrequency.size());
    for (size_t d = 0; d < m_vectors.size(); ++d) {
        for (const Weight &weight : m_vectors[d])
            m_postings[size_t(weight.term)].push_back({int(d), weight.value});
    }
}

std::vector<SimilarityIndex::Neighbour> SimilarityIndex::laterNeighbours(int document, double minimum) const
{
    std::vector<double> scores(m_vectors.size(), 0.0);
    std::vector<int> touched;
    for (const Weight &weight : m_vectors[size_t(document)]) {
        const std::vector<Posting> &postings = m_postings[size_t(weight.term)];
        // Postings are in document order: skip to the documents after this one.
        auto it = std::upper_bound(postings.cbegin(), postings.cend(), document,
                                   [](int value, const Posting &posting) { return value < posting.document; });
        for (; it != postings.cend(); ++it) {
            if (scores[size_t(it->document)] == 0.0)
                touched.push_back(it->document);
            scores[size_t(it->document)] += double(weight.value) * double(it->value);
        }
    }
    std::sort(touched.begin(), touched.end());
    std::vector<Neighbour> neighbours;
    for (int other : touched) {
        const double score = std::min(scores[size_t(other)], 1.0);
        if (score > 0.0 && score >= minimum)
            neighbours.push_back({other, score});
    }
    return neighbours;
}

template <typename OnShared>
void SimilarityIndex::forEachSharedTerm(int first, int second, OnShared onShared) const
{
    const std::vector<Weight> &a = m_vectors[size_t(first)];
    const std::vector<Weight> &b = m_vectors[size_t(second)];
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (i->term < j->term) {
            ++i;
        } else if (j->term < i->term) {
            ++j;
        } else {
            onShared(*i, *j);
            ++i;
            ++j;
        }
    }
}

double SimilarityIndex::similarity(int first, int second) const
{
    double dot = 0.0;
    forEachSharedTerm(first, second, [&dot](const Weight &a, const Weight &b) { dot += double(a.value) * double(b.value); });
    return std::min(dot, 1.0);
}

int SimilarityIndex::sharedTermCount(int first, int second) const
{
    int shared = 0;
    forEachSharedTerm(first, second, [&shared](const Weight &, const Weight &) { ++shared; });
    return shared;
}

bool SimilarityIndex::shareContent(int first, int second) const
{
    const int shared = sharedTermCount(first, second);
    const size_t longest = std::max(m_vectors[size_t(first)].size(), m_vectors[size_t(second)].size());
    return shared >= 2 || (shared == 1 && longest == 1);
}

} // namespace vigia
