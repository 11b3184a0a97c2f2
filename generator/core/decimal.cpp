#include "core/decimal.h"

#include <cstdlib>

namespace portalgen {

Decimal::ParseResult Decimal::parse(std::string_view text) {
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
    if (fraction.size() > static_cast<size_t>(kScaleDigits))
        return {std::nullopt, "more than 6 decimals in \"" + std::string(text) + "\""};
    while (whole.size() > 1 && whole.front() == '0') whole.remove_prefix(1);
    if (whole.size() > 13) return {std::nullopt, "number too large: \"" + std::string(text) + "\""};
    int64_t units = 0;
    for (char c : whole) units = units * 10 + (c - '0');
    if (units >= kMaxInputUnits)
        return {std::nullopt,
                "number too large (at most 999999999999.999999): \"" + std::string(text) + "\""};
    int64_t micros_part = 0;
    for (size_t i = 0; i < static_cast<size_t>(kScaleDigits); ++i)
        micros_part = micros_part * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
    int64_t micros = units * kScale + micros_part;
    return {Decimal(negative ? -micros : micros), {}};
}

__int128 divide_rounded(__int128 numerator, __int128 denominator) {
    bool negative = numerator < 0;
    __int128 magnitude = negative ? -numerator : numerator;
    __int128 quotient = magnitude / denominator;
    if ((magnitude % denominator) * 2 >= denominator) ++quotient;
    return negative ? -quotient : quotient;
}

Decimal Decimal::rounded(int digits) const {
    int64_t step = 1;
    for (int i = digits; i < kScaleDigits; ++i) step *= 10;
    return Decimal(static_cast<int64_t>(divide_rounded(micros_, step)) * step);
}

std::string Decimal::to_fixed(int digits) const {
    uint64_t magnitude = micros_ < 0 ? -static_cast<uint64_t>(micros_) : micros_;
    std::string whole = std::to_string(magnitude / kScale);
    std::string fraction = std::to_string(magnitude % kScale);
    fraction.insert(0, kScaleDigits - fraction.size(), '0');
    fraction.resize(digits);
    std::string out = micros_ < 0 ? "-" : "";
    out += whole;
    if (digits > 0) out += "." + fraction;
    return out;
}

std::string Decimal::to_string() const {
    std::string text = to_fixed(kScaleDigits);
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text == "-0" ? "0" : text;
}

}  // namespace portalgen
