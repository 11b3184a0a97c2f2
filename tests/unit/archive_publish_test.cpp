// The archive: PDFs written once and listed, unchanged on rebuild, conflicts that touch nothing,
// shard parts, recovery after an interrupted build, and publishing from many threads.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

#include "archive_fixture.h"
#include "core/sha256.h"
#include "publish/archive.h"
#include "publish/atomic_file.h"

using namespace portalgen;
using testing::read_all;
using testing::TempOutput;

namespace {

ArchiveEntry entry(const std::string& number = "INV/2026/00001",
                   const std::string& customer = "C1001") {
    return ArchiveEntry{customer,
                        number,
                        InvoiceKind::invoice,
                        *Date::parse("2026-11-01"),
                        "480.06",
                        "96.01",
                        "576.07",
                        "CAD",
                        "Seller",
                        *Date::parse("2026-11-22"),
                        ""};
}

const std::string pdf_a = "%PDF-1.3 first version";
const std::string pdf_b = "%PDF-1.3 second version";

// The temporary files in OUT/archive itself, where PDFs are spooled.
std::size_t spooled_files(const std::filesystem::path& out) {
    std::size_t n = 0;
    for (const auto& file : std::filesystem::directory_iterator(out / "archive"))
        n += is_temporary_file_name(file.path().filename().string());
    return n;
}

}  // namespace

TEST_CASE("archive: the path of an archived PDF", "[archive]") {
    CHECK(archive_pdf_path("C1001", *Date::parse("2026-11-01"), "INV/2026/00001") ==
          "archive/2026/C1001/INV-2026-00001.pdf");
    CHECK(archive_pdf_path("..", *Date::parse("2025-01-31"), "../x") ==
          "archive/2025/_../_..-x.pdf");
}

TEST_CASE("archive: a new invoice is written once and listed", "[archive][manifest]") {
    TempOutput out;
    {
        Archive archive(out.path(), "manifest.csv");
        archive.set_clock([] { return std::string("2026-11-22T02:14:09Z"); });
        const ArchiveResult result = archive.publish(entry(), pdf_a);
        CHECK(result.outcome == ArchiveOutcome::added);
        CHECK(result.path == "archive/2026/C1001/INV-2026-00001.pdf");
        CHECK(result.sha256 == sha256_hex(pdf_a));
        CHECK(read_all(out.path() / result.path) == pdf_a);
    }
    const std::string manifest = read_all(out.path() / "archive/manifest.csv");
    // The first row's chain: SHA-256 of "" (no previous row), a line feed and its other cells.
    const std::string cells =
        "C1001,INV/2026/00001,invoice,2026-11-01,480.06,96.01,576.07,CAD,"
        "Seller," +
        sha256_hex(pdf_a) + "," + std::to_string(pdf_a.size()) +
        ",2026-11-22T02:14:09Z,2026-11-22," + PORTALGEN_VERSION + ",";
    CHECK(manifest ==
          std::string(kManifestHeader) + "\r\n" + cells + "," + sha256_hex("\n" + cells) + "\r\n");
    // Its JSON Lines twin holds the same row.
    const std::string json = read_all(out.path() / "archive/manifest.jsonl");
    CHECK_THAT(json, Catch::StartsWith("{\"customer_id\":\"C1001\",\"number\":\"INV/2026/00001\""));
    CHECK_THAT(json, Catch::EndsWith(",\"chain\":\"" + sha256_hex("\n" + cells) + "\"}\n"));
    // No temporary file is left beside it.
    CHECK(std::distance(std::filesystem::directory_iterator(out.path() / "archive/2026/C1001"),
                        std::filesystem::directory_iterator()) == 1);

    // The next night: same bytes, nothing written.
    Archive again(out.path(), "manifest.csv");
    CHECK(again.size() == 1);
    CHECK(again.publish(entry(), pdf_a).outcome == ArchiveOutcome::unchanged);
    CHECK(read_all(out.path() / "archive/manifest.csv") == manifest);
    REQUIRE(again.find("C1001", InvoiceKind::invoice, "INV/2026/00001"));
    CHECK_FALSE(again.find("C1001", InvoiceKind::credit_note, "INV/2026/00001"));
}

TEST_CASE("archive: different bytes for an archived invoice are a conflict, nothing touched",
          "[archive]") {
    TempOutput out;
    Archive archive(out.path(), "manifest.csv");
    archive.publish(entry(), pdf_a);
    const std::string manifest = read_all(out.path() / "archive/manifest.csv");

    const ArchiveResult result = archive.publish(entry(), pdf_b);
    CHECK(result.outcome == ArchiveOutcome::conflict);
    CHECK(result.archived_sha256 == sha256_hex(pdf_a));
    CHECK_THAT(result.message, Catch::StartsWith("archive/2026/C1001/INV-2026-00001.pdf: ") &&
                                   Catch::Contains(sha256_hex(pdf_b)));
    CHECK(read_all(out.path() / result.path) == pdf_a);
    CHECK(read_all(out.path() / "archive/manifest.csv") == manifest);

    // Even when the invoice's date moved to another year: it stays where it was archived.
    ArchiveEntry moved = entry();
    moved.date = *Date::parse("2027-01-05");
    const ArchiveResult later = Archive(out.path(), "manifest.csv").publish(moved, pdf_b);
    CHECK(later.outcome == ArchiveOutcome::conflict);
    CHECK(later.path == "archive/2026/C1001/INV-2026-00001.pdf");
    CHECK_FALSE(std::filesystem::exists(out.path() / "archive/2027"));
}

TEST_CASE("archive: a conflict is judged on the invoice's content, not on its PDF's bytes",
          "[archive]") {
    const std::string content_a = "v1:" + std::string(64, 'a');
    const std::string content_b = "v1:" + std::string(64, 'b');
    TempOutput out;
    ArchiveEntry issued = entry();
    issued.fingerprint = content_a;
    Archive(out.path(), "manifest.csv").publish(issued, pdf_a);
    const std::string manifest = read_all(out.path() / "archive/manifest.csv");
    CHECK_THAT(manifest, Catch::Contains(",2026-11-22," + std::string(PORTALGEN_VERSION) + "," +
                                         content_a + ","));

    // Drawn otherwise (a new font, a newer libharu), the same invoice: no alarm, the file stays.
    Archive archive(out.path(), "manifest.csv");
    CHECK(archive.publish(issued, pdf_b).outcome == ArchiveOutcome::unchanged);
    CHECK(read_all(out.path() / "archive/2026/C1001/INV-2026-00001.pdf") == pdf_a);

    // Its content changed (a price): a conflict naming both contents, nothing touched.
    ArchiveEntry changed = issued;
    changed.fingerprint = content_b;
    const ArchiveResult result = archive.publish(changed, pdf_a);
    CHECK(result.outcome == ArchiveOutcome::conflict);
    CHECK_THAT(result.message, Catch::Contains(content_a) && Catch::Contains(content_b) &&
                                   Catch::Contains("changed after it was issued"));
    CHECK(read_all(out.path() / "archive/manifest.csv") == manifest);

    // The file gone: the same bytes are put back; other bytes of the same invoice are not.
    std::filesystem::remove(out.path() / "archive/2026/C1001/INV-2026-00001.pdf");
    CHECK(archive.publish(issued, pdf_b).outcome == ArchiveOutcome::conflict);
    CHECK_FALSE(std::filesystem::exists(out.path() / "archive/2026/C1001/INV-2026-00001.pdf"));
    CHECK(archive.publish(issued, pdf_a).outcome == ArchiveOutcome::restored);
    CHECK(read_all(out.path() / "archive/2026/C1001/INV-2026-00001.pdf") == pdf_a);
}

TEST_CASE("archive: a manifest written before fingerprints gets the column, its rows as they were",
          "[archive][manifest]") {
    TempOutput out;
    const std::string old_row = "C1001,INV/2026/00001,invoice,2026-11-01,576.07,CAD," +
                                sha256_hex(pdf_a) + "," + std::to_string(pdf_a.size()) +
                                ",2026-11-22";
    testing::write_all(out.path() / "archive/manifest.csv",
                       std::string(kManifestHeaderV1) + "\r\n" + old_row + "\r\n");
    testing::write_all(out.path() / "archive/2026/C1001/INV-2026-00001.pdf", pdf_a);
    {
        Archive archive(out.path(), "manifest.csv");
        // The old row has no fingerprint: its bytes are all it can be judged on.
        CHECK(archive.publish(entry(), pdf_a).outcome == ArchiveOutcome::unchanged);
        ArchiveEntry next = entry("INV/2026/00002");
        next.fingerprint = "v1:" + std::string(64, 'c');
        CHECK(archive.publish(next, pdf_b).outcome == ArchiveOutcome::added);
    }
    const std::string manifest = read_all(out.path() / "archive/manifest.csv");
    // The old row in the current columns (what it lacks left empty), chained as the first row.
    const std::string migrated = "C1001,INV/2026/00001,invoice,2026-11-01,,,576.07,CAD,," +
                                 sha256_hex(pdf_a) + "," + std::to_string(pdf_a.size()) +
                                 ",,2026-11-22,,";
    CHECK_THAT(manifest,
               Catch::StartsWith(std::string(kManifestHeader) + "\r\n" + migrated + "," +
                                 sha256_hex("\n" + migrated) + "\r\nC1001,INV/2026/00002,"));
    ManifestParse parse = parse_manifest(manifest, "manifest.csv");
    CHECK(parse.problems.empty());
    REQUIRE(parse.rows.size() == 2);
    CHECK(parse.rows[0].fingerprint.empty());
    CHECK(parse.rows[1].fingerprint == "v1:" + std::string(64, 'c'));
}

TEST_CASE("archive: a spooled PDF waits on disk and leaves nothing behind, whatever its outcome",
          "[archive]") {
    TempOutput out;
    Archive archive(out.path(), "manifest.csv");
    const std::filesystem::path archived = out.path() / "archive/2026/C1001/INV-2026-00001.pdf";

    SpooledPdf first = archive.spool(pdf_a);
    CHECK(spooled_files(out.path()) == 1);
    CHECK(first.sha256() == sha256_hex(pdf_a));
    CHECK(first.size() == pdf_a.size());
    CHECK(archive.publish(entry(), std::move(first)).outcome == ArchiveOutcome::added);
    CHECK(read_all(archived) == pdf_a);
    CHECK(spooled_files(out.path()) == 0);

    CHECK(archive.publish(entry(), archive.spool(pdf_b)).outcome == ArchiveOutcome::conflict);
    CHECK(spooled_files(out.path()) == 0);
    CHECK(archive.publish(entry(), archive.spool(pdf_a)).outcome == ArchiveOutcome::unchanged);
    CHECK(spooled_files(out.path()) == 0);
    std::filesystem::remove(archived);
    CHECK(archive.publish(entry(), archive.spool(pdf_a)).outcome == ArchiveOutcome::restored);
    CHECK(read_all(archived) == pdf_a);
    CHECK(spooled_files(out.path()) == 0);

    {
        // Never published (the build stopped): removed with its handle, once.
        SpooledPdf kept = archive.spool(pdf_a);
        SpooledPdf dropped = archive.spool(pdf_b);
        CHECK(spooled_files(out.path()) == 2);
        kept = std::move(dropped);
        CHECK(spooled_files(out.path()) == 1);
        CHECK(kept.sha256() == sha256_hex(pdf_b));
    }
    CHECK(spooled_files(out.path()) == 0);
    CHECK(archive.size() == 1);
}

TEST_CASE("archive: shards append to their own part and see every part", "[archive][manifest]") {
    TempOutput out;
    Archive(out.path(), "manifest-1-of-2.csv").publish(entry("A-1", "C1"), pdf_a);
    Archive(out.path(), "manifest-2-of-2.csv").publish(entry("B-1", "C2"), pdf_b);
    CHECK(std::filesystem::exists(out.path() / "archive/manifest-1-of-2.csv"));
    CHECK(std::filesystem::exists(out.path() / "archive/manifest-2-of-2.csv"));

    // A whole build afterwards knows both invoices.
    Archive whole(out.path(), "manifest.csv");
    CHECK(whole.size() == 2);
    CHECK(whole.publish(entry("A-1", "C1"), pdf_a).outcome == ArchiveOutcome::unchanged);
    CHECK(whole.publish(entry("B-1", "C2"), pdf_a).outcome == ArchiveOutcome::conflict);
    CHECK_THROWS_AS(Archive(out.path(), "notes.txt"), std::invalid_argument);
}

TEST_CASE("archive: recovery after an interrupted build", "[archive][manifest]") {
    TempOutput out;
    {
        Archive archive(out.path(), "manifest.csv");
        archive.publish(entry("INV-1"), pdf_a);
    }
    const auto manifest_path = out.path() / "archive/manifest.csv";
    const std::string complete = read_all(manifest_path);

    SECTION("a torn last row is cut before appending") {
        testing::write_all(manifest_path, complete + "C1001,INV-2,invo");
        Archive archive(out.path(), "manifest.csv");
        REQUIRE(archive.notes().size() == 1);
        CHECK_THAT(archive.notes()[0], Catch::Contains("incomplete last row"));
        CHECK(read_all(manifest_path) == complete);
        CHECK(archive.publish(entry("INV-2"), pdf_b).outcome == ArchiveOutcome::added);
        const ManifestParse parse = parse_manifest(read_all(manifest_path), "m");
        CHECK(parse.problems.empty());
        CHECK(parse.rows.size() == 2);
    }
    SECTION("a PDF written without its row is listed when the bytes match") {
        const auto file = out.path() / "archive/2026/C1001/INV-2.pdf";
        testing::write_all(file, pdf_b);
        Archive archive(out.path(), "manifest.csv");
        CHECK(archive.publish(entry("INV-2"), pdf_b).outcome == ArchiveOutcome::added);
        CHECK(archive.size() == 2);
    }
    SECTION("a stranger's file in the way is a conflict and stays") {
        const auto file = out.path() / "archive/2026/C1001/INV-2.pdf";
        testing::write_all(file, "not ours");
        Archive archive(out.path(), "manifest.csv");
        const ArchiveResult result = archive.publish(entry("INV-2"), pdf_b);
        CHECK(result.outcome == ArchiveOutcome::conflict);
        CHECK_THAT(result.message, Catch::Contains("in no manifest"));
        CHECK(read_all(file) == "not ours");
        CHECK(read_all(manifest_path) == complete);
    }
    SECTION("a deleted PDF with the same bytes is put back") {
        std::filesystem::remove(out.path() / "archive/2026/C1001/INV-1.pdf");
        Archive archive(out.path(), "manifest.csv");
        CHECK(archive.publish(entry("INV-1"), pdf_a).outcome == ArchiveOutcome::restored);
        CHECK(read_all(out.path() / "archive/2026/C1001/INV-1.pdf") == pdf_a);
        CHECK(read_all(manifest_path) == complete);
    }
}

TEST_CASE("archive: an invalid manifest is refused before anything is added",
          "[archive][manifest]") {
    TempOutput out;
    testing::write_all(out.path() / "archive/manifest.csv",
                       std::string(kManifestHeader) + "\r\nC1001,INV-1,invoice\r\n");
    CHECK_THROWS_WITH(Archive(out.path(), "manifest-1-of-2.csv"),
                      Catch::Contains("archive/manifest.csv:2: expected 16 fields, found 3"));
}

TEST_CASE("archive: publishing from several threads at once", "[archive][manifest]") {
    TempOutput out;
    {
        Archive archive(out.path(), "manifest.csv");
        std::vector<std::thread> threads;
        for (int t = 0; t < 6; ++t) {
            threads.emplace_back([&archive, t] {
                for (int i = 0; i < 20; ++i) {
                    const std::string number = "INV-" + std::to_string(t) + "-" + std::to_string(i);
                    CHECK(archive.publish(entry(number), "%PDF " + number).outcome ==
                          ArchiveOutcome::added);
                }
            });
        }
        for (auto& thread : threads) thread.join();
    }
    const ManifestParse parse = parse_manifest(read_all(out.path() / "archive/manifest.csv"), "m");
    CHECK(parse.problems.empty());
    CHECK(parse.rows.size() == 120);
    CHECK(Archive(out.path(), "manifest.csv").size() == 120);
}

TEST_CASE("archive: nothing is written through a symbolic link put in the archive", "[archive]") {
    TempOutput out;
    const auto outside = out.path().parent_path() / (out.path().filename().string() + "-outside");
    std::filesystem::create_directories(outside);
    {
        Archive archive(out.path(), "manifest.csv");
        archive.publish(entry(), pdf_a);
    }
    // A year of the archive replaced by a link to an empty folder elsewhere: the archived PDF
    // is missing, and restoring it must not write there.
    std::filesystem::remove_all(out.path() / "archive/2026");
    std::filesystem::create_directory_symlink(outside, out.path() / "archive/2026");
    {
        Archive archive(out.path(), "manifest.csv");
        CHECK_THROWS_WITH(archive.publish(entry(), pdf_a),
                          Catch::Contains((out.path() / "archive/2026").string() +
                                          " is a symbolic link (nothing is written outside"));
        CHECK_THROWS_WITH(archive.publish(entry("INV/2026/00002"), pdf_b),
                          Catch::Contains("is a symbolic link"));
    }
    CHECK(std::filesystem::is_empty(outside));
    // The archive folder itself replaced by a link: refused before the manifest is touched.
    std::filesystem::rename(out.path() / "archive", outside / "archive");
    std::filesystem::create_directory_symlink(outside / "archive", out.path() / "archive");
    const std::string manifest = read_all(outside / "archive/manifest.csv");
    CHECK_THROWS_WITH(Archive(out.path(), "manifest-1-of-2.csv"),
                      Catch::Contains((out.path() / "archive").string() + " is a symbolic link"));
    CHECK(read_all(outside / "archive/manifest.csv") == manifest);
    CHECK_FALSE(std::filesystem::exists(outside / "archive/manifest-1-of-2.csv"));
    std::filesystem::remove_all(outside);
}

namespace {

std::size_t lines_of(const std::filesystem::path& file) {
    const std::string text = read_all(file);
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

TEST_CASE("archive: a batch's rows reach the manifest together at its commit, after its files",
          "[archive][manifest]") {
    TempOutput out;
    const std::filesystem::path csv = out.path() / "archive/manifest.csv";
    const std::filesystem::path json = out.path() / "archive" / manifest_json_name("manifest.csv");
    {
        Archive archive(out.path(), "manifest.csv");
        archive.begin_batch();
        CHECK(archive.publish(entry("INV-1"), pdf_a).outcome == ArchiveOutcome::added);
        CHECK(archive.publish(entry("INV-2"), pdf_b).outcome == ArchiveOutcome::added);
        CHECK(archive.record_cancelled(entry("INV-3")));
        // Named already; listed only at the commit (the header alone until then).
        CHECK(read_all(out.path() / "archive/2026/C1001/INV-1.pdf") == pdf_a);
        CHECK(read_all(out.path() / "archive/2026/C1001/INV-2.pdf") == pdf_b);
        CHECK(lines_of(csv) == 1);
        CHECK(archive.part_rows() == 3);
        archive.commit();
        CHECK(lines_of(csv) == 4);
        CHECK(lines_of(json) == 3);
        // Without a batch, at once.
        CHECK(archive.publish(entry("INV-4"), pdf_a).outcome == ArchiveOutcome::added);
        CHECK(lines_of(csv) == 5);
        // A batch never committed: a build that failed before the customer was done.
        archive.begin_batch();
        CHECK(archive.publish(entry("INV-5"), pdf_b).outcome == ArchiveOutcome::added);
    }
    CHECK(lines_of(csv) == 5);
    CHECK(read_all(out.path() / "archive/2026/C1001/INV-5.pdf") == pdf_b);
    // The next build finds the file with no row, the same bytes: it lists it.
    Archive next(out.path(), "manifest.csv");
    CHECK(next.size() == 4);
    CHECK(next.publish(entry("INV-5"), pdf_b).outcome == ArchiveOutcome::added);
    CHECK(lines_of(csv) == 6);
    CHECK(lines_of(json) == 5);
    const std::optional<ManifestRow> listed = next.find("C1001", InvoiceKind::invoice, "INV-5");
    REQUIRE(listed);
    CHECK(listed->sha256 == sha256_hex(pdf_b));
}
