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
                while (prefix < chunks && finished[size_t(prefix)].load(std::memory_order_acquire))
                    ++prefix;
                if (!between(std::min(count, prefix * chunk)))
                    stop.store(true);
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

Releaser::~Releaser()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void Releaser::hand(std::unique_ptr<Held> held)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(held));
        if (!m_thread.joinable())
            m_thread = std::thread(&Releaser::run, this);
    }
    m_wake.notify_one();
}

void Releaser::wait()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && !m_busy; });
}

void Releaser::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty()) // stopping, and nothing left
            return;
        std::unique_ptr<Held> held = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        held.reset();
        lock.lock();
        m_busy = false;
        if (m_queue.empty())
            m_idle.notify_all();
    }
}

} // namespace dd
