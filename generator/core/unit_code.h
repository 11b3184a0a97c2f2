// The unit of an invoice line's quantity [BT-130]: a code of UN/ECE Recommendation 20 (with the
// Recommendation 21 extension), as the EN 16931 validators accept it: C62 one, HUR hour, MON month.
#pragma once

#include <string_view>

namespace portalgen {

// Exact and case-sensitive, as the validators compare: "hur" is not a unit.
bool is_unit_code(std::string_view code);

}  // namespace portalgen
