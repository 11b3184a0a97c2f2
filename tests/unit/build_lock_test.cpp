#include "publish/build_lock.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "publish/progress.h"

using namespace portalgen;
namespace fs = std::filesystem;

TEST_CASE("a second build on the same output folder is refused while the first holds the lock") {
    fs::path out = fs::temp_directory_path() / "portalgen-lock-test";
    fs::remove_all(out);
    {
        BuildLock first(out);
        CHECK_THROWS_WITH(BuildLock(out), Catch::Contains("another portalgen build is running on"));
    }
    CHECK_NOTHROW(BuildLock(out));  // released with the first
    fs::remove_all(out);
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
