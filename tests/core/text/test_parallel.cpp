#include "util/parallel.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

using dd::parallelChunks;

TEST_CASE("parallelChunks hands every index to exactly one chunk", "[parallel]")
{
    for (const qsizetype count : { qsizetype(0), qsizetype(1), qsizetype(511), qsizetype(10007) }) {
        INFO(count);
        std::vector<std::atomic<int>> seen(static_cast<size_t>(count));
        const bool finished = parallelChunks(count, 100, [&](qsizetype begin, qsizetype end) {
            REQUIRE(begin < end);
            REQUIRE(end - begin <= 100);
            for (qsizetype i = begin; i < end; ++i)
                seen[size_t(i)].fetch_add(1);
        });
        CHECK(finished);
        int wrong = 0;
        for (const auto &s : seen)
            wrong += s.load() != 1;
        CHECK(wrong == 0);
    }
}

TEST_CASE("parallelChunks reports progress on the calling thread and can be stopped", "[parallel]")
{
    const auto caller = std::this_thread::get_id();
    std::atomic<qsizetype> worked { 0 };
    std::vector<qsizetype> reported;
    bool otherThread = false;
    const bool finished = parallelChunks(
        100000, 10, [&](qsizetype begin, qsizetype end) { worked.fetch_add(end - begin); },
        [&](qsizetype done) {
            otherThread = otherThread || std::this_thread::get_id() != caller;
            reported.push_back(done);
            return reported.size() < 5;
        });
    CHECK_FALSE(finished);
    CHECK_FALSE(otherThread);
    CHECK(reported.size() == 5);
    for (size_t i = 1; i < reported.size(); ++i)
        CHECK(reported[i] >= reported[i - 1]);
    // Stopped early: far from all of the 100,000 indexes were done.
    CHECK(worked.load() < 100000);
}
