// Slug: the file name of a document, from its number, and of a customer's folders and messages,
// from its id (SPEC section 4).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace portalgen {

// The longest slug: with the folders around it, a path stays well inside the 255 bytes a file
// name may have and PATH_MAX. A longer number is refused at import, never cut: a cut one could
// collide with another.
inline constexpr std::size_t kMaxSlugBytes = 120;

// Every character (UTF-8 code point) outside [A-Za-z0-9._-] becomes '-'; a slug starting with '.'
// gets a leading '_'.
std::string slug_of(std::string_view number);

// What the import compares: two names with the same key would be one file on a case-insensitive
// file system (macOS, Windows, SMB shares), so they may not both be given. It is the slug in
// lower case (a slug is ASCII).
std::string slug_key(std::string_view number);

// Why two different names with the same key clash, for messages: `would have the same file name
// "INV-1"` or `would have file names that differ only by case ("inv-1", "INV-1")`.
std::string slug_clash(std::string_view number, std::string_view other);

}  // namespace portalgen
