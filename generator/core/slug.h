// Slug: the file name of a document, from its number (SPEC section 4).
#pragma once

#include <string>
#include <string_view>

namespace portalgen {

// Every character (UTF-8 code point) outside [A-Za-z0-9._-] becomes '-'; a slug starting with '.'
// gets a leading '_'.
std::string slug_of(std::string_view number);

}  // namespace portalgen
