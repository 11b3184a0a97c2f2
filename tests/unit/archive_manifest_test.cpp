// SHA-256 digests and the archive manifest's CSV: part names, RFC 4180 quoting, strict reading.
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "archive_fixture.h"
#include "core/sha256.h"
#include "publish/manifest.h"

using namespace portalgen;

namespace {

ManifestRow sample_row() {
    ManifestRow row;
    row.customer_id = "C1001";
    row.number = "INV/2026/00001";
    row.kind = "invoice";
    row.date = "2026-11-01";
    row.untaxed = "480.06";
    row.tax = "96.01";
    row.total = "576.07";
    row.currency = "CAD";
    row.seller = "Nimbus SAS";
    row.sha256 = std::string(64, 'a');
    row.bytes = 40340;
    row.archived_at = "2026-11-22T02:14:09Z";
    row.as_of = "2026-11-22";
    row.version = "1.1.0";
    row.chain = std::string(64, 'b');
    return row;
}

// A row's cells after its currency, as sample_row() writes them.
const std::string after_currency = ",Nimbus SAS," + std::string(64, 'a') +
                                   ",40340,2026-11-22T02:14:09Z,2026-11-22,1.1.0,," +
                                   std::string(64, 'b') + "\r\n";

// A hand-written row: its cells before the currency's, then CUR, SHA256, BYTES, AS_OF and the
// fingerprint.
std::string row_text(const std::string& head, const std::string& sha256, const std::string& bytes,
                     const std::string& fingerprint = "") {
    return head + ",CAD,Seller," + sha256 + "," + bytes +
           ",2026-11-22T02:14:09Z,2026-11-22,1.1.0," + fingerprint + "," + std::string(64, 'e') +
           "\r\n";
}

const std::string header = std::string(kManifestHeader) + "\r\n";

}  // namespace

TEST_CASE("sha256: known digests of bytes and of a file", "[archive][sha]") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    testing::TempOutput out;
    const std::string big(200'000, 'x');  // more than one read buffer
    testing::write_all(out.path() / "big.bin", big);
    CHECK(sha256_file_hex(out.path() / "big.bin") == sha256_hex(big));
    CHECK_THROWS_WITH(sha256_file_hex(out.path() / "nope.bin"), Catch::Contains("nope.bin"));
}

TEST_CASE("manifest: part names for whole and sharded builds", "[archive][manifest]") {
    CHECK(manifest_part_name(Shard{1, 1}) == "manifest.csv");
    CHECK(manifest_part_name(Shard{3, 8}) == "manifest-3-of-8.csv");
    CHECK(is_manifest_part_name("manifest.csv"));
    CHECK(is_manifest_part_name("manifest-12-of-100.csv"));
    CHECK_FALSE(is_manifest_part_name("manifest-3-of-.csv"));
    CHECK_FALSE(is_manifest_part_name("manifest-a-of-8.csv"));
    CHECK_FALSE(is_manifest_part_name("manifest.csv.bak"));
    CHECK_FALSE(is_manifest_part_name(".portalgen-tmp-1-manifest.csv"));
}

TEST_CASE("manifest: RFC 4180 quoting of a number with a comma or a quote", "[archive][manifest]") {
    CHECK(csv_field("INV/2026/00001") == "INV/2026/00001");
    CHECK(csv_field("INV,2026") == "\"INV,2026\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field(" padded") == "\" padded\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");

    ManifestRow row = sample_row();
    row.number = "INV,2026 \"A\"";
    row.customer_id = "C-1.x_2";
    const std::string line = format_manifest_row(row);
    CHECK(line == "C-1.x_2,\"INV,2026 \"\"A\"\"\",invoice,2026-11-01,480.06,96.01,576.07,CAD" +
                      after_currency);

    const ManifestParse parse = parse_manifest(header + line, "m.csv");
    CHECK(parse.problems.empty());
    REQUIRE(parse.rows.size() == 1);
    CHECK(parse.rows[0].number == "INV,2026 \"A\"");
    CHECK(parse.rows[0].customer_id == "C-1.x_2");
    CHECK(parse.rows[0].bytes == 40340);
    CHECK(parse.lines[0] == 2);
}

TEST_CASE("manifest: line feeds alone and quoted line breaks read too", "[archive][manifest]") {
    ManifestRow row = sample_row();
    row.number = "multi\nline";
    const std::string text = std::string(kManifestHeader) + "\n" + format_manifest_row(row) +
                             format_manifest_row(sample_row());
    const ManifestParse parse = parse_manifest(text, "m.csv");
    CHECK(parse.problems.empty());
    REQUIRE(parse.rows.size() == 2);
    CHECK(parse.rows[0].number == "multi\nline");
    CHECK(parse.lines[1] == 4);  // the quoted line break counts
}

TEST_CASE("manifest: invalid rows are named with their file and line", "[archive][manifest]") {
    const std::string good = format_manifest_row(sample_row());
    const std::string text =
        header + good + row_text("C1001,INV-2,invoice,2026-11-01,,,1.00", "xyz", "10") +
        row_text("C1001,INV-3,invoice,2026-02-30,,,1.00", std::string(64, 'b'), "10") +
        "C1001,INV-4,invoice\r\n" +
        row_text("C1001,INV-5,quote,2026-11-01,,,1.00", std::string(64, 'c'), "-1") +
        row_text("C1001,INV-6,invoice,2026-11-01,,,1.00", std::string(64, 'd'), "10", "v2:abc");
    const ManifestParse parse = parse_manifest(text, "archive/manifest.csv");
    CHECK(parse.rows.size() == 1);
    REQUIRE(parse.problems.size() == 5);
    CHECK(parse.problems[0] == "archive/manifest.csv:3: bad sha256 \"xyz\"");
    CHECK(parse.problems[1] == "archive/manifest.csv:4: bad date \"2026-02-30\"");
    CHECK(parse.problems[2] == "archive/manifest.csv:5: expected 16 fields, found 3");
    CHECK(parse.problems[3] == "archive/manifest.csv:6: bad kind \"quote\"");
    CHECK(parse.problems[4] == "archive/manifest.csv:7: bad fingerprint \"v2:abc\"");

    const ManifestParse wrong_header = parse_manifest("id,number\r\n", "m.csv");
    REQUIRE(wrong_header.problems.size() == 1);
    CHECK_THAT(wrong_header.problems[0], Catch::StartsWith("m.csv:1: not the manifest header"));
}

TEST_CASE("manifest: a torn last row is reported apart", "[archive][manifest]") {
    const std::string complete = header + format_manifest_row(sample_row());
    const ManifestParse parse = parse_manifest(complete + "C1002,INV/9,inv", "m.csv");
    CHECK(parse.problems.empty());
    CHECK(parse.rows.size() == 1);
    CHECK(parse.torn_tail);
    CHECK(parse.complete_bytes == complete.size());

    const ManifestParse whole = parse_manifest(complete, "m.csv");
    CHECK_FALSE(whole.torn_tail);
    CHECK(whole.complete_bytes == complete.size());
    // An unterminated quote at the end is torn too.
    CHECK(parse_manifest(complete + "C1,\"INV", "m.csv").torn_tail);
    CHECK(parse_manifest("", "m.csv").rows.empty());
}

TEST_CASE("manifest: read a chunk at a time, a long part gives what the whole text gives",
          "[archive][manifest]") {
    // Each row spans two lines (its number holds a quoted line break, a comma and a quote), so
    // rows straddle the reader's 1 MiB chunks; one row in the second chunk is invalid, and the
    // part ends with a torn row.
    for (int extra = 0; extra < 3; ++extra) {
        const int rows = 12'000 + extra;
        const int invalid = 9'000;
        std::string text = header;
        for (int i = 0; i < rows; ++i) {
            ManifestRow row = sample_row();
            row.number = "INV\r\n,\"" + std::to_string(i) + "\"";
            if (i == invalid) row.currency = "cad";
            text += format_manifest_row(row);
        }
        const std::size_t complete = text.size();
        text += "C1001,INV-torn,invoice,2026-11-01,1.00,CAD";
        REQUIRE(text.size() > (1u << 20));

        const ManifestParse whole = parse_manifest(text, "m.csv");
        std::vector<std::string> read_rows;
        std::vector<int> read_lines;
        std::istringstream in(text);
        const ManifestCheck check = read_manifest(in, "m.csv", [&](ManifestRow&& row, int line) {
            read_rows.push_back(format_manifest_row(row));
            read_lines.push_back(line);
        });

        CHECK(read_rows.size() == static_cast<std::size_t>(rows - 1));
        REQUIRE(check.problems.size() == 1);
        // The header is line 1 and every row takes two lines.
        CHECK(check.problems[0] ==
              "m.csv:" + std::to_string(2 + 2 * invalid) + ": bad currency \"cad\"");
        CHECK(read_lines.front() == 2);
        CHECK(read_lines.back() == 2 + 2 * (rows - 1));
        CHECK(check.torn_tail);
        CHECK(check.complete_bytes == complete);

        REQUIRE(whole.rows.size() == read_rows.size());
        for (std::size_t i = 0; i < read_rows.size(); ++i)
            CHECK(format_manifest_row(whole.rows[i]) == read_rows[i]);
        CHECK(whole.lines == read_lines);
        CHECK(whole.problems == check.problems);
        CHECK(whole.complete_bytes == check.complete_bytes);
    }
}

TEST_CASE("manifest: a cell a spreadsheet would evaluate gets a leading quote mark",
          "[archive][manifest][names]") {
    struct Case {
        const char* value;
        const char* cell;
    } cases[] = {
        {"=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"},
        {"+1", "'+1"},
        {"-5", "'-5"},  // a customer id may start with '-'
        {"@x", "'@x"},
        {"\tx", "'\tx"},
        {"\rx", "'\rx"},
        // Already one or more quote marks before such a character: one more, so that reading
        // takes exactly one off.
        {"'=x", "''=x"},
        {"''-1", "'''-1"},
        // The others as they are.
        {"INV/2026/00001", "INV/2026/00001"},
        {"'quoted", "'quoted"},
        {"'", "'"},
        {"a=b", "a=b"},
        {"", ""},
    };
    for (const auto& c : cases) {
        INFO(c.value);
        CHECK(formula_safe(c.value) == c.cell);
        CHECK(formula_unsafe(c.cell) == c.value);
    }

    // Written quoted for CSV when needed, and every such cell of a row read back as it was.
    ManifestRow row = sample_row();
    row.customer_id = "-5";
    row.number = "=HYPERLINK(\"http://evil.example\",\"x\"),@SUM(1+1)";
    const std::string line = format_manifest_row(row);
    CHECK(line ==
          "'-5,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\"),@SUM(1+1)\",invoice,"
          "2026-11-01,480.06,96.01,576.07,CAD" +
              after_currency);
    for (const std::string& number : {std::string("@x"), std::string("+1"), std::string("\tTAB"),
                                      std::string("\rCR"), std::string("'=x"), row.number}) {
        INFO(number);
        row.number = number;
        const ManifestParse parse = parse_manifest(header + format_manifest_row(row), "m.csv");
        CHECK(parse.problems.empty());
        REQUIRE(parse.rows.size() == 1);
        CHECK(parse.rows[0].number == number);
        CHECK(parse.rows[0].customer_id == "-5");
    }
}

TEST_CASE("manifest: a manifest written before the quote marks reads the same",
          "[archive][manifest][names]") {
    // Written before the chain too: its header, nine columns.
    const std::string text = std::string(kManifestHeaderV1) + "\r\n-5,=A1,invoice,2026-11-01," +
                             "576.07,CAD," + std::string(64, 'a') + ",40340,2026-11-22\r\n";
    const ManifestParse parse = parse_manifest(text, "m.csv");
    CHECK(parse.problems.empty());
    REQUIRE(parse.rows.size() == 1);
    CHECK(parse.rows[0].customer_id == "-5");
    CHECK(parse.rows[0].number == "=A1");
}

TEST_CASE("manifest: a problem quoting an edited cell shows its control characters escaped",
          "[archive][manifest][names]") {
    const std::string text =
        header + row_text("C1,INV-1,\x1b[2Jinvoice,2026-11-01,,,576.07", std::string(64, 'a'), "1");
    const ManifestParse parse = parse_manifest(text, "m.csv");
    REQUIRE(parse.problems.size() == 1);
    CHECK(parse.problems[0] == "m.csv:2: bad kind \"\\x1b[2Jinvoice\"");
}

TEST_CASE("manifest: a cancelled invoice's number is a row without a PDF", "[archive][manifest]") {
    ManifestRow row = sample_row();
    row.kind = "cancelled";
    row.sha256.clear();
    row.bytes = 0;
    ManifestParse parse = parse_manifest(header + format_manifest_row(row), "m.csv");
    CHECK(parse.problems.empty());
    REQUIRE(parse.rows.size() == 1);
    CHECK(parse.rows[0].kind == "cancelled");
    CHECK(parse.rows[0].sha256.empty());

    row.sha256 = std::string(64, 'a');  // a cancelled number lists no PDF
    parse = parse_manifest(header + format_manifest_row(row), "m.csv");
    REQUIRE(parse.problems.size() == 1);
    CHECK_THAT(parse.problems[0], Catch::Contains("bad sha256"));
}
