// The Releaser a session owns: large lists (the rows of an import) are freed on another core.
#include "session/releaser.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

namespace {
// Notes the thread that destroys it; its destruction waits until `gate` opens.
struct Witness
{
    std::shared_ptr<std::atomic<std::thread::id>> destroyedOn;
    std::shared_ptr<std::atomic<int>> destroyed;
    std::shared_ptr<std::atomic<bool>> gate;
    Witness() = default;
    Witness(Witness &&o) noexcept = default;
    ~Witness()
    {
        if (!destroyedOn)
            return; // moved from
        while (!gate->load())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        destroyedOn->store(std::this_thread::get_id());
        ++*destroyed;
    }
};
} // namespace

TEST_CASE("Releaser frees on another thread, and its end waits for everything given", "[parallel]")
{
    auto on = std::make_shared<std::atomic<std::thread::id>>();
    auto count = std::make_shared<std::atomic<int>>(0);
    auto gate = std::make_shared<std::atomic<bool>>(false);
    const auto witness = [&] {
        Witness w;
        w.destroyedOn = on;
        w.destroyed = count;
        w.gate = gate;
        return w;
    };
    std::thread opener;
    {
        dd::Releaser releaser;
        for (int i = 0; i < 3; ++i)
            releaser.release(witness());
        // Their freeing cannot finish before the gate opens: release() did not wait for it.
        CHECK(count->load() == 0);
        gate->store(true);
        releaser.wait();
        CHECK(count->load() == 3);
        CHECK(on->load() != std::this_thread::get_id());

        gate->store(false);
        releaser.release(witness());
        opener = std::thread([gate] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            gate->store(true);
        });
    }
    CHECK(count->load() == 4); // the destructor waited for the last one
    opener.join();
}

TEST_CASE("Releaser frees a list given to it while the caller keeps a copy of its strings",
          "[parallel]")
{
    QStringList kept;
    {
        dd::Releaser releaser;
        QStringList list;
        for (int i = 0; i < 10000; ++i)
            list << QString::number(i).repeated(3);
        kept = list.mid(5000, 3);
        releaser.release(std::move(list));
        CHECK(list.isEmpty()); // moved away
    }
    CHECK(kept
          == QStringList { QStringLiteral("500050005000"), QStringLiteral("500150015001"),
                           QStringLiteral("500250025002") });
}
