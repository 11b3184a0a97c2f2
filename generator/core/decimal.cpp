#include "core/decimal.h"

namespace portalgen {

namespace {

using Micros = Decimal::Micros;

// The number of decimal digits of a positive value: 10^15 has 16.
int digit_count(Micros value) {
    int count = 1;
    for (; value >= 10; value /= 10) ++count;
    return count;
}

Decimal::ParseResult parse_bounded(std::string_view text, Micros limit) {
    std::string_view rest = text;
    bool negative = false;
    if (!rest.empty() && (rest.front() == '-' || rest.front() == '+')) {
        negative = rest.front() == '-';
        rest.remove_prefix(1);
    }
    size_t dot = rest.find('.');
    std::string_view whole = rest.substr(0, dot);
    std::string_view fraction =
        dot == std::string_view::npos ? std::string_view{} : rest.substr(dot + 1);
    auto all_digits = [](std::string_view s) {
        for (char c : s)
            if (c < '0' || c > '9') return false;
        return true;
    };
    if (whole.empty() || !all_digits(whole) || !all_digits(fraction) ||
        (dot != std::string_view::npos && fraction.empty())) {
        return {std::nullopt,
                "expected a decimal number like 12 or 19.99, got \"" + std::string(text) + "\""};
    }
    if (fraction.size() > static_cast<size_t>(Decimal::kScaleDigits))
        return {std::nullopt, "more than 6 decimals in \"" + std::string(text) + "\""};
    while (whole.size() > 1 && whole.front() == '0') whole.remove_prefix(1);
    const Micros limit_units = limit / Decimal::kScale;
    // More digits than the limit has: too large, and too long to read into 128 bits.
    if (static_cast<int>(whole.size()) > digit_count(limit_units))
        return {std::nullopt, "number too large: \"" + std::string(text) + "\""};
    Micros micros = 0;
    for (char c : whole) micros = micros * 10 + (c - '0');
    for (size_t i = 0; i < static_cast<size_t>(Decimal::kScaleDigits); ++i)
        micros = micros * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
    if (micros > limit)
        return {std::nullopt, "number too large (at most " + int128_to_string(limit_units) +
                                  "): \"" + std::string(text) + "\""};
    return {Decimal::from_micros(negative ? -micros : micros), {}};
}

}  // namespace

void Decimal::throw_overflow() {
    throw DecimalOverflow("amount out of range: a sum exceeds " +
                          int128_to_string(kMaxMicros / kScale));
}

Decimal::ParseResult Decimal::parse(std::string_view text) {
    return parse_bounded(text, kMaxInputMicros);
}

Decimal::ParseResult Decimal::parse_any(std::string_view text) {
    return parse_bounded(text, kMaxMicros);
}

__int128 divide_rounded(__int128 numerator, __int128 denominator) {
    bool negative = numerator < 0;
    __int128 magnitude = negative ? -numerator : numerator;
    __int128 quotient = magnitude / denominator;
    if ((magnitude % denominator) * 2 >= denominator) ++quotient;
    return negative ? -quotient : quotient;
}

__int128 checked_multiply(__int128 a, __int128 b) {
    __int128 product;
    if (__builtin_mul_overflow(a, b, &product)) [[unlikely]]
        throw DecimalOverflow("amount out of range: a product does not fit in 128 bits");
    return product;
}

int64_t checked_int64(__int128 value) {
    if (value > INT64_MAX || value < INT64_MIN) [[unlikely]]
        throw DecimalOverflow("amount out of range: " + int128_to_string(value) +
                              " does not fit in 64 bits");
    return static_cast<int64_t>(value);
}

std::string int128_to_string(__int128 value) {
    unsigned __int128 magnitude =
        value < 0 ? -static_cast<unsigned __int128>(value) : static_cast<unsigned __int128>(value);
    char digits[40];
    char* end = digits + sizeof digits;
    char* begin = end;
    do {
        *--begin = static_cast<char>('0' + static_cast<int>(magnitude % 10));
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0) *--begin = '-';
    return std::string(begin, end);
}

Decimal Decimal::rounded(int digits) const {
    int64_t step = 1;
    for (int i = digits; i < kScaleDigits; ++i) step *= 10;
    return Decimal::from_micros(divide_rounded(micros_, step) * step);
}

std::string Decimal::to_fixed(int digits) const {
    unsigned __int128 magnitude = micros_ < 0 ? -static_cast<unsigned __int128>(micros_)
                                              : static_cast<unsigned __int128>(micros_);
    std::string out = micros_ < 0 ? "-" : "";
    out += int128_to_string(static_cast<Micros>(magnitude / kScale));
    if (digits > 0) {
        std::string fraction = std::to_string(static_cast<int64_t>(magnitude % kScale));
        fraction.insert(0, kScaleDigits - fraction.size(), '0');
        fraction.resize(digits);
        out += "." + fraction;
    }
    return out;
}

std::string Decimal::to_string() const {
    std::string text = to_fixed(kScaleDigits);
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text == "-0" ? "0" : text;
}

}  // namespace portalgen
