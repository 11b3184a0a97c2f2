// An invoice in two manifest parts: never written by a build, even when two builds overlap; a
// folder that has such rows already (same PDF) still builds, and verify names every one.
#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "archive_fixture.h"
#include "core/sha256.h"
#include "publish/archive.h"
#include "publish/verify.h"

using namespace portalgen;
using testing::read_all;
using testing::TempOutput;

namespace {

ArchiveEntry entry(const std::string& number) {
    return ArchiveEntry{"C1",
                        number,
                        InvoiceKind::invoice,
                        *Date::parse("2026-11-01"),
                        "",
                        "",
                        "10.00",
                        "EUR",
                        "Seller",
                        *Date::parse("2026-11-22"),
                        ""};
}

const std::string pdf = testing::tiny_pdf("issued");

std::size_t rows(const std::filesystem::path& part) {
    const std::string text = read_all(part);
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) - 1;  // header
}

// The state overlapping shard builds (1/2 and 1/3 at once) left before N was recorded (and so
// before the chain): INV-1 in both parts, with the same PDF, written on two nights.
void duplicated_folder(const std::filesystem::path& out) {
    testing::write_all(out / "archive/2026/C1/INV-1.pdf", pdf);
    const std::string row = "C1,INV-1,invoice,2026-11-01,10.00,EUR," + sha256_hex(pdf) + "," +
                            std::to_string(pdf.size()) + ",";
    const std::string header = std::string(kManifestHeaderV1) + "\r\n";
    testing::write_all(out / "archive/manifest-1-of-2.csv", header + row + "2026-11-22\r\n");
    testing::write_all(out / "archive/manifest-1-of-3.csv", header + row + "2026-11-23\r\n");
}

struct Verified {
    int status;
    std::string out, err;
};

Verified verify(const std::filesystem::path& out_dir) {
    std::ostringstream out, err;
    const int status = verify_archive(out_dir, out, err);
    return {status, out.str(), err.str()};
}

}  // namespace

TEST_CASE("archive: a build that overlaps another never lists the other's invoice again",
          "[archive][shards]") {
    TempOutput out;
    // Both read the manifest before either archived anything.
    Archive first(out.path(), "manifest-1-of-2.csv");
    Archive second(out.path(), "manifest-1-of-3.csv");
    CHECK(first.publish(entry("INV-1"), pdf).outcome == ArchiveOutcome::added);
    CHECK(second.publish(entry("INV-1"), pdf).outcome == ArchiveOutcome::unchanged);
    CHECK(second.publish(entry("INV-1"), "%PDF other").outcome == ArchiveOutcome::conflict);
    CHECK(rows(out.path() / "archive/manifest-1-of-2.csv") == 1);
    CHECK(rows(out.path() / "archive/manifest-1-of-3.csv") == 0);
    CHECK(verify(out.path()).status == 0);
}

TEST_CASE("archive: rows listing the same PDF again are tolerated, never rewritten",
          "[archive][shards]") {
    TempOutput out;
    duplicated_folder(out.path());
    const std::string part_2 = read_all(out.path() / "archive/manifest-1-of-2.csv");
    const std::string part_3 = read_all(out.path() / "archive/manifest-1-of-3.csv");
    {
        Archive archive(out.path(), "manifest.csv");
        CHECK(archive.size() == 1);
        REQUIRE(archive.notes().size() == 1);
        CHECK_THAT(archive.notes()[0], Catch::Contains("1 manifest rows list again a PDF") &&
                                           Catch::Contains("portalgen verify"));
        CHECK(archive.publish(entry("INV-1"), pdf).outcome == ArchiveOutcome::unchanged);
        CHECK(archive.publish(entry("INV-2"), pdf).outcome == ArchiveOutcome::added);
    }
    // The rows already archived are left exactly as they were.
    CHECK(read_all(out.path() / "archive/manifest-1-of-2.csv") == part_2);
    CHECK(read_all(out.path() / "archive/manifest-1-of-3.csv") == part_3);
    CHECK(rows(out.path() / "archive/manifest.csv") == 1);
}

TEST_CASE("archive: an invoice listed twice with different PDFs is refused", "[archive][shards]") {
    TempOutput out;
    duplicated_folder(out.path());
    std::string part = read_all(out.path() / "archive/manifest-1-of-3.csv");
    part.replace(part.find(",10.00,"), 7, ",11.00,");
    testing::write_all(out.path() / "archive/manifest-1-of-3.csv", part);
    CHECK_THROWS_WITH(Archive(out.path(), "manifest.csv"),
                      Catch::Contains("archive/manifest-1-of-3.csv:2: invoice INV-1 of C1 is "
                                      "already listed at archive/manifest-1-of-2.csv:2 with "
                                      "another PDF"));
    const Verified verified = verify(out.path());
    CHECK(verified.status == 1);
    CHECK_THAT(verified.err,
               Catch::Contains("archive/manifest-1-of-3.csv:2: archive/2026/C1/INV-1.pdf is "
                               "listed twice, with another PDF than at "
                               "archive/manifest-1-of-2.csv:2"));
}

TEST_CASE("verify: names each row listing a PDF again, as a warning", "[archive][verify][shards]") {
    TempOutput out;
    duplicated_folder(out.path());
    const Verified verified = verify(out.path());
    CHECK(verified.status == 0);
    CHECK(verified.err ==
          "archive/manifest-1-of-3.csv:2: warning: archive/2026/C1/INV-1.pdf is listed again, "
          "with the same PDF, first at archive/manifest-1-of-2.csv:2 (a duplicate row left by "
          "shard builds that overlapped; the PDF is archived once)\n");
    CHECK(verified.out ==
          "verify: 1 archived PDFs in 2 manifest parts: all intact; 1 duplicate manifest rows "
          "(the same PDF listed again); 2 rows written before the chain (not chained)\n");
}
