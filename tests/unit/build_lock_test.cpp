#include "build/build_lock.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "build/progress.h"
#include "core/run_errors.h"

using namespace portalgen;
namespace fs = std::filesystem;

namespace {

Shard shard(int index, int count) {
    return Shard{index, count};
}

struct LockFolder {
    fs::path path =
        fs::temp_directory_path() / ("portalgen-lock-test-" + std::to_string(::getpid()));
    LockFolder() { fs::remove_all(path); }
    ~LockFolder() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("a second whole build on the same output folder is refused while the first runs") {
    LockFolder out;
    {
        BuildLock first(out.path, Shard{});
        CHECK_THROWS_AS(BuildLock(out.path, Shard{}), TemporaryFailure);
        CHECK_THROWS_WITH(
            BuildLock(out.path, Shard{}),
            Catch::Contains("another portalgen build is running on " + out.path.string()));
    }
    CHECK_NOTHROW(BuildLock(out.path, Shard{}));  // released with the first
}

TEST_CASE("the shards of one night run together; one shard runs once at a time") {
    LockFolder out;
    BuildLock one(out.path, shard(1, 3));
    BuildLock two(out.path, shard(2, 3));
    CHECK_NOTHROW(BuildLock(out.path, shard(3, 3)));
    CHECK_THROWS_AS(BuildLock(out.path, shard(1, 3)), TemporaryFailure);
    CHECK_THROWS_WITH(BuildLock(out.path, shard(2, 3)),
                      Catch::Contains("another portalgen build of shard 2/3 is running on"));
}

TEST_CASE("a whole build and a shard build exclude each other, whichever starts first") {
    LockFolder out;
    {
        BuildLock sharded(out.path, shard(2, 4));
        CHECK_THROWS_AS(BuildLock(out.path, Shard{}), TemporaryFailure);
    }
    {
        BuildLock whole(out.path, Shard{});
        CHECK_THROWS_AS(BuildLock(out.path, shard(2, 4)), TemporaryFailure);
        CHECK_THROWS_WITH(BuildLock(out.path, shard(1, 4)), Catch::Contains("a whole build"));
    }
    // A refused shard build let go of the folder's lock: the whole build may run now.
    CHECK_NOTHROW(BuildLock(out.path, Shard{}));
}

TEST_CASE("progress without a terminal logs about every tenth of the work") {
    std::ostringstream log;
    Progress progress(log, 20, false);
    for (int i = 0; i < 20; ++i) progress.advance();
    progress.finish();
    std::string text = log.str();
    CHECK(std::count(text.begin(), text.end(), '\n') == 10);
    CHECK(text.find("portalgen: build: 20/20 customers") != std::string::npos);
    CHECK(text.find('\r') == std::string::npos);
}

TEST_CASE("progress on a terminal redraws one line and ends it") {
    std::ostringstream screen;
    Progress progress(screen, 3, true);
    for (int i = 0; i < 3; ++i) progress.advance();
    progress.finish();
    std::string text = screen.str();
    CHECK(text.find("\r[##############################] 3/3 customers") != std::string::npos);
    CHECK(text.back() == '\n');
}
