#include "session/releaser.h"

namespace dd {

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
