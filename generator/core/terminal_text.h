// Text of the data shown on a terminal (SPEC section 7): `status`, error messages and log lines
// quote customer data, and a name holding ESC [ 2 J, a carriage return or a right-to-left
// override must not clear the screen, hide a line or disguise what it says. Every such output
// goes through escape_controls().
#pragma once

#include <string>
#include <string_view>

namespace portalgen {

enum class EscapeStyle {
    terminal,  // "\x1b" for an ASCII control or a byte that is not UTF-8, "\u202e" for the others
    json,      // "\u001b", valid inside a JSON string (for text already in JSON)
};

// `text` with every control character written as an escape: C0 controls and DEL, C1 controls
// (U+0080..U+009F: U+009B is a CSI on some terminals), the line and paragraph separators, the
// bidirectional marks, embeddings, overrides and isolates; in the terminal style, bytes that are
// not UTF-8 too. Everything else, a backslash included, is kept as it is.
std::string escape_controls(std::string_view text, EscapeStyle style = EscapeStyle::terminal);

}  // namespace portalgen
