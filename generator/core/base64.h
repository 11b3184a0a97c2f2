// Base64 (RFC 4648, standard alphabet with padding), for binary values carried in text formats.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace portalgen {

std::string base64_encode(std::string_view bytes);
// nullopt unless `text` is well-formed base64 (no line breaks).
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace portalgen
