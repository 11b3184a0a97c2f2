// iCalendar (RFC 5545) text of a CalendarView: CRLF line ends, content lines folded at 75
// octets (never inside a UTF-8 character), TEXT values escaped (\\ \; \, \n), all-day events
// (DTSTART;VALUE=DATE and the next day as DTEND), DTSTAMP the as-of date at midnight UTC so that
// the same data and date give the same bytes.
#pragma once

#include <string>
#include <string_view>

#include "view/calendar_view.h"

namespace portalgen {

std::string calendar_ics(const CalendarView& view);

// A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma, and line feeds as \n.
std::string ics_text(std::string_view text);
// One content line, folded: at most 75 octets per physical line, continuations starting with a
// space, each ending with CRLF.
std::string ics_line(std::string_view line);

}  // namespace portalgen
