// templates_hash: the templates folder and the program's output version in one hash, so that a
// change of either rebuilds every customer.
#pragma once

#include <filesystem>
#include <string>

namespace portalgen {

// The templates folder's files, names and contents, with the output version, in one hash.
std::string templates_hash(const std::filesystem::path& templates);

}  // namespace portalgen
