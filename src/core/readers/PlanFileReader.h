#pragma once

#include "PlanReader.h"

#include <memory>
#include <vector>

namespace vigia {

// Reads a plan document from disk with whichever registered reader accepts it: checks the path,
// reads the bytes once, computes the SHA-256, and turns every failure into one clear message
// that names the file and the reason.
class PlanFileReader {
public:
    // With the default readers (text, Markdown, PDF).
    PlanFileReader();
    explicit PlanFileReader(std::vector<std::unique_ptr<PlanReader>> readers);
    ~PlanFileReader();
    PlanFileReader(const PlanFileReader &) = delete;
    PlanFileReader &operator=(const PlanFileReader &) = delete;

    ReadResult readFile(const QString &path, const ReadOptions &options = {}) const;
    ReadResult readData(const QByteArray &content, const QString &fileName, const ReadOptions &options = {}) const;

    // Files larger than this are refused before reading.
    static constexpr qint64 maximumFileSize = 512LL * 1024 * 1024;

private:
    const PlanReader *readerFor(const QString &fileName, const QByteArray &content) const;
    std::vector<std::unique_ptr<PlanReader>> m_readers;
};

// The readers Vigía ships, in order of preference.
std::vector<std::unique_ptr<PlanReader>> createDefaultReaders();

} // namespace vigia
