// WinAnsi (Windows-1252) text, for the fast path: an invoice whose characters all have a code in
// this encoding is drawn with simple TrueType fonts, which libharu embeds faster
// than CID fonts. U+202F, the narrow no-break space of French numbers, has no code:
// it is drawn as a space narrowed by word spacing (see encode_winansi).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace portalgen {

// The Windows-1252 code of a character, if it has one (controls have none).
std::optional<unsigned char> winansi_code(char32_t code_point);

// Whether every character of the text has a code, or is U+202F.
bool fits_winansi(std::string_view utf8);

struct WinAnsiText {
    std::string bytes;
    bool narrow_spaces = false;  // the text had U+202F: draw it with the word spacing below
};

// Encodes text that fits. Without U+202F the bytes are plain Windows-1252. With it, U+202F
// becomes the space byte 0x20 and spaces become no-break spaces 0xA0 (the same glyph width in
// DejaVu Sans), so that word spacing, which PDF applies to byte 0x20 only, narrows exactly the
// narrow spaces: set it to width(U+202F) − width(space) for that text.
WinAnsiText encode_winansi(std::string_view utf8);

}  // namespace portalgen
