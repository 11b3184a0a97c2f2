// The characters an e-mail address or a URL from the data may never hold (SPEC section 7): a
// line break would end a mail header and start another (`Bcc:`), white space splits a link, and
// a control or invisible character disguises where a link goes. One rule for both.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace portalgen {

// What is wrong, e.g. "contains a line break (U+000A)", or nothing when every character is
// allowed: text that is UTF-8 without control, white-space or invisible characters.
std::optional<std::string> link_character_problem(std::string_view text);

}  // namespace portalgen
