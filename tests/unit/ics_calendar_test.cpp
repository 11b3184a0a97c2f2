// iCalendar text (RFC 5545): escaping of TEXT values, folding at 75 octets without cutting a
// UTF-8 character, and a whole calendar written out by hand.
#include "render/ics_calendar.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace portalgen;

namespace {

std::vector<std::string> physical_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end = text.find("\r\n"); end != std::string::npos;
         end = text.find("\r\n", start)) {
        lines.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    CHECK(start == text.size());  // every line ends with CRLF
    return lines;
}

std::string unfolded(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& line : lines) out += line.starts_with(" ") ? line.substr(1) : line;
    return out;
}

}  // namespace

TEST_CASE("TEXT values escape backslash, semicolon, comma and line breaks", "[ics]") {
    CHECK(ics_text("a,b;c\\d") == "a\\,b\\;c\\\\d");
    CHECK(ics_text("one\ntwo\r\nthree") == "one\\ntwo\\nthree");
    CHECK(ics_text("Échéance : 1 234,56 $") == "Échéance : 1 234\\,56 $");
}

TEST_CASE("content lines fold at 75 octets", "[ics]") {
    const std::string ascii = "SUMMARY:" + std::string(200, 'x');
    const auto lines = physical_lines(ics_line(ascii));
    REQUIRE(lines.size() == 3);  // 75 + (1 + 74) + (1 + 59): 8 + 200 = 208 = 75 + 74 + 59
    CHECK(lines[0].size() == 75);
    CHECK(lines[1].size() == 75);
    CHECK(lines[2].size() == 60);
    CHECK(unfolded(lines) == ascii);

    // "é" is two octets: a fold never falls between them.
    std::string accents = "SUMMARY:";
    for (int i = 0; i < 60; ++i) accents += "é";
    const auto folded = physical_lines(ics_line(accents));
    for (const std::string& line : folded) {
        CHECK(line.size() <= 75);
        const std::string body = line.starts_with(" ") ? line.substr(1) : line;
        CHECK((static_cast<unsigned char>(body.front()) & 0xC0) != 0x80);
    }
    CHECK(unfolded(folded) == accents);
    CHECK(ics_line("SHORT:1") == "SHORT:1\r\n");
}

TEST_CASE("a calendar of all-day events, stamped with the as-of date", "[ics]") {
    CalendarView view{"Deadlines — Odotrack, Inc.",
                      "en",
                      *Date::parse("2026-11-22"),
                      {{"invoice-C1001-INV-2026-00001@portal.example", *Date::parse("2026-12-31"),
                        "Invoice INV/2026/00001 due: $476.07", "Pay; now"}}};
    CHECK(calendar_ics(view) ==
          "BEGIN:VCALENDAR\r\n"
          "VERSION:2.0\r\n"
          "PRODID:-//portalgen//deadlines//en\r\n"
          "CALSCALE:GREGORIAN\r\n"
          "METHOD:PUBLISH\r\n"
          "X-WR-CALNAME:Deadlines — Odotrack\\, Inc.\r\n"
          "BEGIN:VEVENT\r\n"
          "UID:invoice-C1001-INV-2026-00001@portal.example\r\n"
          "DTSTAMP:20261122T000000Z\r\n"
          "DTSTART;VALUE=DATE:20261231\r\n"
          "DTEND;VALUE=DATE:20270101\r\n"
          "SUMMARY;LANGUAGE=en:Invoice INV/2026/00001 due: $476.07\r\n"
          "DESCRIPTION;LANGUAGE=en:Pay\\; now\r\n"
          "TRANSP:TRANSPARENT\r\n"
          "END:VEVENT\r\n"
          "END:VCALENDAR\r\n");
}
