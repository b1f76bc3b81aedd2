#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace dd {

// Runs work(begin, end) over the index range [0, count) cut into chunks of `chunk`, on every
// core: the calling thread works too, and between two of its chunks it calls between(ready),
// where every index below `ready` has been worked on (the longest finished prefix; it never
// goes down). between() may read and change what belongs to those indexes, since no work()
// touches them any more: a pass that must go in order can follow the parallel one there.
// between() returning false stops handing out chunks (the ones started are finished). work()
// must only touch what belongs to its own indexes. Returns false when stopped. The calling
// thread is the only one that calls between(), so a progress dialog or a cancel flag can
// live there.
bool parallelChunks(qsizetype count, qsizetype chunk,
                    const std::function<void(qsizetype begin, qsizetype end)> &work,
                    const std::function<bool(qsizetype ready)> &between = {});

// Frees what it is given on another thread, in the order given, so that dropping a large
// list (the 100,000 people of an import) does not hold up the caller. The destructor waits
// until everything given has been freed. What is given must no longer be used by anyone
// else except through Qt's implicitly shared types, which count their references atomically.
class Releaser
{
public:
    Releaser() = default;
    Releaser(const Releaser &) = delete;
    Releaser &operator=(const Releaser &) = delete;
    ~Releaser();

    template<typename T>
    void release(T value) // give it with std::move
    {
        struct Box final : Held
        {
            explicit Box(T &&v)
                : value(std::move(v))
            { }
            T value;
        };
        hand(std::make_unique<Box>(std::move(value)));
    }
    // Waits until everything given so far has been freed.
    void wait();

private:
    struct Held
    {
        virtual ~Held() = default;
    };
    void hand(std::unique_ptr<Held> held);
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<std::unique_ptr<Held>> m_queue;
    bool m_busy = false;
    bool m_stopping = false;
    std::thread m_thread; // started by the first release()
};

} // namespace dd
