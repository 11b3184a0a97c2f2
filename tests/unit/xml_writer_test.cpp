// The XML writer (core/xml_writer.h): well-formed output whatever the text, checked names, one
// root.
#include "core/xml_writer.h"

#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

using portalgen::xml_escaped;
using portalgen::XmlWriter;

TEST_CASE("xml: text is escaped and what XML 1.0 forbids is replaced", "[xml]") {
    struct Case {
        std::string text;
        std::string element;
        std::string attribute;
    } cases[] = {
        {"Dupont & Fils <SA>", "Dupont &amp; Fils &lt;SA&gt;", "Dupont &amp; Fils &lt;SA&gt;"},
        {"l'\"été\" ]]>", "l&apos;&quot;été&quot; ]]&gt;", "l&apos;&quot;été&quot; ]]&gt;"},
        {"a\tb\nc\r\nd", "a\tb\nc&#13;\nd", "a&#9;b&#10;c&#13;&#10;d"},
        {"€ 日本 😀", "€ 日本 😀", "€ 日本 😀"},
        {std::string("nul\0x", 5), "nul\xEF\xBF\xBDx", "nul\xEF\xBF\xBDx"},
        {"\x01\x0b\x0c\x1f", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
         "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
        {"del\x7f c1\xc2\x85", "del\x7f c1\xc2\x85", "del\x7f c1\xc2\x85"},  // allowed by XML 1.0
        {"\xef\xbf\xbe\xef\xbf\xbf", "\xEF\xBF\xBD\xEF\xBF\xBD", "\xEF\xBF\xBD\xEF\xBF\xBD"},
        {"\xed\xa0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",  // a surrogate: 3 bad bytes
         "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
        {"bad\xff\xc3", "bad\xEF\xBF\xBD\xEF\xBF\xBD", "bad\xEF\xBF\xBD\xEF\xBF\xBD"},
        {"\xf4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",  // > U+10FFFF
         "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(xml_escaped(c.text) == c.element);
        CHECK(xml_escaped(c.text, true) == c.attribute);
    }
}

TEST_CASE("xml: the writer nests, closes and refuses what would not be XML", "[xml]") {
    XmlWriter xml;
    xml.open("a:root", {{"xmlns:a", "urn:x"}});
    xml.element("a:item", "1 < 2", {{"code", "\"q\""}});
    xml.open("a:inner");
    CHECK(xml.finish() ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<a:root xmlns:a=\"urn:x\">\n"
          "  <a:item code=\"&quot;q&quot;\">1 &lt; 2</a:item>\n"
          "  <a:inner>\n"
          "  </a:inner>\n"
          "</a:root>\n");

    XmlWriter bad;
    for (const char* name : {"", "1a", "a b", "a>", "a:", ":a", "a:b:c", "a:1", "é"})
        CHECK_THROWS_AS(bad.element(name, "x"), std::invalid_argument);
    CHECK_THROWS_AS(bad.open("a", {{"x y", "1"}}), std::invalid_argument);
    CHECK_THROWS_AS(bad.finish(), std::logic_error);  // no root
    CHECK_THROWS_AS(bad.close(), std::logic_error);
    bad.element("root", "");
    CHECK_THROWS_AS(bad.element("second", ""), std::logic_error);
}
