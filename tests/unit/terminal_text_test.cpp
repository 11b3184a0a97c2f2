// Data shown on a terminal (SPEC section 7): control characters escaped, never raw.
#include "core/terminal_text.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

using portalgen::escape_controls;
using portalgen::EscapeStyle;

TEST_CASE("terminal text: control characters are escaped, the rest kept", "[names]") {
    struct Case {
        std::string text;
        const char* terminal;
        const char* json;
    } cases[] = {
        {"Marie Tremblay", "Marie Tremblay", "Marie Tremblay"},
        {"Café 1 234,56 € 日本 😀 \\n", "Café 1 234,56 € 日本 😀 \\n", "Café 1 234,56 € 日本 😀 \\n"},
        {"\x1b[2Jgone", "\\x1b[2Jgone", "\\u001b[2Jgone"},
        {"line\r\nnext\tcell", "line\\x0d\\x0anext\\x09cell", "line\\u000d\\u000anext\\u0009cell"},
        {std::string("a\0b", 3), "a\\x00b", "a\\u0000b"},
        {"del\x7f", "del\\x7f", "del\\u007f"},
        {"csi\xc2\x9b"
         "31m",
         "csi\\u009b31m", "csi\\u009b31m"},  // U+009B, a C1 control
        {"evil\xe2\x80\xae"
         "gpj.exe",
         "evil\\u202egpj.exe", "evil\\u202egpj.exe"},  // RLO
        {"iso\xe2\x81\xa6x\xe2\x81\xa9", "iso\\u2066x\\u2069", "iso\\u2066x\\u2069"},
        {"sep\xe2\x80\xa8", "sep\\u2028", "sep\\u2028"},
        {"bad\xff\xc3", "bad\\xff\\xc3", "bad\\ufffd\\ufffd"},         // not UTF-8
        {"\xed\xa0\x80", "\\xed\\xa0\\x80", "\\ufffd\\ufffd\\ufffd"},  // a surrogate
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(escape_controls(c.text) == c.terminal);
        CHECK(escape_controls(c.text, EscapeStyle::json) == c.json);
    }
}

TEST_CASE("terminal text: JSON escaped after dump() stays the same JSON", "[names]") {
    const std::string name = "x\x1b[31m\xc2\x9b\x7f\xe2\x80\xae\"\\";
    const nlohmann::json value{{"name", name}};
    const std::string text = escape_controls(value.dump(), EscapeStyle::json);
    CHECK(text == R"({"name":"x\u001b[31m\u009b\u007f\u202e\"\\"})");
    CHECK(nlohmann::json::parse(text) == value);
}
