// The seller's accent colour (SPEC 1b, 3b "Branding"): "#rrggbb", kept readable by WCAG 2.x
// contrast rules.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace portalgen {

struct Rgb {
    uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb&) const = default;
};

constexpr Rgb kWhite{255, 255, 255};
// WCAG 2.x level AA for normal text.
constexpr double kMinTextContrast = 4.5;

// nullopt unless `text` is exactly "#" and six hexadecimal digits (either case).
std::optional<Rgb> parse_hex_color(std::string_view text);
std::string hex_color(Rgb color);
// The message for an accent colour that parse_hex_color refuses.
std::string accent_color_problem(std::string_view text);  // "#0b5394", lower case

// WCAG 2.x relative luminance (0 for black, 1 for white) and contrast ratio (1 to 21).
double relative_luminance(Rgb color);
double contrast_ratio(Rgb a, Rgb b);

// The accent as used for text and buttons on white and under white text: `color` itself when
// it reaches kMinTextContrast against white, otherwise the first darker shade that does, each
// step scaling the three channels alike so that the hue stays.
Rgb readable_accent(Rgb color);
// The same rule against another background.
Rgb readable_on(Rgb color, Rgb background);
// `color` mixed with white, `percent` of it kept: the light tint behind accent text.
Rgb tint(Rgb color, int percent);
// Each channel scaled to `percent` (0 to 100): a darker shade of the same hue.
Rgb shade(Rgb color, int percent);

}  // namespace portalgen
