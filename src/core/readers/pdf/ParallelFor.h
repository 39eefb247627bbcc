#pragma once

#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace vigia {

// Calls `work(index)` for every index in [0, count) on up to `threads` threads, the calling
// thread being one of them; returns when all calls have returned. Indexes are handed out one at
// a time, so uneven pages balance out. `work` must be safe to call concurrently for different
// indexes.
template <typename Work>
void parallelFor(qsizetype count, int threads, const Work &work)
{
    std::atomic<qsizetype> next = 0;
    const auto run = [&] {
        for (qsizetype index = next++; index < count; index = next++)
            work(index);
    };
    const qsizetype helpers = std::clamp<qsizetype>(std::min<qsizetype>(threads, count) - 1, 0, 15);
    std::vector<std::jthread> workers;
    workers.reserve(static_cast<size_t>(helpers));
    for (qsizetype i = 0; i < helpers; ++i)
        workers.emplace_back(run);
    run();
}

} // namespace vigia
