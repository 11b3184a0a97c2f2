// The scheme of a party's electronic address [BT-34-1, BT-49-1]: a code of the CEF electronic
// address scheme (EAS) list, as the EN 16931 validators accept it: 0225 French SIREN-based
// addresses, 0009 SIRET, 0088 GLN, EM e-mail, 9957 French VAT id, ...
#pragma once

#include <string_view>

namespace portalgen {

// Exact: four digits with their leading zeros, or the letters of the list in upper case.
bool is_eas_code(std::string_view code);

}  // namespace portalgen
