// The scheme of a party's legal registration identifier [BT-30-1, BT-47-1]: a code of the
// ISO 6523 ICD list, as the EN 16931 validators accept it: 0002 SIREN, 0009 SIRET, 0088 GLN, ...
#pragma once

#include <string_view>

namespace portalgen {

// Exact: four digits with their leading zeros.
bool is_icd_code(std::string_view code);

}  // namespace portalgen
