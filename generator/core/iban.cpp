#include "core/iban.h"

#include <algorithm>
#include <array>
#include <utility>

namespace portalgen {

namespace {
// The IBAN length of each country of the SWIFT IBAN registry (release of December 2024).
constexpr std::array<std::pair<std::string_view, int>, 89> iban_lengths = {{
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
    {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24},
    {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
    {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27},
    {"GT", 28}, {"HN", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26},
    {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20},
    {"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20},
    {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24},
    {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24},
    {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25},
    {"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20},
    {"YE", 30},
}};

bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// The remainder by 97 of the number that `text` stands for, each letter read as 10 to 35.
int mod_97(std::string_view text) {
    int remainder = 0;
    for (char c : text) {
        if (is_digit(c)) {
            remainder = (remainder * 10 + (c - '0')) % 97;
        } else {
            remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
        }
    }
    return remainder;
}

std::string expected_check_digits(std::string_view iban) {
    std::string rearranged = std::string(iban.substr(4)) + std::string(iban.substr(0, 2)) + "00";
    int check = 98 - mod_97(rearranged);
    return std::string{static_cast<char>('0' + check / 10), static_cast<char>('0' + check % 10)};
}
}  // namespace

std::string iban_problem(std::string_view iban) {
    if (iban.empty()) return "IBAN is empty";
    std::string named = "IBAN " + std::string(iban);
    if (iban.find(' ') != std::string_view::npos) return named + ": write it without spaces";
    if (std::ranges::any_of(iban, [](char c) { return c >= 'a' && c <= 'z'; }))
        return named + ": upper case letters only";
    if (!std::ranges::all_of(iban, [](char c) { return is_upper(c) || is_digit(c); }))
        return named + ": letters and digits only";
    if (iban.size() < 2 || !is_upper(iban[0]) || !is_upper(iban[1]))
        return named + ": begins with its country's two letters";
    std::string_view country = iban.substr(0, 2);
    auto known = std::ranges::find(iban_lengths, country, &std::pair<std::string_view, int>::first);
    if (known == iban_lengths.end())
        return named + ": " + std::string(country) + " is not a country of the IBAN registry";
    if (std::cmp_not_equal(iban.size(), known->second))
        return named + ": " + std::to_string(known->second) + " characters expected for " +
               std::string(country) + ", not " + std::to_string(iban.size());
    if (!is_digit(iban[2]) || !is_digit(iban[3]))
        return named + ": the two characters after the country are the check digits";
    std::string rearranged = std::string(iban.substr(4)) + std::string(iban.substr(0, 4));
    if (mod_97(rearranged) != 1)
        return named + ": wrong check digits (expected " + expected_check_digits(iban) + ")";
    return "";
}

}  // namespace portalgen
