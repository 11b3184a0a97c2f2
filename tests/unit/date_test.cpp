// Calendar values of the input (SPEC section 1): dates (real calendar days only), card expiry
// months and ISO 8601 timestamps with an offset.
#include "core/date.h"

#include <catch2/catch.hpp>
#include <string>

using namespace portalgen;

namespace {

Date d(const char* text) {
    auto date = Date::parse(text);
    REQUIRE(date.has_value());
    return *date;
}

}  // namespace

TEST_CASE("Date parses real calendar days") {
    struct Case {
        const char* text;
        int year, month, day;
        int32_t days;  // since 1970-01-01
    } cases[] = {
        {"1970-01-01", 1970, 1, 1, 0},
        {"1970-01-02", 1970, 1, 2, 1},
        {"1969-12-31", 1969, 12, 31, -1},
        // 30 years × 365 + 7 leap days (1972 .. 1996) = 10957; + 31 (Jan) + 29 (Feb 2000) = 11017
        {"2000-03-01", 2000, 3, 1, 11017},
        {"2000-02-29", 2000, 2, 29, 11016},
        // 56 × 365 + 14 leap days (1972 .. 2024) = 20454; + 304 (Jan .. Oct) + 9 = 20767
        {"2026-11-10", 2026, 11, 10, 20767},
        // 2028 is a leap year: 2026-11-10 + 51 (to 12-31) + 365 (2027) + 31 + 29
        {"2028-02-29", 2028, 2, 29, 20767 + 51 + 365 + 31 + 29},
        {"2026-12-31", 2026, 12, 31, 20767 + 51},
        {"1000-01-01", 1000, 1, 1, -354285},
        {"9999-12-31", 9999, 12, 31, 2932896},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto date = Date::parse(c.text);
        REQUIRE(date.has_value());
        CHECK(date->year() == c.year);
        CHECK(date->month() == c.month);
        CHECK(date->day() == c.day);
        CHECK(date->days() == c.days);
        CHECK(date->to_string() == c.text);
        auto built = Date::from_ymd(c.year, c.month, c.day);
        REQUIRE(built.has_value());
        CHECK(*built == *date);
    }
}

TEST_CASE("Date refuses impossible dates and other formats") {
    const char* cases[] = {
        "2026-02-30",            // February has no 30th
        "2026-02-29",            // 2026 is not a leap year
        "2027-02-29",            // nor 2027
        "2100-02-29",            // nor 2100 (divisible by 100, not by 400)
        "2026-04-31",            // April has 30 days
        "2026-13-01",            // no 13th month
        "2026-00-10",            // no month 0
        "2026-01-00",            // no day 0
        "2026-01-32",            // no day 32
        "99999-01-01",           // five-digit year
        "0999-12-31",            // before year 1000
        "2026-1-01",             // one-digit month
        "2026-01-1",             // one-digit day
        "26-01-01",              // two-digit year
        " 2026-01-01",           // leading space
        "2026-01-01 ",           // trailing space
        "2026/01/01",            // wrong separator
        "20260101",              // no separator
        "2026-0a-01",            // not a digit
        "+026-01-01",            // sign
        "2026-01-01T00:00:00Z",  // a timestamp is not a date
        "",
    };
    for (const char* text : cases) {
        INFO('"' << text << '"');
        CHECK_FALSE(Date::parse(text).has_value());
    }
    // from_ymd checks the calendar too.
    CHECK_FALSE(Date::from_ymd(2026, 2, 30).has_value());
    CHECK_FALSE(Date::from_ymd(2026, 13, 1).has_value());
    CHECK_FALSE(Date::from_ymd(2026, 1, 0).has_value());
    CHECK(Date::from_ymd(2028, 2, 29).has_value());
}

TEST_CASE("Date arithmetic across month and year ends") {
    struct Case {
        const char* from;
        int32_t days;
        const char* to;
    } cases[] = {
        {"2026-01-31", 1, "2026-02-01"},   {"2026-02-28", 1, "2026-03-01"},
        {"2028-02-28", 1, "2028-02-29"},   {"2028-02-29", 1, "2028-03-01"},
        {"2026-12-31", 1, "2027-01-01"},   {"2026-11-01", 30, "2026-12-01"},
        {"2026-11-20", 7, "2026-11-27"},   {"2026-12-28", 7, "2027-01-04"},
        {"2026-03-01", -1, "2026-02-28"},  {"2028-03-01", -1, "2028-02-29"},
        {"2027-01-01", -1, "2026-12-31"},  {"2026-01-01", 365, "2027-01-01"},
        {"2028-01-01", 365, "2028-12-31"}, {"2028-01-01", 366, "2029-01-01"},
        {"2026-11-10", 0, "2026-11-10"},   {"2020-09-24", 1094, "2023-09-23"},
    };
    for (const auto& c : cases) {
        INFO(c.from << " + " << c.days);
        CHECK(d(c.from).plus_days(c.days).to_string() == c.to);
        // The difference is exact, and undoes plus_days.
        CHECK(d(c.to) - d(c.from) == c.days);
        CHECK(d(c.from) - d(c.to) == -c.days);
    }
}

TEST_CASE("Dates compare in calendar order") {
    CHECK(d("2026-11-30") < d("2026-12-01"));
    CHECK(d("2026-12-31") < d("2027-01-01"));
    CHECK(d("2026-02-01") > d("2026-01-31"));
    CHECK(d("2026-11-20") == d("2026-11-20"));
    CHECK(d("2026-11-20") <= d("2026-11-20"));
    CHECK_FALSE(d("2026-11-21") <= d("2026-11-20"));
}

TEST_CASE("Month parses a card expiry and knows its last day") {
    struct Case {
        const char* text;
        const char* last_day;
    } cases[] = {
        {"2027-03", "2027-03-31"}, {"2026-04", "2026-04-30"}, {"2026-11", "2026-11-30"},
        {"2026-12", "2026-12-31"}, {"2026-01", "2026-01-31"}, {"2028-02", "2028-02-29"},
        {"2027-02", "2027-02-28"}, {"2100-02", "2100-02-28"}, {"2000-02", "2000-02-29"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto month = Month::parse(c.text);
        REQUIRE(month.has_value());
        CHECK(month->last_day().to_string() == c.last_day);
        CHECK(month->to_string() == c.text);
    }
    auto march = Month::parse("2027-03");
    REQUIRE(march.has_value());
    CHECK(march->year == 2027);
    CHECK(march->month == 3);
    CHECK(*Month::parse("2026-12") < *Month::parse("2027-01"));
}

TEST_CASE("Month refuses what is not YYYY-MM") {
    const char* cases[] = {
        "2027-3",   "2027-00",  "2027-13", "0999-01", "2027/03", "2027-03-01",
        " 2027-03", "2027-03 ", "27-03",   "2027-0x", "",        "03-2027",
    };
    for (const char* text : cases) {
        INFO('"' << text << '"');
        CHECK_FALSE(Month::parse(text).has_value());
    }
}

TEST_CASE("Timestamp parses ISO 8601 with an offset") {
    // 2026-11-10 is day 20767: 20767 × 86400 = 1794268800 at 00:00Z.
    constexpr int64_t midnight = 1794268800;
    struct Case {
        const char* text;
        int64_t utc_seconds;
        const char* local_date;
    } cases[] = {
        // 14:03Z = 50580 s after midnight
        {"2026-11-10T14:03:00Z", midnight + 50580, "2026-11-10"},
        {"2026-11-10T14:03:00z", midnight + 50580, "2026-11-10"},
        // The same instant written at −05:00.
        {"2026-11-10T09:03:00-05:00", midnight + 50580, "2026-11-10"},
        // +01:00: 13:03Z = 13 × 3600 + 3 × 60 = 46980 s after midnight
        {"2026-11-10T14:03:00+01:00", midnight + 46980, "2026-11-10"},
        // +05:30: 08:33Z = 8 × 3600 + 33 × 60 = 30780; fractions of a second are dropped.
        {"2026-11-10T14:03:00.5+05:30", midnight + 30780, "2026-11-10"},
        {"2026-11-10T14:03:00.123Z", midnight + 50580, "2026-11-10"},
        {"2026-11-10T14:03:00.123456789Z", midnight + 50580, "2026-11-10"},
        // Seconds may be left out.
        {"2026-11-10T14:03Z", midnight + 50580, "2026-11-10"},
        {"2026-11-10T14:03:59Z", midnight + 50639, "2026-11-10"},
        // 23:30 at −05:00 is 04:30Z the next day; the local date stays the 10th.
        {"2026-11-10T23:30:00-05:00", midnight + 86400 + 16200, "2026-11-10"},
        // 00:30 at +02:00 is 22:30Z the day before.
        {"2026-11-10T00:30:00+02:00", midnight - 5400, "2026-11-10"},
        {"1970-01-01T00:00:00Z", 0, "1970-01-01"},
        {"1970-01-01T00:00:00+01:00", -3600, "1970-01-01"},
        {"2026-11-10T00:00:00-00:00", midnight, "2026-11-10"},
        // The sign applies to the minutes too: −00:30 is 00:30Z.
        {"2026-11-10T00:00:00-00:30", midnight + 1800, "2026-11-10"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto ts = Timestamp::parse(c.text);
        REQUIRE(ts.has_value());
        CHECK(ts->utc_seconds == c.utc_seconds);
        CHECK(ts->text == c.text);  // kept as written, for round trips
        CHECK(ts->local_date().to_string() == c.local_date);
    }
    // Ordering is by instant, not by text.
    CHECK(Timestamp::parse("2026-11-10T13:00:00Z")->utc_seconds <
          Timestamp::parse("2026-11-10T09:00:00-05:00")->utc_seconds);
}

TEST_CASE("Timestamp refuses what has no offset or is out of range") {
    const char* cases[] = {
        "2026-11-10T14:03:00",        // no offset
        "2026-11-10T14:03",           // no offset
        "2026-11-10T24:00:00Z",       // hour 24
        "2026-11-10T25:00:00Z",       // hour 25
        "2026-11-10T14:60:00Z",       // minute 60
        "2026-11-10T14:03:61Z",       // second 61
        "2026-11-10T1:03:00Z",        // one-digit hour
        "2026-11-10T14:3:00Z",        // one-digit minute
        "2026-11-10 14:03:00Z",       // no T
        "2026-02-30T10:00:00Z",       // impossible date
        "2026-11-10T14:03:00+0500",   // offset without colon
        "2026-11-10T14:03:00+05",     // offset without minutes
        "2026-11-10T14:03:00+24:00",  // offset hour 24
        "2026-11-10T14:03:00+05:60",  // offset minute 60
        "2026-11-10T14:03:00.Z",      // empty fraction
        "2026-11-10T14:03:00Z ",      // trailing space
        " 2026-11-10T14:03:00Z",      // leading space
        "2026-11-10T14:03:00 Z",      // space before the zone
        "2026-11-10T14:03:00UTC",     // named zone
        "2026-11-10",                 // a date alone
        "",
    };
    for (const char* text : cases) {
        INFO('"' << text << '"');
        CHECK_FALSE(Timestamp::parse(text).has_value());
    }
}
