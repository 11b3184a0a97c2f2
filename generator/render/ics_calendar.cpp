#include "render/ics_calendar.h"

namespace portalgen {

namespace {

constexpr std::size_t kMaxOctets = 75;

std::string basic_date(Date date) {
    std::string text = date.to_string();  // YYYY-MM-DD
    return text.substr(0, 4) + text.substr(5, 2) + text.substr(8, 2);
}

bool continuation_byte(char ch) {
    return (static_cast<unsigned char>(ch) & 0xC0) == 0x80;
}

void event(std::string& out, const CalendarEvent& e, const std::string& stamp,
           const std::string& language) {
    out += ics_line("BEGIN:VEVENT");
    out += ics_line("UID:" + e.uid);
    out += ics_line("DTSTAMP:" + stamp);
    out += ics_line("DTSTART;VALUE=DATE:" + basic_date(e.date));
    out += ics_line("DTEND;VALUE=DATE:" + basic_date(e.date.plus_days(1)));
    out += ics_line("SUMMARY;LANGUAGE=" + language + ":" + ics_text(e.summary));
    if (!e.description.empty())
        out += ics_line("DESCRIPTION;LANGUAGE=" + language + ":" + ics_text(e.description));
    out += ics_line("TRANSP:TRANSPARENT");
    out += ics_line("END:VEVENT");
}

}  // namespace

std::string ics_text(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (ch == '\\' || ch == ';' || ch == ',') {
            out += '\\';
            out += ch;
        } else if (ch == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') continue;  // CRLF: one line break
            out += "\\n";
        } else if (ch == '\n') {
            out += "\\n";
        } else if (static_cast<unsigned char>(ch) < 0x20 && ch != '\t') {
            continue;  // other controls are not allowed in TEXT
        } else {
            out += ch;
        }
    }
    return out;
}

std::string ics_line(std::string_view line) {
    std::string out;
    std::size_t start = 0;
    std::size_t room = kMaxOctets;  // the first line has 75 octets, the next 74 after the space
    while (line.size() - start > room) {
        std::size_t end = start + room;
        while (end > start && continuation_byte(line[end])) --end;  // whole characters only
        out.append(line.substr(start, end - start)).append("\r\n ");
        start = end;
        room = kMaxOctets - 1;
    }
    out.append(line.substr(start)).append("\r\n");
    return out;
}

std::string calendar_ics(const CalendarView& view) {
    const std::string stamp = basic_date(view.stamp) + "T000000Z";
    std::string out;
    out += ics_line("BEGIN:VCALENDAR");
    out += ics_line("VERSION:2.0");
    out += ics_line("PRODID:-//portalgen//deadlines//" + view.language);
    out += ics_line("CALSCALE:GREGORIAN");
    out += ics_line("METHOD:PUBLISH");
    out += ics_line("X-WR-CALNAME:" + ics_text(view.name));
    for (const CalendarEvent& e : view.events) event(out, e, stamp, view.language);
    out += ics_line("END:VCALENDAR");
    return out;
}

}  // namespace portalgen
