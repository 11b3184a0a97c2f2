// The BIC of a bank [BT-86] (ISO 9362): 4 letters of the bank, 2 letters of its country, 2 letters
// or digits of its location, and optionally 3 letters or digits of the branch.
#pragma once

#include <string>
#include <string_view>

namespace portalgen {

// "" when `bic` has that shape (8 or 11 characters, upper case), else a short message for the
// user. The format only: no list of banks is consulted.
std::string bic_problem(std::string_view bic);

}  // namespace portalgen
