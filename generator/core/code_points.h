// Code points of UTF-8 text, and the classes of them that must never reach a terminal, a mail
// header or a link unseen: one definition shared by terminal_text, link_characters and the
// message writer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace portalgen {

struct CodePoint {
    std::uint32_t code = 0;  // for a byte that is not UTF-8: the byte itself
    std::size_t length = 0;  // in bytes; 0 when `text[i]` does not start a valid UTF-8 sequence
};

// The code point at `text[i]` (i < text.size()); overlong forms and surrogates are not UTF-8.
CodePoint decode_utf8(std::string_view text, std::size_t i);

// C0 controls and DEL, C1 controls, the line and paragraph separators, the bidirectional marks,
// embeddings, overrides and isolates.
bool is_control_code(std::uint32_t code);

// White space (Unicode's White_Space: space, tab, no-break spaces, the typographic spaces) and
// the invisible characters that look like nothing (zero-width spaces and joiners, the word
// joiner, the byte order mark).
bool is_space_or_invisible(std::uint32_t code);

}  // namespace portalgen
