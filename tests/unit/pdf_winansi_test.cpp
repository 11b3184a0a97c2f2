// WinAnsi (Windows-1252) text for the simple-font fast path, narrow no-break spaces included.
#include "render/pdf_winansi.h"

#include <catch2/catch.hpp>
#include <string>

using namespace portalgen;

TEST_CASE("pdf winansi: codes of Latin-1 and the 0x80-0x9F extras", "[pdf][winansi]") {
    CHECK(winansi_code('A') == 'A');
    CHECK(winansi_code(0xE9) == 0xE9);    // é
    CHECK(winansi_code(0xA0) == 0xA0);    // no-break space
    CHECK(winansi_code(0x20AC) == 0x80);  // €
    CHECK(winansi_code(0x2019) == 0x92);  // ’
    CHECK(winansi_code(0x2014) == 0x97);  // —
    CHECK(winansi_code(0x0152) == 0x8C);  // Œ
    CHECK(winansi_code(0x0178) == 0x9F);  // Ÿ
    CHECK_FALSE(winansi_code(0x0141));    // Ł
    CHECK_FALSE(winansi_code(0x2212));    // minus sign
    CHECK_FALSE(winansi_code(0x81));      // unused code
    CHECK_FALSE(winansi_code('\n'));
}

TEST_CASE("pdf winansi: which texts fit", "[pdf][winansi]") {
    CHECK(fits_winansi("Montréal — « Œuvre » 1\u202F234,56\u00A0€ ™"));
    CHECK_FALSE(fits_winansi("Łódź"));
    CHECK_FALSE(fits_winansi("Γιώργος"));
    CHECK_FALSE(fits_winansi("−5"));
}

TEST_CASE("pdf winansi: narrow no-break spaces become narrowed spaces", "[pdf][winansi]") {
    const WinAnsiText plain = encode_winansi("Québec 100\u00A0€");
    CHECK_FALSE(plain.narrow_spaces);
    CHECK(plain.bytes ==
          "Qu\xE9"
          "bec 100\xA0\x80");

    // Spaces turn into no-break spaces (same width), U+202F into the only 0x20 bytes, which word
    // spacing then narrows.
    const WinAnsiText narrow = encode_winansi("Total 1\u202F234,56\u00A0€");
    CHECK(narrow.narrow_spaces);
    CHECK(narrow.bytes ==
          "Total\xA0"
          "1 234,56\xA0\x80");
}
