// A VAT identifier [BT-31, BT-48, BT-63]: the country prefix of BR-CO-09 (EL for Greece, XI for
// Northern Ireland), then the country's own format.
#pragma once

#include <string>
#include <string_view>

namespace portalgen {

// "" when `id` is a valid VAT id, else a short message for the user ("VAT id FR12345678901: wrong
// check key (expected 89)"). Upper case, without spaces or punctuation. Checked:
// - the EU member states, XI and GB by the formats of the Commission's VIES service;
// - France also by its key: the SIREN (the last 9 digits) passes Luhn and, when the 2 key
//   characters are digits, key = (12 + 3 × (SIREN mod 97)) mod 97;
// - CH as CHE and 9 digits, NO as 9 digits and MVA;
// - any other country prefix that BR-CO-09 accepts with 2 to 13 letters or digits.
std::string vat_id_problem(std::string_view id);

}  // namespace portalgen
