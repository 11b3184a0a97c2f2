// French company numbers: the SIREN of a company (9 digits) and the SIRET of one of its
// establishments (its SIREN and a 5-digit establishment number), both closed by a Luhn check digit.
#pragma once

#include <string>
#include <string_view>

namespace portalgen {

// "" when `siren` is 9 digits that pass the Luhn check, else a short message for the user
// ("SIREN 912345684: wrong check digit"). No spaces: the stored value is the bare number.
std::string siren_problem(std::string_view siren);

// The same for a SIRET of 14 digits whose first 9 are a valid SIREN. La Poste's establishments
// (SIREN 356000000) do not follow Luhn: theirs have a digit sum that is a multiple of 5, but for
// the head office 35600000000048, which passes Luhn.
std::string siret_problem(std::string_view siret);

}  // namespace portalgen
