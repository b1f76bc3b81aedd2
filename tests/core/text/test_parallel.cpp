#include "util/parallel.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using dd::parallelChunks;

TEST_CASE("parallelChunks hands every index to exactly one chunk", "[parallel]")
{
    for (const qsizetype count : { qsizetype(0), qsizetype(1), qsizetype(511), qsizetype(10007) }) {
        INFO(count);
        std::vector<std::atomic<int>> seen(static_cast<size_t>(count));
        // Catch's assertions are for the test's own thread: the other threads only count.
        std::atomic<int> badChunks { 0 };
        const bool finished = parallelChunks(count, 100, [&](qsizetype begin, qsizetype end) {
            if (begin >= end || end - begin > 100)
                ++badChunks;
            for (qsizetype i = begin; i < end; ++i)
                seen[size_t(i)].fetch_add(1);
        });
        CHECK(finished);
        CHECK(badChunks.load() == 0);
        int wrong = 0;
        for (const auto &s : seen)
            wrong += s.load() != 1;
        CHECK(wrong == 0);
    }
}

TEST_CASE("parallelChunks asks the calling thread before each of its chunks and can be stopped",
          "[parallel]")
{
    // The other threads wait in their first chunk until the calling thread has been asked
    // once, and it answers "stop": no chunk is handed out after that, so at most one chunk per
    // other thread is done, whatever the load of the machine.
    const auto caller = std::this_thread::get_id();
    std::atomic<bool> asked { false };
    std::atomic<qsizetype> worked { 0 };
    int calls = 0;
    bool otherThread = false;
    const bool finished = parallelChunks(
        100000, 10,
        [&](qsizetype begin, qsizetype end) {
            while (!asked.load())
                std::this_thread::yield();
            worked.fetch_add(end - begin);
        },
        [&](qsizetype done) {
            otherThread = otherThread || std::this_thread::get_id() != caller;
            ++calls;
            CHECK(done == 0);
            asked.store(true);
            return false;
        });
    CHECK_FALSE(finished);
    CHECK_FALSE(otherThread);
    CHECK(calls == 1);
    CHECK(worked.load() <= 10 * qsizetype(std::thread::hardware_concurrency()));
}

TEST_CASE("parallelChunks reports what is done, never less than before, up to the end",
          "[parallel]")
{
    std::vector<qsizetype> reported;
    const bool finished = parallelChunks(
        5000, 10, [](qsizetype, qsizetype) {},
        [&](qsizetype done) {
            reported.push_back(done);
            return true;
        });
    CHECK(finished);
    REQUIRE_FALSE(reported.empty());
    CHECK(std::is_sorted(reported.begin(), reported.end()));
    CHECK(reported.back() <= 5000);
}

TEST_CASE("parallelChunks lets the calling thread follow the finished prefix in order",
          "[parallel]")
{
    // A pass in index order runs on the calling thread while the other chunks are worked on:
    // it only ever sees indexes that are finished, each once, and gets to the end.
    constexpr qsizetype count = 20000;
    std::vector<int> value(static_cast<size_t>(count), 0);
    std::vector<qsizetype> order;
    bool unfinishedSeen = false;
    qsizetype passed = 0;
    auto follow = [&](qsizetype upTo) {
        for (qsizetype i = passed; i < upTo; ++i) {
            unfinishedSeen = unfinishedSeen || value[size_t(i)] != 1;
            value[size_t(i)] = 2; // the pass may change what is finished
            order.push_back(i);
        }
        passed = std::max(passed, upTo);
    };
    const bool finished = parallelChunks(
        count, 64,
        [&](qsizetype begin, qsizetype end) {
            for (qsizetype i = begin; i < end; ++i) {
                if (i % 1000 == 0)
                    std::this_thread::sleep_for(std::chrono::microseconds(200));
                value[size_t(i)] = 1;
            }
        },
        [&](qsizetype ready) {
            CHECK(ready >= passed);
            follow(ready);
            return true;
        });
    REQUIRE(finished);
    follow(count);
    CHECK_FALSE(unfinishedSeen);
    REQUIRE(order.size() == size_t(count));
    bool inOrder = true;
    for (qsizetype i = 0; i < count; ++i)
        inOrder = inOrder && order[size_t(i)] == i;
    CHECK(inOrder);
    CHECK(std::all_of(value.begin(), value.end(), [](int v) { return v == 2; }));
}
