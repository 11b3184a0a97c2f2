#include "core/accent_color.h"

#include <algorithm>
#include <cmath>

namespace portalgen {

namespace {

std::optional<uint8_t> hex_digit(char c) {
    if (c >= '0' && c <= '9') return static_cast<uint8_t>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<uint8_t>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<uint8_t>(c - 'A' + 10);
    return std::nullopt;
}

double linear_channel(uint8_t value) {
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

uint8_t mixed(uint8_t value, uint8_t with, int percent) {
    return static_cast<uint8_t>((value * percent + with * (100 - percent) + 50) / 100);
}

}  // namespace

std::optional<Rgb> parse_hex_color(std::string_view text) {
    if (text.size() != 7 || text[0] != '#') return std::nullopt;
    std::array<uint8_t, 3> channels{};
    for (size_t i = 0; i < 3; ++i) {
        auto high = hex_digit(text[1 + 2 * i]);
        auto low = hex_digit(text[2 + 2 * i]);
        if (!high || !low) return std::nullopt;
        channels[i] = static_cast<uint8_t>(*high * 16 + *low);
    }
    return Rgb{channels[0], channels[1], channels[2]};
}

std::string hex_color(Rgb color) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string text = "#";
    for (uint8_t c : {color.r, color.g, color.b}) {
        text += kDigits[c >> 4];
        text += kDigits[c & 15];
    }
    return text;
}

std::string accent_color_problem(std::string_view text) {
    return "accent_color must be # and six hexadecimal digits, like \"#0b5394\", not \"" +
           std::string(text.substr(0, 40)) + "\"";
}

double relative_luminance(Rgb color) {
    return 0.2126 * linear_channel(color.r) + 0.7152 * linear_channel(color.g) +
           0.0722 * linear_channel(color.b);
}

double contrast_ratio(Rgb a, Rgb b) {
    const double la = relative_luminance(a);
    const double lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb readable_accent(Rgb color) {
    return readable_on(color, kWhite);
}

Rgb readable_on(Rgb color, Rgb background) {
    // Steps of 1 % of the original channels; black (0 %) passes on any light background.
    for (int percent = 100; percent > 0; --percent) {
        const Rgb darker = shade(color, percent);
        if (contrast_ratio(darker, background) >= kMinTextContrast) return darker;
    }
    return Rgb{};
}

Rgb tint(Rgb color, int percent) {
    return {mixed(color.r, 255, percent), mixed(color.g, 255, percent),
            mixed(color.b, 255, percent)};
}

Rgb shade(Rgb color, int percent) {
    // Rounded to the nearest: #777777 at 99 % is #767676. Never above the channel itself.
    auto scaled = [&](uint8_t value) { return static_cast<uint8_t>((value * percent + 50) / 100); };
    return {scaled(color.r), scaled(color.g), scaled(color.b)};
}

}  // namespace portalgen
