// The number of shards recorded for an output folder (SPEC section 6: one folder, one N).
#include "build/shard_record.h"

#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "archive_fixture.h"
#include "core/run_errors.h"

using namespace portalgen;
namespace fs = std::filesystem;
using portalgen::testing::TempOutput;

namespace {

Shard shard(int index, int count) {
    return Shard{index, count};
}

}  // namespace

TEST_CASE("the first shard build records N; another N is refused until a whole build") {
    TempOutput out;
    CHECK_FALSE(recorded_shard_count(out.path()));
    {
        BuildLock lock(out.path(), shard(1, 2));
        claim_shard_count(lock);
    }
    CHECK(recorded_shard_count(out.path()) == 2);
    CHECK(testing::read_all(out.path() / shard_record_path()) == "2\n");
    {
        BuildLock lock(out.path(), shard(2, 2));
        CHECK_NOTHROW(claim_shard_count(lock));
    }
    {
        BuildLock lock(out.path(), shard(1, 3));
        CHECK_THROWS_AS(claim_shard_count(lock), TemporaryFailure);
        CHECK_THROWS_WITH(claim_shard_count(lock),
                          Catch::Contains("is built in 2 shards") &&
                              Catch::Contains("not 3: run its shards as --shard K/2"));
    }
    CHECK(recorded_shard_count(out.path()) == 2);
    {
        BuildLock lock(out.path(), Shard{});
        claim_shard_count(lock);  // a whole build: the folder is no longer sharded
    }
    CHECK_FALSE(recorded_shard_count(out.path()));
    BuildLock lock(out.path(), shard(3, 3));
    CHECK_NOTHROW(claim_shard_count(lock));
    CHECK(recorded_shard_count(out.path()) == 3);
}

TEST_CASE("a damaged shard record is named, not guessed") {
    TempOutput out;
    std::ofstream(out.path() / shard_record_path()) << "two\n";
    CHECK_THROWS_WITH(recorded_shard_count(out.path()),
                      Catch::Contains("does not hold a number of shards"));
}

TEST_CASE("of two first shard builds with different N at once, exactly one records its N") {
    // Each thread plays a shard build of its own N; the locks they take do not exclude each
    // other (different shards), only the record does.
    for (int round = 0; round < 20; ++round) {
        TempOutput out;
        std::atomic<int> refused{0};
        std::vector<std::thread> builds;
        for (int n = 2; n <= 5; ++n)
            builds.emplace_back([&, n] {
                BuildLock lock(out.path(), shard(1, n));
                try {
                    claim_shard_count(lock);
                } catch (const TemporaryFailure&) {
                    ++refused;
                }
            });
        for (auto& build : builds) build.join();
        CHECK(refused == 3);
        CHECK(recorded_shard_count(out.path()));
    }
}
