// `portalgen verify`: a clean archive passes; a missing, altered or unlisted PDF fails, named.
#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "archive_fixture.h"
#include "publish/archive.h"
#include "publish/verify.h"

using namespace portalgen;
using testing::TempOutput;

namespace {

void build_archive(const std::filesystem::path& out) {
    Archive whole(out, "manifest.csv");
    for (const char* number : {"INV/2026/00001", "INV/2026/00002"}) {
        whole.publish(
            ArchiveEntry{"C1001", number, InvoiceKind::invoice, *Date::parse("2026-11-01"), "", "",
                         "576.07", "CAD", "Seller", *Date::parse("2026-11-22"), ""},
            testing::tiny_pdf(number));
    }
    Archive shard(out, "manifest-2-of-3.csv");
    shard.publish(
        ArchiveEntry{"C2002", "RINV,1", InvoiceKind::credit_note, *Date::parse("2025-12-31"), "",
                     "", "50.00", "EUR", "Seller", *Date::parse("2026-01-02"), ""},
        testing::tiny_pdf("credit note"));
}

struct Outcome {
    int status;
    std::string out;
    std::string err;
};

Outcome verify(const std::filesystem::path& out_dir) {
    std::ostringstream out;
    std::ostringstream err;
    const int status = verify_archive(out_dir, out, err);
    return {status, out.str(), err.str()};
}

}  // namespace

TEST_CASE("verify: a clean archive", "[archive][verify]") {
    TempOutput out;
    build_archive(out.path());
    const Outcome result = verify(out.path());
    CHECK(result.status == 0);
    CHECK(result.err.empty());
    CHECK(result.out == "verify: 3 archived PDFs in 2 manifest parts: all intact\n");
}

TEST_CASE("verify: an altered byte is named", "[archive][verify]") {
    TempOutput out;
    build_archive(out.path());
    const auto file = out.path() / "archive/2026/C1001/INV-2026-00001.pdf";
    std::string bytes = testing::read_all(file);
    bytes[3] = 'X';
    testing::write_all(file, bytes);
    const Outcome result = verify(out.path());
    CHECK(result.status == 1);
    CHECK_THAT(result.err,
               Catch::StartsWith("archive/2026/C1001/INV-2026-00001.pdf: altered (sha256 ") &&
                   Catch::Contains(", expected "));
    CHECK(result.out == "verify: 3 archived PDFs in 2 manifest parts: 2 intact, 1 altered\n");

    // A truncated file tells its size too.
    testing::write_all(file, "%PDF");
    CHECK_THAT(verify(out.path()).err,
               Catch::Contains("4 bytes, expected " +
                               std::to_string(testing::tiny_pdf("INV/2026/00001").size())));
}

TEST_CASE("verify: a missing PDF is named", "[archive][verify]") {
    TempOutput out;
    build_archive(out.path());
    std::filesystem::remove(out.path() / "archive/2025/C2002/RINV-1.pdf");
    const Outcome result = verify(out.path());
    CHECK(result.status == 1);
    CHECK(result.err == "archive/2025/C2002/RINV-1.pdf: missing\n");
    CHECK_THAT(result.out, Catch::Contains("1 missing"));
}

TEST_CASE("verify: a PDF that no manifest lists is named", "[archive][verify]") {
    TempOutput out;
    build_archive(out.path());
    testing::write_all(out.path() / "archive/2026/C1001/EXTRA.pdf", "%PDF extra");
    // A temporary file of a write in progress is not part of the archive.
    testing::write_all(out.path() / "archive/2026/C1001/.portalgen-tmp-1-0-X.pdf", "%PDF");
    const Outcome result = verify(out.path());
    CHECK(result.status == 1);
    CHECK(result.err == "archive/2026/C1001/EXTRA.pdf: not in any manifest\n");
}

TEST_CASE("verify: no manifest, or an invalid one, fails", "[archive][verify]") {
    TempOutput out;
    const Outcome empty = verify(out.path());
    CHECK(empty.status == 1);
    CHECK_THAT(empty.err, Catch::Contains("no archive manifest"));

    build_archive(out.path());
    const auto manifest = out.path() / "archive/manifest.csv";
    testing::write_all(manifest, testing::read_all(manifest) + "C1001,INV-9,invoice\r\n");
    const Outcome invalid = verify(out.path());
    CHECK(invalid.status == 1);
    CHECK_THAT(invalid.err, Catch::Contains("archive/manifest.csv:4: expected 16 fields, found 3"));
}

TEST_CASE("verify: ids and numbers a spreadsheet would evaluate verify, quoted or not",
          "[archive][verify][names]") {
    TempOutput out;
    {
        Archive archive(out.path(), "manifest.csv");
        for (const char* number : {"=HYPERLINK(\"http://x\",\"y\")", "+1", "@x", "-2", "\tT"}) {
            archive.publish(
                ArchiveEntry{"-5", number, InvoiceKind::invoice, *Date::parse("2026-11-01"), "", "",
                             "576.07", "CAD", "Seller", *Date::parse("2026-11-22"), ""},
                testing::tiny_pdf(number));
        }
    }
    const std::string manifest = testing::read_all(out.path() / "archive/manifest.csv");
    CHECK_THAT(manifest, Catch::Contains("\n'-5,\"'=HYPERLINK(") && Catch::Contains("\n'-5,'+1,") &&
                             Catch::Contains("\n'-5,'@x,") && Catch::Contains("\n'-5,'-2,") &&
                             Catch::Contains("\n'-5,'\tT,"));
    CHECK(verify(out.path()).out == "verify: 5 archived PDFs in 1 manifest part: all intact\n");
    // The archive reads its rows back too: the same invoices are not archived twice.
    Archive again(out.path(), "manifest.csv");
    CHECK(again.size() == 5);
    CHECK(again.find("-5", InvoiceKind::invoice, "=HYPERLINK(\"http://x\",\"y\")"));

    // The same manifest as written before the quote marks still verifies.
    std::string old = manifest;
    for (std::size_t at; (at = old.find("'")) != std::string::npos;) old.erase(at, 1);
    testing::write_all(out.path() / "archive/manifest.csv", old);
    CHECK(verify(out.path()).out == "verify: 5 archived PDFs in 1 manifest part: all intact\n");
}

TEST_CASE("verify: an unlisted file's name is shown with its controls escaped",
          "[archive][verify][names]") {
    TempOutput out;
    build_archive(out.path());
    testing::write_all(out.path() / "archive/2026/C1001/\x1b[2J.pdf", "%PDF extra");
    CHECK(verify(out.path()).err == "archive/2026/C1001/\\x1b[2J.pdf: not in any manifest\n");
}
