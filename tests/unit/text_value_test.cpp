// The rules of every input text: UTF-8, no NUL, at most 10,000 characters (code points).
#include "core/text_value.h"

#include <catch2/catch.hpp>

using namespace portalgen;

namespace {
std::string repeat(const std::string& piece, size_t times) {
    std::string out;
    for (size_t i = 0; i < times; ++i) out += piece;
    return out;
}
}  // namespace

TEST_CASE("a text of 10,000 characters is accepted whatever their width, 10,001 are not") {
    for (const char* character : {"x", "é", "€", "😀"}) {
        INFO(character);
        CHECK_FALSE(text_value_problem(repeat(character, 10'000)));
        CHECK(text_value_problem(repeat(character, 10'001)) ==
              "text longer than 10000 characters (10001 characters)");
    }
    CHECK_FALSE(text_value_problem(""));
}

TEST_CASE("invalid UTF-8 and NUL are refused, at the character where they are") {
    using namespace std::string_literals;
    CHECK(text_value_problem("ab\0c"s) == "a NUL character at character 3");
    CHECK(text_value_problem("é\xff") == "invalid UTF-8 at character 2");
    CHECK(text_value_problem("\xc3") == "invalid UTF-8 at character 1");           // cut short
    CHECK(text_value_problem("a\xc0\xaf") == "invalid UTF-8 at character 2");      // overlong
    CHECK(text_value_problem("a\xe0\x80\xaf") == "invalid UTF-8 at character 2");  // overlong
    CHECK(text_value_problem("a\xed\xa0\x80") == "invalid UTF-8 at character 2");  // surrogate
    CHECK(text_value_problem("a\xf4\x90\x80\x80") == "invalid UTF-8 at character 2");
    CHECK(text_value_problem("a\x80") == "invalid UTF-8 at character 2");  // a lone continuation
    CHECK_FALSE(text_value_problem("\xf4\x8f\xbf\xbf"));                   // U+10FFFF
    CHECK_FALSE(text_value_problem("tab\tand\nline"));
}
