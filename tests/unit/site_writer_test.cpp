// Publishing a portal: atomic writes, unchanged files left alone, stale files and portals
// removed, nothing written outside the customer's folder.
#include "publish/site_writer.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "publish/atomic_file.h"
#include "view_fixture.h"

using namespace portalgen;
using portalgen::testing::ScratchDir;

namespace {

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

size_t count_files(const std::filesystem::path& dir) {
    size_t n = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
        if (e.is_regular_file()) ++n;
    return n;
}

}  // namespace

TEST_CASE("an atomic write replaces the file whole and leaves no temporary file") {
    ScratchDir dir("portalgen-site-test");
    const auto file = dir.path() / "a" / "b" / "page.html";
    write_file_atomic(file, "first");
    CHECK(read(file) == "first");
    write_file_atomic(file, "second, longer");
    CHECK(read(file) == "second, longer");
    CHECK(count_files(dir.path()) == 1);
    CHECK(file_has_content(file, "second, longer"));
    CHECK_FALSE(file_has_content(file, "second, longeR"));
    CHECK_FALSE(file_has_content(dir.path() / "missing", ""));
    CHECK_THROWS_WITH(write_file_atomic(dir.path() / "a" / "b" / "page.html" / "x", "y"),
                      Catch::Contains("cannot write"));
}

TEST_CASE("a portal is written, then only its changes") {
    ScratchDir dir("portalgen-site-test");
    OutputFiles files{{"site/T/index.html", "root"},
                      {"site/T/en/index.html", "en"},
                      {"site/T/en/invoices/A.html", "a"}};
    PublishStats first = write_portal(dir.path(), "T", files);
    CHECK(first.written == 3);
    CHECK(read(dir.path() / "site/T/en/invoices/A.html") == "a");

    files[1].bytes = "en, changed";
    files.pop_back();  // invoice A is gone
    PublishStats second = write_portal(dir.path(), "T", files);
    CHECK(second.written == 1);
    CHECK(second.unchanged == 1);
    CHECK(second.removed == 1);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "site/T/en/invoices"));
    CHECK(read(dir.path() / "site/T/en/index.html") == "en, changed");
}

TEST_CASE("nothing is written outside the customer's folder") {
    ScratchDir dir("portalgen-site-test");
    for (const char* path : {"site/U/index.html", "site/T/../U/x.html", "site/T/./x.html", "/etc/x",
                             "site/T/", "site/T//x.html", "site/Tx/index.html"}) {
        INFO(path);
        CHECK_THROWS_WITH(write_portal(dir.path(), "T", {{path, "x"}}),
                          Catch::StartsWith("refusing to write"));
    }
    CHECK_FALSE(std::filesystem::exists(dir.path() / "site"));
}

TEST_CASE("portals of no current token are removed") {
    ScratchDir dir("portalgen-site-test");
    write_portal(dir.path(), "KEEP", {{"site/KEEP/index.html", "k"}});
    write_portal(dir.path(), "OLD", {{"site/OLD/index.html", "o"}});
    std::filesystem::create_directories(dir.path() / "site" / ".well-known");
    CHECK(remove_stale_portals(dir.path(), {"KEEP"}) == 1);
    CHECK(std::filesystem::exists(dir.path() / "site/KEEP/index.html"));
    CHECK_FALSE(std::filesystem::exists(dir.path() / "site/OLD"));
    CHECK(std::filesystem::exists(dir.path() / "site/.well-known"));
    CHECK(remove_stale_portals(dir.path() / "nothing-here", {}) == 0);
}
