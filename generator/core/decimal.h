// Decimal: an exact signed decimal with six fractional digits, stored as an integer count of
// millionths. Money, quantities, hours and rates all use it; binary floating point never does.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace portalgen {

class Decimal {
  public:
    static constexpr int kScaleDigits = 6;
    static constexpr int64_t kScale = 1'000'000;
    // Largest magnitude accepted from input: keeps every product of two inputs exact in 128 bits.
    static constexpr int64_t kMaxInputUnits = 1'000'000'000'000;  // 10^12

    constexpr Decimal() = default;
    static constexpr Decimal from_micros(int64_t micros) { return Decimal(micros); }
    static constexpr Decimal from_units(int64_t units) { return Decimal(units * kScale); }

    // Parses "12", "-3.5", "0.000001". Returns an error message on failure.
    struct ParseResult;
    static ParseResult parse(std::string_view text);

    constexpr int64_t micros() const { return micros_; }
    constexpr bool is_zero() const { return micros_ == 0; }
    constexpr bool is_negative() const { return micros_ < 0; }

    friend constexpr Decimal operator+(Decimal a, Decimal b) {
        return Decimal(a.micros_ + b.micros_);
    }
    friend constexpr Decimal operator-(Decimal a, Decimal b) {
        return Decimal(a.micros_ - b.micros_);
    }
    Decimal& operator+=(Decimal other) {
        micros_ += other.micros_;
        return *this;
    }
    Decimal& operator-=(Decimal other) {
        micros_ -= other.micros_;
        return *this;
    }
    friend constexpr auto operator<=>(Decimal, Decimal) = default;

    // Rounds half away from zero to `digits` fractional digits (0..6).
    Decimal rounded(int digits) const;

    // Shortest exact text: "14.5", "0", "-3".
    std::string to_string() const;
    // Exactly `digits` fractional digits (the value must already be rounded): "14.50", "1001".
    std::string to_fixed(int digits) const;

  private:
    constexpr explicit Decimal(int64_t micros) : micros_(micros) {}
    int64_t micros_ = 0;
};

struct Decimal::ParseResult {
    std::optional<Decimal> value;
    std::string error;  // set when value is empty
};

// Divides a 128-bit numerator by a positive denominator, rounding half away from zero.
__int128 divide_rounded(__int128 numerator, __int128 denominator);

}  // namespace portalgen
