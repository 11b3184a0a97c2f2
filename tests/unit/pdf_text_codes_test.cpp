// A document's two-byte character codes (render/pdf_text_codes): dense, never a zero byte
// (libharu takes text as C strings), enough for every character of the plane.
#include "render/pdf_text_codes.h"

#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <vector>

using namespace portalgen;

TEST_CASE("pdf text codes: dense, and no byte is zero", "[pdf][codes]") {
    CHECK(PdfTextCodes::code(0) == 0x0101);
    CHECK(PdfTextCodes::code(254) == 0x01FF);
    CHECK(PdfTextCodes::code(255) == 0x0201);
    CHECK(PdfTextCodes::code(PdfTextCodes::kCapacity) == 0xFFFF);
    for (std::size_t k = 0; k <= PdfTextCodes::kCapacity; ++k) {
        const auto code = PdfTextCodes::code(k);
        if ((code & 0xFF) == 0 || (code >> 8) == 0) FAIL("code " << k << " has a zero byte");
        if (k > 0 && code <= PdfTextCodes::code(k - 1)) FAIL("code " << k << " is not increasing");
    }
}

TEST_CASE("pdf text codes: every character of the plane has a code", "[pdf][codes]") {
    std::vector<char16_t> characters;
    for (char32_t c = 0; c <= 0xFFFF; ++c)
        if (c < 0xD800 || c > 0xDFFF) characters.push_back(static_cast<char16_t>(c));
    const PdfTextCodes codes(characters);
    CHECK(codes.encode("\uFFFF") == std::string("\xF9\xF8", 2));  // index 63,487: 1+248, 1+247
}

TEST_CASE("pdf text codes: text outside the plane reads as U+FFFD", "[pdf][codes]") {
    PdfPage page;
    page.texts.push_back({0, 0, "a\xF0\x9F\x98\x80", PdfFontStyle::regular, 9, {}});  // a + emoji
    const std::vector<char16_t> characters = drawn_characters({page});
    REQUIRE(characters == std::vector<char16_t>{u'a', u'\uFFFD'});
    const PdfTextCodes codes(characters);
    CHECK(codes.encode("\xF0\x9F\x98\x80"
                       "a") == std::string("\x01\x02\x01\x01", 4));
    CHECK_THROWS_AS(codes.encode("b"), std::logic_error);
}
