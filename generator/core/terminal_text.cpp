#include "core/terminal_text.h"

#include <cstdint>
#include <cstdio>
#include <utility>

namespace portalgen {

namespace {

bool is_control(std::uint32_t code) {
    return code < 0x20 || (code >= 0x7F && code <= 0x9F) || code == 0x061C ||  // ALM
           code == 0x200E || code == 0x200F ||                                  // LRM, RLM
           code == 0x2028 || code == 0x2029 ||                                  // separators
           (code >= 0x202A && code <= 0x202E) ||  // embeddings and overrides
           (code >= 0x2066 && code <= 0x2069);    // isolates
}

// The code point at `text[i]` and its length in bytes; length 0 for a byte that does not start a
// valid UTF-8 sequence.
std::pair<std::uint32_t, std::size_t> decode(std::string_view text, std::size_t i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) return {lead, 1};
    const std::size_t length = (lead & 0xE0) == 0xC0   ? 2
                               : (lead & 0xF0) == 0xE0 ? 3
                               : (lead & 0xF8) == 0xF0 ? 4
                                                       : 0;
    if (length == 0 || i + length > text.size()) return {lead, 0};
    std::uint32_t code = lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0) != 0x80) return {lead, 0};
        code = (code << 6) | (next & 0x3F);
    }
    const std::uint32_t smallest = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    if (code < smallest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return {lead, 0};
    return {code, length};
}

void append_escape(std::string& out, const char* format, unsigned value) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, format, value);
    out += buffer;
}

}  // namespace

std::string escape_controls(std::string_view text, EscapeStyle style) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        auto [code, length] = decode(text, i);
        if (length == 0) {  // not UTF-8: the byte itself, which JSON cannot name
            if (style == EscapeStyle::json)
                out += "\\ufffd";
            else
                append_escape(out, "\\x%02x", code);
            ++i;
            continue;
        }
        if (!is_control(code)) {
            out.append(text.substr(i, length));
        } else if (style == EscapeStyle::terminal && code < 0x80) {
            append_escape(out, "\\x%02x", code);
        } else {
            append_escape(out, "\\u%04x", code);
        }
        i += length;
    }
    return out;
}

}  // namespace portalgen
