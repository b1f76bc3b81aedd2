#include "util/parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace dd {

bool parallelChunks(qsizetype count, qsizetype chunk,
                    const std::function<void(qsizetype, qsizetype)> &work,
                    const std::function<bool(qsizetype)> &between)
{
    if (count <= 0)
        return true;
    chunk = std::max<qsizetype>(chunk, 1);
    const qsizetype chunks = (count + chunk - 1) / chunk;
    std::atomic<qsizetype> next { 0 }; // the next chunk to hand out
    std::vector<std::atomic<bool>> finished(static_cast<size_t>(chunks)); // all false
    qsizetype prefix = 0; // chunks known finished, all of them below; the calling thread's
    std::atomic<bool> stop { false };
    auto run = [&](bool caller) {
        for (;;) {
            if (caller && between) {
                const qsizetype before = prefix;
                while (prefix < chunks && finished[size_t(prefix)].load(std::memory_order_acquire))
                    ++prefix;
                if (!between(std::min(count, prefix * chunk)))
                    stop.store(true);
                // The pass in order is one thread's, the chunks are anyone's: the caller takes
                // a chunk only when nothing new was ready, so that the pass never waits behind
                // the caller's own chunk while the other threads are idle.
                if (prefix > before && !stop.load())
                    continue;
            }
            if (stop.load())
                return;
            const qsizetype c = next.fetch_add(1);
            if (c >= chunks)
                return;
            const qsizetype begin = c * chunk;
            const qsizetype end = std::min(count, begin + chunk);
            work(begin, end);
            finished[size_t(c)].store(true, std::memory_order_release);
        }
    };
    const qsizetype cores = std::max(1u, std::thread::hardware_concurrency());
    const qsizetype helpers = std::min<qsizetype>(cores, chunks) - 1;
    std::vector<std::thread> threads;
    threads.reserve(size_t(helpers));
    for (qsizetype i = 0; i < helpers; ++i)
        threads.emplace_back(run, false);
    run(true);
    for (std::thread &t : threads)
        t.join();
    return !stop.load();
}

} // namespace dd
