// Currency facts from ICU: whether a code is ISO 4217 and how many decimals it uses.
#pragma once

#include <string>

namespace portalgen {

bool is_known_currency(const std::string& code);
// The currency's minor unit: 2 for EUR, 0 for JPY.
int currency_digits(const std::string& code);

}  // namespace portalgen
