// The country of an address [BT-40, BT-55, BT-80]: an ISO 3166-1 alpha-2 code, and its name in
// the reader's language.
#pragma once

#include <string>
#include <string_view>

namespace portalgen {

// Whether `code` is an ISO 3166-1 alpha-2 country code (ICU's list) that the EN 16931 validators
// also accept, upper case: FR, CA, DE. Their lists lack SS (South Sudan), so it is refused.
bool is_country_code(std::string_view code);

// The country's name in `language` (a BCP 47 tag: "fr", "en", "fr-CA"), UTF-8, from ICU: ("FR",
// "fr") gives "France", ("DE", "fr") "Allemagne". "" when `code` is not a country code.
std::string country_name(std::string_view code, std::string_view language);

}  // namespace portalgen
