// An address as printed: the street lines, then the locality in the country's usual order, then
// the country's name in the reader's language, left out when it is the seller's own (SPEC 1b).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"

namespace portalgen {

// The list form is printed as given. `seller_country` is the country of the seller whose
// document shows the address ("" when unknown: the country is always printed).
std::vector<std::string> address_lines(const Address& address, Language reader,
                                       std::string_view seller_country);

// The locality line: "75009 Paris", "Montréal QC  H3B 2B6", "Springfield, IL 62701".
std::string locality_line(const Address& address);

}  // namespace portalgen
