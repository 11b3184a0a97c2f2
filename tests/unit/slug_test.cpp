// File names of documents (SPEC section 4): every character outside [A-Za-z0-9._-] becomes '-',
// and a slug that would name a hidden file or a folder ("." "..") gets a leading '_'.
#include "core/slug.h"

#include <catch2/catch.hpp>
#include <string>

using portalgen::slug_of;

TEST_CASE("slug of a document number") {
    struct Case {
        const char* number;
        const char* slug;
    } cases[] = {
        // SPEC section 4's example.
        {"INV/2026/00001", "INV-2026-00001"},
        {"RINV/2026/00001", "RINV-2026-00001"},
        // Allowed characters are kept as they are.
        {"S00042", "S00042"},
        {"26367", "26367"},
        {"SUB-0001", "SUB-0001"},
        {"a.b_c-D9", "a.b_c-D9"},
        {"-x", "-x"},
        {"_x", "_x"},
        {"x.", "x."},
        {"v1..2", "v1..2"},
        // "." and "..", and anything starting with ".", get a leading "_".
        {".", "_."},
        {"..", "_.."},
        {".hidden", "_.hidden"},
        {"..hidden", "_..hidden"},
        {"../etc/passwd", "_..-etc-passwd"},
        {"./x", "_.-x"},
        // Separators and other ASCII become '-', one each.
        {"a/../b", "a-..-b"},
        {"a\\b", "a-b"},
        {"INV 2026 1", "INV-2026-1"},
        {"  x", "--x"},
        {"tab\there", "tab-here"},
        {"a:b*c?d", "a-b-c-d"},
        {"<>&\"'|", "------"},
        {"50%", "50-"},
        // A character outside ASCII is one '-', whatever its UTF-8 length.
        {"Café", "Caf-"},              // é: 2 bytes
        {"café crème", "caf--cr-me"},  // é, space, è
        {"€100", "-100"},              // €: 3 bytes
        {"日本", "--"},                // 3 bytes each
        {"😀1", "-1"},                  // 4 bytes
        // A leading non-ASCII character makes a leading '-', not a hidden name.
        {"·x", "-x"},
    };
    for (const auto& c : cases) {
        INFO('"' << c.number << '"');
        CHECK(slug_of(c.number) == c.slug);
    }
}

TEST_CASE("a slug is always a plain file name") {
    const char* numbers[] = {".", "..", "...", ".a", "/", "//", "a/b", "..\\..", "é", "INV/1"};
    for (const char* number : numbers) {
        INFO('"' << number << '"');
        std::string slug = slug_of(number);
        REQUIRE_FALSE(slug.empty());
        CHECK(slug.front() != '.');
        CHECK(slug != ".");
        CHECK(slug != "..");
        for (char c : slug) {
            bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                           (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
            CHECK(allowed);
        }
    }
    // Distinct numbers may share a slug: the importer refuses such pairs (SPEC section 1).
    CHECK(slug_of("INV/1") == slug_of("INV 1"));
    CHECK(slug_of("INV/1") != slug_of("INV/2"));
}

TEST_CASE("slug key: names that would be one file on a case-insensitive file system", "[names]") {
    using portalgen::slug_clash;
    using portalgen::slug_key;
    CHECK(slug_key("INV/2026/00001") == "inv-2026-00001");
    CHECK(slug_key(".a") == slug_key("_.a"));  // "_.a" both: the same file anywhere
    CHECK(slug_key("C1") == slug_key("c1"));
    CHECK(slug_key("Café") == slug_key("CAFÉ"));  // é and É are both '-'
    CHECK(slug_key("a") != slug_key("b"));
    CHECK(slug_clash(".a", "_.a") == "would have the same file name \"_.a\"");
    CHECK(slug_clash("inv-1", "INV/1") ==
          "would have file names that differ only by case (\"inv-1\", \"INV-1\")");
    CHECK(portalgen::kMaxSlugBytes == 120);
}
