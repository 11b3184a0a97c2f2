// The Luhn check (ISO/IEC 7812-1) that French SIREN and SIRET numbers carry in their last digit.
#pragma once

#include <string_view>

namespace portalgen {

// Whether `digits` (ASCII digits only, else false) passes: from the right, every second digit
// doubled (less 9 when above 9), and the sum a multiple of 10.
bool passes_luhn(std::string_view digits);

}  // namespace portalgen
