#include "core/date.h"

#include <chrono>
#include <cstdio>

namespace portalgen {

namespace {

// Reads exactly `width` ASCII digits at `pos`.
std::optional<int> read_digits(std::string_view text, size_t pos, size_t width) {
    if (pos + width > text.size()) return std::nullopt;
    int value = 0;
    for (size_t i = pos; i < pos + width; ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

std::chrono::year_month_day to_ymd(int32_t days) {
    return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{days}}};
}

}  // namespace

std::optional<Date> Date::from_ymd(int year, int month, int day) {
    using namespace std::chrono;
    year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                       std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok()) return std::nullopt;
    return Date(sys_days{ymd}.time_since_epoch().count());
}

std::optional<Date> Date::parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto y = read_digits(text, 0, 4), m = read_digits(text, 5, 2), d = read_digits(text, 8, 2);
    if (!y || !m || !d || *y < 1000) return std::nullopt;
    return from_ymd(*y, *m, *d);
}

Date Date::last() {
    static const Date last = *from_ymd(9999, 12, 31);
    return last;
}

int Date::year() const {
    return static_cast<int>(to_ymd(days_).year());
}
int Date::month() const {
    return static_cast<int>(static_cast<unsigned>(to_ymd(days_).month()));
}
int Date::day() const {
    return static_cast<int>(static_cast<unsigned>(to_ymd(days_).day()));
}

std::string Date::to_string() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year(), month(), day());
    return buffer;
}

std::optional<Month> Month::parse(std::string_view text) {
    if (text.size() != 7 || text[4] != '-') return std::nullopt;
    auto y = read_digits(text, 0, 4), m = read_digits(text, 5, 2);
    if (!y || !m || *y < 1000 || *m < 1 || *m > 12) return std::nullopt;
    return Month{*y, *m};
}

Date Month::last_day() const {
    using namespace std::chrono;
    year_month_day_last last{std::chrono::year{year},
                             month_day_last{std::chrono::month{static_cast<unsigned>(month)}}};
    return Date::from_days(sys_days{last}.time_since_epoch().count());
}

std::string Month::to_string() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    return buffer;
}

std::optional<Timestamp> Timestamp::parse(std::string_view text) {
    // YYYY-MM-DDThh:mm[:ss[.fff]](Z|±hh:mm)
    if (text.size() < 17 || (text[10] != 'T' && text[10] != 't')) return std::nullopt;
    auto date = Date::parse(text.substr(0, 10));
    auto hh = read_digits(text, 11, 2), mm = read_digits(text, 14, 2);
    if (!date || !hh || !mm || text[13] != ':' || *hh > 23 || *mm > 59) return std::nullopt;
    size_t pos = 16;
    int ss = 0;
    if (pos < text.size() && text[pos] == ':') {
        auto s = read_digits(text, pos + 1, 2);
        if (!s || *s > 60) return std::nullopt;
        ss = *s;
        pos += 3;
        if (pos < text.size() && text[pos] == '.') {
            size_t start = ++pos;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
            if (pos == start || pos - start > 9) return std::nullopt;
        }
    }
    int offset_minutes = 0;
    std::string_view zone = text.substr(pos);
    if (zone == "Z" || zone == "z") {
        offset_minutes = 0;
    } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
        auto oh = read_digits(zone, 1, 2), om = read_digits(zone, 4, 2);
        if (!oh || !om || *oh > 23 || *om > 59) return std::nullopt;
        offset_minutes = (*oh * 60 + *om) * (zone[0] == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    int64_t local = int64_t{date->days()} * 86400 + *hh * 3600 + *mm * 60 + ss;
    return Timestamp{std::string(text), local - int64_t{offset_minutes} * 60};
}

Date Timestamp::local_date() const {
    return *Date::parse(std::string_view(text).substr(0, 10));
}

}  // namespace portalgen
