#include "core/siren.h"

#include <algorithm>

#include "core/luhn.h"

namespace portalgen {

namespace {
constexpr std::string_view la_poste_siren = "356000000";
constexpr std::string_view la_poste_head_office = "35600000000048";

bool all_digits(std::string_view text) {
    return std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

std::string shape_problem(std::string_view what, std::string_view number, std::size_t length) {
    std::string named = std::string(what) + " " + std::string(number);
    if (number.empty()) return std::string(what) + " is empty";
    if (!all_digits(number)) return named + ": digits only, without spaces";
    if (number.size() != length)
        return named + ": " + std::to_string(length) + " digits expected, not " +
               std::to_string(number.size());
    return "";
}

bool passes_la_poste_rule(std::string_view siret) {
    int sum = 0;
    for (char c : siret) sum += c - '0';
    return sum % 5 == 0;
}
}  // namespace

std::string siren_problem(std::string_view siren) {
    if (auto problem = shape_problem("SIREN", siren, 9); !problem.empty()) return problem;
    if (!passes_luhn(siren)) return "SIREN " + std::string(siren) + ": wrong check digit";
    return "";
}

std::string siret_problem(std::string_view siret) {
    if (auto problem = shape_problem("SIRET", siret, 14); !problem.empty()) return problem;
    std::string_view siren = siret.substr(0, 9);
    if (!passes_luhn(siren))
        return "SIRET " + std::string(siret) + ": its SIREN " + std::string(siren) +
               " has a wrong check digit";
    bool valid = siren == la_poste_siren && siret != la_poste_head_office
                     ? passes_la_poste_rule(siret)
                     : passes_luhn(siret);
    if (!valid) return "SIRET " + std::string(siret) + ": wrong check digit";
    return "";
}

}  // namespace portalgen
