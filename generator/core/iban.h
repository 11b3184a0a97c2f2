// The IBAN of a bank account [BT-84] (ISO 13616): country, check digits, then the national account
// number, as many characters as the SWIFT IBAN registry gives for the country.
#pragma once

#include <string>
#include <string_view>

namespace portalgen {

// "" when `iban` is a valid IBAN, else a short message for the user ("IBAN FR76...: wrong check
// digits (expected 76)"). The stored value is the electronic form: upper case, no spaces (the
// printed groups of four are for reading only, so a value with spaces is refused and said so).
// The length is checked for the countries of the registry; the check digits by ISO 7064 mod 97-10.
std::string iban_problem(std::string_view iban);

}  // namespace portalgen
