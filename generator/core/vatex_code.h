// The VAT exemption reason code [BT-121] of the CEF VATEX list (VATEX-EU-AE reverse charge,
// VATEX-EU-IC intra-community supply, VATEX-EU-G export, VATEX-EU-O outside the scope, ...), as the
// EN 16931 validators accept it.
#pragma once

#include <string_view>

namespace portalgen {

// Exact and case-sensitive, as the validators compare.
bool is_vatex_code(std::string_view code);

}  // namespace portalgen
