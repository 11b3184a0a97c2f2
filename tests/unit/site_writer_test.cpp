// Publishing a portal: atomic writes, unchanged files left alone, stale files and portals
// removed, nothing written outside the customer's folder.
#include "publish/site_writer.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <sstream>

#include "publish/atomic_file.h"
#include "publish/background_remove.h"
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

// A portal's files held in memory, published in one go through a PortalWriter as a build does.
struct OutputFile {
    std::string path;  // relative to OUT
    std::string bytes;
    bool keep = false;  // already published as it should be: kept, `bytes` unused
};
using OutputFiles = std::vector<OutputFile>;

PublishStats write_portal(const std::filesystem::path& out, const std::string& token,
                          const OutputFiles& files, FileRecords previous = {},
                          FileRecords* records = nullptr) {
    PortalWriter writer(out, token, std::move(previous));
    for (const auto& file : files) {
        if (file.keep)
            writer.keep(file.path);
        else
            writer.write(file.path, file.bytes);
    }
    PublishStats stats = writer.finish();
    if (records) *records = writer.records();
    return stats;
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
    write_file_atomic_in(dir.path(), "a/b/page.html", "first");
    CHECK(read(file) == "first");
    write_file_atomic_in(dir.path(), "a/b/page.html", "second, longer");
    CHECK(read(file) == "second, longer");
    CHECK(count_files(dir.path()) == 1);
    CHECK(file_has_content(file, "second, longer"));
    CHECK_FALSE(file_has_content(file, "second, longeR"));
    CHECK_FALSE(file_has_content(dir.path() / "missing", ""));
    CHECK_THROWS_WITH(write_file_atomic_in(dir.path(), "a/b/page.html/x", "y"),
                      Catch::Contains("cannot write"));
}

TEST_CASE("a shard build's temporary files carry its shard, and it removes only its own") {
    ScratchDir dir("portalgen-site-test");
    auto leave = [&](const std::string& tag) {
        const std::filesystem::path path = dir.path() / temporary_name("page.html", tag);
        std::ofstream(path) << "part";
        return path;
    };
    const auto mine = leave("1-of-2");
    const auto other_shard = leave("2-of-2");
    const auto longer_name = leave("1-of-20");
    const auto whole_build = leave("");
    const auto page = dir.path() / "1-of-2.html";
    std::ofstream(page) << "page";
    CHECK(mine.filename().string().starts_with(".portalgen-tmp-1-of-2."));
    CHECK(temporary_tag(Shard{1, 2}) == "1-of-2");
    CHECK(temporary_tag(Shard{}).empty());
    CHECK(is_temporary_file_name(mine.filename().string()));
    CHECK(is_temporary_file_name(whole_build.filename().string()));

    CHECK(remove_tagged_temporary_files(dir.path(), "1-of-2") == 1);
    CHECK_FALSE(std::filesystem::exists(mine));
    CHECK(std::filesystem::exists(other_shard));  // that shard may be running
    CHECK(std::filesystem::exists(longer_name));
    CHECK(std::filesystem::exists(whole_build));
    CHECK(std::filesystem::exists(page));
    CHECK(remove_tagged_temporary_files(dir.path() / "missing", "1-of-2") == 0);
    CHECK(remove_temporary_files(dir.path()) == 3);
    CHECK(std::filesystem::exists(page));
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

TEST_CASE("a portal written a page at a time keeps what is kept and removes the rest") {
    ScratchDir dir("portalgen-site-test");
    write_portal(dir.path(), "T",
                 {{"site/T/index.html", "root"},
                  {"site/T/invoices/A.pdf", "pdf"},
                  {"site/T/fr/tickets/1.html", "ticket"}});
    PortalWriter writer(dir.path(), "T");
    writer.write("site/T/index.html", "root");  // the same bytes: not written again
    writer.keep("site/T/invoices/A.pdf");       // not rendered again: left as it is
    writer.write("site/T/en/index.html", "new");
    // Until finish(), the portal is as it was: the new page waits under a temporary name.
    CHECK_FALSE(std::filesystem::exists(dir.path() / "site/T/en/index.html"));
    CHECK(std::filesystem::exists(dir.path() / "site/T/fr/tickets/1.html"));
    const PublishStats stats = writer.finish();
    CHECK(read(dir.path() / "site/T/en/index.html") == "new");
    CHECK(stats.written == 1);
    CHECK(stats.unchanged == 2);
    CHECK(stats.removed == 1);
    CHECK(read(dir.path() / "site/T/invoices/A.pdf") == "pdf");
    CHECK_FALSE(std::filesystem::exists(dir.path() / "site/T/fr"));  // left empty: removed
    CHECK(count_files(dir.path()) == 3);
}

TEST_CASE("a portal writer that is not finished leaves the portal as it was") {
    ScratchDir dir("portalgen-site-test");
    write_portal(dir.path(), "T", {{"site/T/index.html", "root"}});
    {
        PortalWriter writer(dir.path(), "T");
        writer.write("site/T/index.html", "changed");
        writer.write("site/T/en/index.html", "new");
        // The customer fails here: no finish().
    }
    CHECK(read(dir.path() / "site/T/index.html") == "root");
    CHECK_FALSE(std::filesystem::exists(dir.path() / "site/T/en"));  // nor the folder made for it
    CHECK(count_files(dir.path()) == 1);                             // no temporary file left

    // A new portal that fails leaves no folder at all; folders that were there stay.
    std::filesystem::create_directories(dir.path() / "site/U/en");
    {
        PortalWriter writer(dir.path(), "V");
        writer.write("site/V/en/invoices/A.html", "new");
        PortalWriter kept(dir.path(), "U");
        kept.write("site/U/en/invoices/B.html", "new");
    }
    CHECK_FALSE(std::filesystem::exists(dir.path() / "site/V"));
    CHECK_FALSE(std::filesystem::exists(dir.path() / "site/U/en/invoices"));
    CHECK(std::filesystem::is_directory(dir.path() / "site/U/en"));
}

TEST_CASE("with the last build's records, a file as it was left is not read to be compared") {
    ScratchDir dir("portalgen-site-test");
    const auto page = dir.path() / "site/T/en/index.html";
    FileRecords records;
    write_portal(dir.path(), "T", {{"site/T/en/index.html", "first"}}, {}, &records);
    REQUIRE(records.size() == 1);
    const FileRecord left = records.at("en/index.html");
    CHECK(left.size == 5);
    CHECK(left.hash == content_hash("first"));
    struct stat info {};
    REQUIRE(::stat(page.c_str(), &info) == 0);
    CHECK(left.modified_ns == info.st_mtim.tv_sec * 1'000'000'000LL + info.st_mtim.tv_nsec);

    // Same bytes, file as left: unchanged.
    FileRecords again;
    CHECK(write_portal(dir.path(), "T", {{"site/T/en/index.html", "first"}}, records, &again)
              .unchanged == 1);
    CHECK(again == records);

    // Someone changed the file but kept its size and time: the record is trusted, the file is
    // not read (this is what saves reading a whole site every night).
    const auto time = std::filesystem::last_write_time(page);
    { std::ofstream(page, std::ios::binary) << "FIRST"; }
    std::filesystem::last_write_time(page, time);
    CHECK(write_portal(dir.path(), "T", {{"site/T/en/index.html", "first"}}, records, &again)
              .unchanged == 1);
    CHECK(read(page) == "FIRST");

    // Its time changed too: it is read, found different, and written again.
    std::filesystem::last_write_time(page, time + std::chrono::seconds(5));
    CHECK(write_portal(dir.path(), "T", {{"site/T/en/index.html", "first"}}, records, &again)
              .written == 1);
    CHECK(read(page) == "first");

    // New bytes: written without reading the old ones, with a new record.
    CHECK(write_portal(dir.path(), "T", {{"site/T/en/index.html", "second"}}, again, &records)
              .written == 1);
    CHECK(read(page) == "second");
    CHECK(records.at("en/index.html").hash == content_hash("second"));
    CHECK(records.at("en/index.html").size == 6);
}

TEST_CASE("a page's source is recorded, and told back while the page is as it was left") {
    ScratchDir dir("portalgen-site-test");
    const auto page = dir.path() / "site/T/en/index.html";
    FileRecords records;
    {
        PortalWriter writer(dir.path(), "T");
        writer.write("site/T/en/index.html", "page", "SOURCE1.1");
        writer.write("site/T/en/deadlines.ics", "calendar");
        writer.finish();
        records = writer.records();
    }
    CHECK(records.at("en/index.html").source == "SOURCE1.1");
    CHECK(records.at("en/deadlines.ics").source.empty());
    {
        PortalWriter writer(dir.path(), "T", records);
        CHECK(writer.source_of("site/T/en/index.html") == "SOURCE1.1");
        CHECK(writer.source_of("site/T/en/deadlines.ics").empty());
        CHECK(writer.source_of("site/T/en/missing.html").empty());
        // Kept as it is: still there, its record (and source) carried over.
        writer.keep("site/T/en/index.html");
        writer.write("site/T/en/deadlines.ics", "calendar");
        CHECK(writer.finish().written == 0);
        CHECK(writer.records() == records);
    }
    CHECK(read(page) == "page");
    // Found unchanged by its bytes, a page takes the source it is given now.
    {
        PortalWriter writer(dir.path(), "T", records);
        writer.write("site/T/en/index.html", "page", "SOURCE2.1");
        writer.finish();
        CHECK(writer.records().at("en/index.html").source == "SOURCE2.1");
    }
    // Touched since (its time is not the recorded one): no source is told, so it is rendered.
    std::filesystem::last_write_time(
        page, std::filesystem::last_write_time(page) + std::chrono::seconds(5));
    PortalWriter writer(dir.path(), "T", records);
    CHECK(writer.source_of("site/T/en/index.html").empty());
    // Without the last build's records (--force, a new link), none either.
    CHECK(PortalWriter(dir.path(), "T").source_of("site/T/en/deadlines.ics").empty());
}

TEST_CASE("an empty folder is removed, whether it was empty or lost its files") {
    ScratchDir dir("portalgen-site-test");
    write_portal(dir.path(), "T",
                 {{"site/T/index.html", "root"}, {"site/T/en/orders/1.html", "order"}});
    std::filesystem::create_directories(dir.path() / "site/T/fr/a/b");  // left empty before
    write_portal(dir.path(), "T", {{"site/T/index.html", "root"}});
    CHECK_FALSE(std::filesystem::exists(dir.path() / "site/T/en"));
    CHECK_FALSE(std::filesystem::exists(dir.path() / "site/T/fr"));
    CHECK(read(dir.path() / "site/T/index.html") == "root");
}

TEST_CASE("the rest of the last build is kept while it is as that build left it, but one file") {
    ScratchDir dir("portalgen-site-test");
    FileRecords records;
    {
        PortalWriter writer(dir.path(), "T");
        writer.write("site/T/en/index.html", "dashboard, day 1", "S1.1");
        writer.write("site/T/en/invoices/A.html", "invoice", "S2.1");
        writer.write("site/T/statement-2026-11-23.pdf", "statement, day 1");
        writer.finish();
        records = writer.records();
    }
    {
        PortalWriter writer(dir.path(), "T", records);
        REQUIRE(writer.last_build_as_left());
        writer.write("site/T/en/index.html", "dashboard, day 2", "S3.1");
        writer.write("site/T/statement-2026-11-24.pdf", "statement, day 2");
        writer.keep_rest_of_last_build("site/T/statement-2026-11-23.pdf");
        const PublishStats stats = writer.finish();
        CHECK(stats.written == 2);
        CHECK(stats.removed == 1);
        CHECK(writer.records().at("en/invoices/A.html").source == "S2.1");
        CHECK(writer.records().size() == 3);
        records = writer.records();
    }
    CHECK(read(dir.path() / "site/T/en/invoices/A.html") == "invoice");
    CHECK_FALSE(std::filesystem::exists(dir.path() / "site/T/statement-2026-11-23.pdf"));
    CHECK(read(dir.path() / "site/T/statement-2026-11-24.pdf") == "statement, day 2");
    // A file touched, or gone, since: the records no longer stand for the files.
    const auto invoice = dir.path() / "site/T/en/invoices/A.html";
    std::filesystem::last_write_time(
        invoice, std::filesystem::last_write_time(invoice) + std::chrono::seconds(5));
    CHECK_FALSE(PortalWriter(dir.path(), "T", records).last_build_as_left());
    std::filesystem::remove(invoice);
    CHECK_FALSE(PortalWriter(dir.path(), "T", records).last_build_as_left());
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
    const auto is_keep = [](const std::string& name) { return name == "KEEP"; };
    CHECK(remove_stale_portals(dir.path(), is_keep) == 1);
    CHECK(std::filesystem::exists(dir.path() / "site/KEEP/index.html"));
    CHECK_FALSE(std::filesystem::exists(dir.path() / "site/OLD"));
    CHECK(std::filesystem::exists(dir.path() / "site/.well-known"));
    CHECK(remove_stale_portals(dir.path() / "nothing-here", is_keep) == 0);
}

TEST_CASE("writes under OUT go through real folders only, never through a symbolic link") {
    ScratchDir dir("portalgen-site-test");
    const auto out = dir.path() / "out";
    const auto outside = dir.path() / "outside";
    std::filesystem::create_directories(outside);
    std::filesystem::create_directories(out / "report");
    std::filesystem::create_directory_symlink(outside, out / "report" / "1-of-2");
    CHECK_THROWS_WITH(write_file_atomic_in(out, "report/1-of-2/report.json", "{}"),
                      "cannot write " + (out / "report/1-of-2/report.json").string() + ": " +
                          (out / "report/1-of-2").string() +
                          " is a symbolic link (nothing is written outside " + out.string() + ")");
    CHECK(std::filesystem::is_empty(outside));
    // A file where a folder must be.
    write_file_atomic_in(out, "report/index.html", "x");
    CHECK_THROWS_WITH(write_file_atomic_in(out, "report/index.html/y", "z"),
                      Catch::EndsWith((out / "report/index.html").string() + " is not a folder"));
    CHECK_THROWS_WITH(write_file_atomic_in(out, "report/../x", "z"), Catch::Contains("no . or .."));
    CHECK_THROWS_WITH(write_file_atomic_in(out, "/etc/x", "z"), Catch::Contains("not relative"));
    // Missing folders are made; OUT itself may be a link (the user's choice).
    std::filesystem::create_directory_symlink(out, dir.path() / "link-to-out");
    write_file_atomic_in(dir.path() / "link-to-out", "a/b/c.txt", "abc");
    CHECK(read(out / "a/b/c.txt") == "abc");
    // A link in the file's own place is replaced, its target untouched.
    { std::ofstream(outside / "target.txt") << "theirs"; }
    std::filesystem::create_symlink(outside / "target.txt", out / "a/b/link.txt");
    CHECK_FALSE(file_has_content(out / "a/b/link.txt", "theirs"));  // not a file of OUT's
    write_file_atomic_in(out, "a/b/link.txt", "ours");
    CHECK(read(outside / "target.txt") == "theirs");
    CHECK_FALSE(std::filesystem::is_symlink(out / "a/b/link.txt"));
    CHECK(read(out / "a/b/link.txt") == "ours");
}

TEST_CASE("a file replaced swaps names with its new version; the old one is removed after") {
    ScratchDir dir("portalgen-site-test");
    write_file_atomic_in(dir.path(), "a/page.html", "old", Flush::none);
    struct stat old_file {};
    REQUIRE(::stat((dir.path() / "a/page.html").c_str(), &old_file) == 0);
    {
        BackgroundRemove remover;
        FolderCache folders(dir.path(), "", &remover);
        folders.commit(folders.stage("a/page.html", "new"), true);
        CHECK(read(dir.path() / "a/page.html") == "new");
        // Told it replaces a file that is not there: named all the same.
        folders.commit(folders.stage("a/other.html", "other"), true);
        CHECK(read(dir.path() / "a/other.html") == "other");
    }  // the remover has finished
    struct stat new_file {};
    REQUIRE(::stat((dir.path() / "a/page.html").c_str(), &new_file) == 0);
    CHECK(new_file.st_ino != old_file.st_ino);
    CHECK(count_files(dir.path()) == 2);  // no temporary file holding "old"
}

TEST_CASE("a real folder is opened, not created, when asked so") {
    ScratchDir dir("portalgen-site-test");
    CHECK_FALSE(RealFolder(dir.path(), "site/T", false).exists());
    CHECK_FALSE(std::filesystem::exists(dir.path() / "site"));
    CHECK(RealFolder(dir.path(), "site/T").exists());
    CHECK(std::filesystem::is_directory(dir.path() / "site/T"));
    CHECK(RealFolder(dir.path(), "site/T/", false).exists());
    CHECK_FALSE(RealFolder(dir.path() / "missing", "site", false).exists());
}

TEST_CASE("a portal folder that is or holds a symbolic link is refused, the link's target intact") {
    ScratchDir dir("portalgen-site-test");
    const auto out = dir.path() / "out";
    const auto outside = dir.path() / "outside";
    std::filesystem::create_directories(outside);
    { std::ofstream(outside / "keep.html") << "kept"; }
    const OutputFiles files{{"site/T/index.html", "root"}, {"site/T/fr/index.html", "fr"}};
    SECTION("the customer's folder") {
        std::filesystem::create_directories(out / "site");
        std::filesystem::create_directory_symlink(outside, out / "site/T");
        CHECK_THROWS_WITH(write_portal(out, "T", files),
                          Catch::Contains((out / "site/T").string() + " is a symbolic link"));
    }
    SECTION("a folder inside it") {
        write_portal(out, "T", files);
        std::filesystem::remove_all(out / "site/T/fr");
        std::filesystem::create_directory_symlink(outside, out / "site/T/fr");
        CHECK_THROWS_WITH(write_portal(out, "T", files),
                          Catch::Contains((out / "site/T/fr").string() + " is a symbolic link"));
    }
    SECTION("site/") {
        std::filesystem::create_directories(out);
        std::filesystem::create_directory_symlink(outside, out / "site");
        CHECK_THROWS_WITH(write_portal(out, "T", files),
                          Catch::Contains((out / "site").string() + " is a symbolic link"));
        CHECK_THROWS_WITH(remove_stale_portals(out, [](const std::string&) { return true; }),
                          Catch::Contains((out / "site").string() + " is a symbolic link"));
    }
    std::vector<std::string> left;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(outside))
        left.push_back(entry.path().filename().string());
    CHECK(left == std::vector<std::string>{"keep.html"});
    CHECK(read(outside / "keep.html") == "kept");
}

namespace {

ino_t inode_of(const std::filesystem::path& path) {
    struct stat info {};
    REQUIRE(::lstat(path.c_str(), &info) == 0);
    return info.st_ino;
}

}  // namespace

TEST_CASE("a portal's PDF is a hard link to the archived file, or a copy on another disk") {
    ScratchDir dir("portalgen-site-test");
    const std::filesystem::path out = dir.path();
    write_file_atomic_in(out, "archive/2026/C1/A.pdf", "issued", Flush::none);
    const RealFolder archived(out, "archive/2026/C1", false);
    {
        PortalWriter writer(out, "T");
        writer.link("site/T/invoices/A.pdf", "issued", archived.fd(), "A.pdf");
        CHECK(writer.finish().written == 1);
    }
    CHECK(read(out / "site/T/invoices/A.pdf") == "issued");
    CHECK(inode_of(out / "site/T/invoices/A.pdf") == inode_of(out / "archive/2026/C1/A.pdf"));
    {
        PortalWriter writer(out, "T");  // the same bytes: left as they are
        writer.link("site/T/invoices/A.pdf", "issued", archived.fd(), "A.pdf");
        CHECK(writer.finish().unchanged == 1);
    }

    // A file system that refuses the link (here another one: EXDEV) gets a copy of the bytes.
    struct stat shm {
    }, tmp{};
    if (::stat("/dev/shm", &shm) != 0 || ::stat(out.c_str(), &tmp) != 0 || shm.st_dev == tmp.st_dev)
        return;
    ScratchDir other("portalgen-site-test");
    const std::filesystem::path elsewhere = "/dev/shm" / other.path().filename();  // removed below
    std::filesystem::create_directories(elsewhere);
    write_file_atomic_in(elsewhere, "B.pdf", "issued B", Flush::none);
    const RealFolder far(elsewhere, "", false);
    {
        PortalWriter writer(out, "T");
        writer.link("site/T/invoices/A.pdf", "issued", archived.fd(), "A.pdf");
        writer.link("site/T/invoices/B.pdf", "issued B", far.fd(), "B.pdf");
        CHECK(writer.finish().written == 1);
    }
    CHECK(read(out / "site/T/invoices/B.pdf") == "issued B");
    std::filesystem::remove_all(elsewhere);
}

TEST_CASE("serve_file makes the portal's file the archived one, at once") {
    ScratchDir dir("portalgen-site-test");
    const std::filesystem::path out = dir.path();
    write_file_atomic_in(out, "archive/2026/C1/A.pdf", "issued", Flush::none);
    write_file_atomic_in(out, "site/T/invoices/A.pdf", "rendered again", Flush::none);
    CHECK(serve_file(out, "site/T/invoices/A.pdf", "archive/2026/C1/A.pdf", ""));
    CHECK(read(out / "site/T/invoices/A.pdf") == "issued");
    CHECK(inode_of(out / "site/T/invoices/A.pdf") == inode_of(out / "archive/2026/C1/A.pdf"));
    CHECK(serve_file(out, "site/T/invoices/A.pdf", "archive/2026/C1/A.pdf", ""));  // already
    CHECK(count_files(out) == 2);                                                  // no temporary
    // No archived file: the portal's is left alone.
    CHECK_FALSE(serve_file(out, "site/T/invoices/A.pdf", "archive/2026/C1/B.pdf", ""));
    CHECK(read(out / "site/T/invoices/A.pdf") == "issued");
    CHECK_THROWS(serve_file(out, "archive/2026/C1/B.pdf", "archive/2026/C1/A.pdf", ""));
}
