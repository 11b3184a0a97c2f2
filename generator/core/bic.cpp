#include "core/bic.h"

#include <algorithm>

namespace portalgen {

namespace {
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
}  // namespace

std::string bic_problem(std::string_view bic) {
    if (bic.empty()) return "BIC is empty";
    std::string named = "BIC " + std::string(bic);
    if (std::ranges::any_of(bic, [](char c) { return c >= 'a' && c <= 'z'; }))
        return named + ": upper case letters only";
    if (!std::ranges::all_of(bic, [](char c) { return is_upper(c) || is_digit(c); }))
        return named + ": letters and digits only, without spaces";
    if (bic.size() != 8 && bic.size() != 11)
        return named + ": 8 or 11 characters expected, not " + std::to_string(bic.size());
    if (!std::all_of(bic.begin(), bic.begin() + 6, is_upper))
        return named + ": its first 6 characters are letters (bank and country)";
    return "";
}

}  // namespace portalgen
