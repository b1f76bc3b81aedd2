#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace dd {

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
