// The records of published files: content hashes, and their text form in the publish state.
#include "publish/file_records.h"

#include <catch2/catch.hpp>

using namespace portalgen;

TEST_CASE("a content hash is XXH3 64-bit in 16 hex digits") {
    CHECK(content_hash("") == "2d06800538d394c2");  // XXH3_64bits of no bytes, seed 0
    CHECK(content_hash("page").size() == 16);
    CHECK(content_hash("page") != content_hash("Page"));
}

TEST_CASE("file records go to text and back; lines that do not parse are skipped") {
    const FileRecords records{
        {"en/index.html", {48212, 1764000000123456789, "0123456789abcdef", ""}},
        {"en/invoices/INV 2026 1.html", {10, -5, "fedcba9876543210", "00ff.1"}},
    };
    const std::string text = to_text(records);
    CHECK(text ==
          "0123456789abcdef 48212 1764000000123456789 en/index.html\n"
          "fedcba9876543210+00ff.1 10 -5 en/invoices/INV 2026 1.html\n");
    CHECK(file_records_from_text(text) == records);
    CHECK(file_records_from_text("").empty());
    CHECK(file_records_from_text("short 1 2 a.html\n"
                                 "0123456789abcdef x 2 b.html\n"
                                 "0123456789abcdef 1 2\n"
                                 "0123456789abcdef+ 1 2 no-source.html\n"
                                 "0123456789abcd+ef 1 2 short.html\n"
                                 "0123456789abcdef 1 2 ok.html")
              .size() == 2);
    // A record written before sources were kept reads without one.
    CHECK(file_records_from_text("0123456789abcdef 1 2 old.html\n").at("old.html").source.empty());
}
