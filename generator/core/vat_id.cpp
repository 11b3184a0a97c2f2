#include "core/vat_id.h"

#include <algorithm>
#include <array>
#include <ranges>

#include "core/code_list.h"
#include "core/luhn.h"

namespace portalgen {

namespace {
constexpr std::string_view vat_id_prefixes[] = {
#include "core/vat_id_prefixes.inc"
};
static_assert(is_sorted_code_list(vat_id_prefixes));

// What follows a country's prefix: patterns separated by |, in which # is a digit, @ a letter,
// * a letter or digit, + a letter, + or * (Ireland's older ids), and any other character itself.
struct VatFormat {
    std::string_view country;
    std::string_view patterns;
    std::string_view described;
};

constexpr std::array<VatFormat, 31> vat_formats = {{
    {"AT", "U########", "U and 8 digits"},
    {"BE", "0#########|1#########", "10 digits, the first 0 or 1"},
    {"BG", "#########|##########", "9 or 10 digits"},
    {"CH", "E#########", "E and 9 digits (CHE123456789)"},
    {"CY", "########@", "8 digits and a letter"},
    {"CZ", "########|#########|##########", "8 to 10 digits"},
    {"DE", "#########", "9 digits"},
    {"DK", "########", "8 digits"},
    {"EE", "#########", "9 digits"},
    {"EL", "#########", "9 digits"},
    {"ES", "@#######*|*#######@",
     "a letter or digit, 7 digits, a letter or digit, not both digits"},
    {"FI", "########", "8 digits"},
    {"FR", "**#########", "2 key characters and the 9-digit SIREN"},
    {"GB", "#########|############|GD###|HA###", "9 or 12 digits, or GD or HA and 3 digits"},
    {"HR", "###########", "11 digits"},
    {"HU", "########", "8 digits"},
    {"IE", "#######@|#######@@|#+#####@", "7 digits and 1 or 2 letters"},
    {"IT", "###########", "11 digits"},
    {"LT", "#########|############", "9 or 12 digits"},
    {"LU", "########", "8 digits"},
    {"LV", "###########", "11 digits"},
    {"MT", "########", "8 digits"},
    {"NL", "#########B##", "9 digits, B and 2 digits"},
    {"NO", "#########MVA", "9 digits and MVA"},
    {"PL", "##########", "10 digits"},
    {"PT", "#########", "9 digits"},
    {"RO", "##|###|####|#####|######|#######|########|#########|##########", "2 to 10 digits"},
    {"SE", "############", "12 digits"},
    {"SI", "########", "8 digits"},
    {"SK", "##########", "10 digits"},
    {"XI", "#########|############|GD###|HA###", "9 or 12 digits, or GD or HA and 3 digits"},
}};

bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool matches(std::string_view text, std::string_view pattern) {
    if (text.size() != pattern.size()) return false;
    for (std::size_t at = 0; at < text.size(); ++at) {
        char c = text[at];
        bool fits = false;
        switch (pattern[at]) {
            case '#':
                fits = is_digit(c);
                break;
            case '@':
                fits = is_upper(c);
                break;
            case '*':
                fits = is_upper(c) || is_digit(c);
                break;
            case '+':
                fits = is_upper(c) || c == '+' || c == '*';
                break;
            default:
                fits = c == pattern[at];
        }
        if (!fits) return false;
    }
    return true;
}

std::string two_digits(int number) {
    return std::string{static_cast<char>('0' + number / 10), static_cast<char>('0' + number % 10)};
}

// France: the SIREN passes Luhn, and a key of 2 digits is computed from it.
std::string french_key_problem(std::string_view named, std::string_view number) {
    std::string_view key = number.substr(0, 2);
    std::string_view siren = number.substr(2);
    if (!passes_luhn(siren))
        return std::string(named) + ": its SIREN " + std::string(siren) +
               " has a wrong check digit";
    if (!is_digit(key[0]) || !is_digit(key[1])) return "";
    int siren_mod_97 = 0;
    for (char c : siren) siren_mod_97 = (siren_mod_97 * 10 + (c - '0')) % 97;
    int expected = (12 + 3 * siren_mod_97) % 97;
    if ((key[0] - '0') * 10 + (key[1] - '0') != expected)
        return std::string(named) + ": wrong check key (expected " + two_digits(expected) + ")";
    return "";
}
}  // namespace

std::string vat_id_problem(std::string_view id) {
    if (id.empty()) return "VAT id is empty";
    std::string named = "VAT id " + std::string(id);
    if (std::ranges::any_of(id, [](char c) { return c == ' ' || c == '-' || c == '.'; }))
        return named + ": write it without spaces or punctuation";
    if (std::ranges::any_of(id, [](char c) { return c >= 'a' && c <= 'z'; }))
        return named + ": upper case letters only";
    if (!std::ranges::all_of(
            id, [](char c) { return is_upper(c) || is_digit(c) || c == '+' || c == '*'; }))
        return named + ": letters and digits only";
    if (id.size() < 2 || !is_upper(id[0]) || !is_upper(id[1]))
        return named + ": begins with its country's two letters";
    std::string_view country = id.substr(0, 2);
    std::string_view number = id.substr(2);
    if (country == "GR") return named + ": Greek VAT ids begin with EL";
    auto format = std::ranges::find(vat_formats, country, &VatFormat::country);
    if (format != vat_formats.end()) {
        bool fits = false;
        for (auto pattern : std::views::split(format->patterns, '|'))
            fits = fits || matches(number, std::string_view(pattern.begin(), pattern.end()));
        if (!fits)
            return named + ": expected " + std::string(country) + " followed by " +
                   std::string(format->described);
        if (country == "FR") return french_key_problem(named, number);
        return "";
    }
    if (!in_code_list(vat_id_prefixes, country))
        return named + ": " + std::string(country) + " is not a country prefix";
    if (number.size() < 2 || number.size() > 13 ||
        !std::ranges::all_of(number, [](char c) { return is_upper(c) || is_digit(c); }))
        return named + ": 2 to 13 letters or digits expected after " + std::string(country);
    return "";
}

}  // namespace portalgen
