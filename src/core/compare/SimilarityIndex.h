#pragma once

#include <QList>
#include <QStringList>

#include <vector>

namespace vigia {

// TF-IDF vectors of a set of documents (each a list of terms, see TermAnalyzer) and their cosine
// similarity. Term frequency is sublinear (1 + ln tf), inverse document frequency smoothed
// (ln((1 + N) / (1 + df)) + 1); vectors are L2-normalised, so similarity() is a dot product in 0..1.
class SimilarityIndex {
public:
    explicit SimilarityIndex(const QList<QStringList> &documents);

    int documentCount() const { return int(m_vectors.size()); }
    double similarity(int first, int second) const;
    // How many distinct terms two documents share.
    int sharedTermCount(int first, int second) const;
    // Whether two documents share real content, not one word: at least two distinct terms, or the
    // one term of two one-term documents ("Desempleo" / "DESEMPLEO"). Items alike for one word
    // ("Salud para todos los vecinos" / "Vecinos del distrito") are not.
    bool shareContent(int first, int second) const;
    // Whether the document has any term (an empty one is similar to nothing).
    bool isEmpty(int document) const { return m_vectors[size_t(document)].empty(); }

    struct Neighbour {
        int document = 0;
        double score = 0.0;
    };
    // The documents after `document` (higher index) whose similarity to it is at least `minimum`
    // and above 0, in index order. Walks the postings of its terms only, so a pass over all
    // documents costs what their shared terms cost, not every pair.
    std::vector<Neighbour> laterNeighbours(int document, double minimum) const;

private:
    struct Weight {
        int term = 0;
        float value = 0.0F;
    };
    struct Posting {
        int document = 0;
        float value = 0.0F;
    };
    // Calls onShared(weight in first, weight in second) for each term both documents have.
    template <typename OnShared>
    void forEachSharedTerm(int first, int second, OnShared onShared) const;

    std::vector<std::vector<Weight>> m_vectors;   // sorted by term
    std::vector<std::vector<Posting>> m_postings; // per term, by document
};

} // namespace vigia
