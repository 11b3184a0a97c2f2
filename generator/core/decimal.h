// Decimal: an exact signed decimal with six fractional digits, stored as a 128-bit count of
// millionths. Money, quantities, hours and rates all use it; binary floating point never does.
// Every operation is checked: a result beyond kMaxMicros throws DecimalOverflow, never wraps.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace portalgen {

// A computation on decimals left the range a Decimal holds exactly (a sum of values that
// validated data cannot reach: the data or the database was not validated).
class DecimalOverflow : public std::overflow_error {
  public:
    using std::overflow_error::overflow_error;
};

class Decimal {
  public:
    using Micros = __int128;
    static constexpr int kScaleDigits = 6;
    static constexpr int64_t kScale = 1'000'000;
    // Largest magnitude accepted from input (SPEC 7: an amount above 10^15 is refused). Line and
    // document totals are held to it too, at import.
    static constexpr int64_t kMaxInputUnits = 1'000'000'000'000'000;  // 10^15
    static constexpr Micros kMaxInputMicros = Micros{kMaxInputUnits} * kScale;
    // Largest magnitude of any value, sums included: 10^12 amounts of 10^15 each. Far enough
    // inside __int128 (1.7×10^38) that adding two values, or scaling one by a few hundred (a
    // chart's width), cannot wrap before the check.
    static constexpr Micros kMaxMicros = kMaxInputMicros * 1'000'000'000'000;  // 10^33

    constexpr Decimal() = default;
    static constexpr Decimal from_micros(Micros micros) { return checked(micros); }
    static constexpr Decimal from_units(int64_t units) { return checked(Micros{units} * kScale); }

    // Parses input: "12", "-3.5", "0.000001", at most kMaxInputUnits in magnitude. Returns an
    // error message on failure.
    struct ParseResult;
    static ParseResult parse(std::string_view text);
    // Parses any value a Decimal holds (sums written by the program, like a report's totals).
    static ParseResult parse_any(std::string_view text);

    constexpr Micros micros() const { return micros_; }
    constexpr bool is_zero() const { return micros_ == 0; }

    friend constexpr Decimal operator+(Decimal a, Decimal b) {
        return checked(a.micros_ + b.micros_);
    }
    friend constexpr Decimal operator-(Decimal a, Decimal b) {
        return checked(a.micros_ - b.micros_);
    }
    constexpr Decimal& operator+=(Decimal other) { return *this = *this + other; }
    constexpr Decimal& operator-=(Decimal other) { return *this = *this - other; }
    friend constexpr auto operator<=>(Decimal, Decimal) = default;

    // Rounds half away from zero to `digits` fractional digits (0..6).
    Decimal rounded(int digits) const;

    // Shortest exact text: "14.5", "0", "-3".
    std::string to_string() const;
    // Exactly `digits` fractional digits (the value must already be rounded): "14.50", "1001".
    std::string to_fixed(int digits) const;

  private:
    constexpr explicit Decimal(Micros micros) : micros_(micros) {}
    // Both operands of + and − are within ±kMaxMicros, so their exact result fits in __int128.
    static constexpr Decimal checked(Micros micros) {
        if (micros > kMaxMicros || micros < -kMaxMicros) [[unlikely]]
            throw_overflow();
        return Decimal(micros);
    }
    [[noreturn]] static void throw_overflow();
    Micros micros_ = 0;
};

struct Decimal::ParseResult {
    std::optional<Decimal> value;
    std::string error;  // set when value is empty
};

// Divides a 128-bit numerator by a positive denominator, rounding half away from zero.
__int128 divide_rounded(__int128 numerator, __int128 denominator);

// a × b, or DecimalOverflow when the product does not fit in __int128.
__int128 checked_multiply(__int128 a, __int128 b);

// `value` as 64 bits, or DecimalOverflow when it does not fit.
int64_t checked_int64(__int128 value);

// The exact decimal text of a 128-bit integer: "-170141183460469231731687303715884105728".
std::string int128_to_string(__int128 value);

}  // namespace portalgen
