// Calendar values of the input: Date (YYYY-MM-DD), Month (YYYY-MM, a card expiry) and
// Timestamp (ISO 8601 with an offset). Dates are day counts, so differences are exact.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace portalgen {

class Date {
  public:
    constexpr Date() = default;
    static constexpr Date from_days(int32_t days_since_epoch) { return Date(days_since_epoch); }
    static std::optional<Date> from_ymd(int year, int month, int day);
    // Strict YYYY-MM-DD of a real calendar day (years 1000..9999).
    static std::optional<Date> parse(std::string_view text);
    // 9999-12-31, the last date YYYY-MM-DD can write: the import refuses data whose computed
    // dates (a due date, a renewal deadline) would fall after it.
    static Date last();

    constexpr int32_t days() const { return days_; }
    Date plus_days(int32_t n) const { return Date(days_ + n); }
    friend constexpr int32_t operator-(Date a, Date b) { return a.days_ - b.days_; }
    friend constexpr auto operator<=>(Date, Date) = default;

    int year() const;
    int month() const;
    int day() const;
    std::string to_string() const;  // YYYY-MM-DD

  private:
    constexpr explicit Date(int32_t days) : days_(days) {}
    int32_t days_ = 0;
};

// A card expiry month; the card is valid through its last day.
struct Month {
    int year = 0;
    int month = 0;
    static std::optional<Month> parse(std::string_view text);  // strict YYYY-MM
    Date last_day() const;
    std::string to_string() const;
    friend constexpr auto operator<=>(const Month&, const Month&) = default;
};

// An instant given with its offset; keeps the original text for round trips.
struct Timestamp {
    std::string text;         // as written, e.g. 2026-11-10T09:03:00-05:00
    int64_t utc_seconds = 0;  // for ordering
    static std::optional<Timestamp> parse(std::string_view text);
    Date local_date() const;  // the calendar date as written (before the offset)
};

}  // namespace portalgen
