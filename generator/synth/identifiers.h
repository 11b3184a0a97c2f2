// Company identifiers of the synthetic data, valid by their own check digits: the French SIREN
// (Luhn) and VAT key, and the VAT ids of Belgium, Germany, Spain and Greece.
#pragma once

#include <string>
#include <string_view>

namespace portalgen::synth {

// A SIREN: its first 8 digits and the 9th that closes the Luhn check.
std::string siren_from(std::string_view eight_digits);

// FR, the key (12 + 3 × (SIREN mod 97)) mod 97 in 2 digits, and the SIREN.
std::string french_vat_id(std::string_view siren);

// BE, a 10-digit enterprise number: 8 digits (the first 0 or 1) and 97 − (them mod 97).
std::string belgian_vat_id(std::string_view eight_digits);

// DE, 8 digits and their ISO 7064 MOD 11,10 check digit.
std::string german_vat_id(std::string_view eight_digits);

// ES, a company's CIF: B (a limited company), 7 digits and their control digit.
std::string spanish_vat_id(std::string_view seven_digits);

// EL, 8 digits and their check digit: Σ dᵢ × 2^(8−i) mod 11 mod 10.
std::string greek_vat_id(std::string_view eight_digits);

}  // namespace portalgen::synth
