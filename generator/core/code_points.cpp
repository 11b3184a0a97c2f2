#include "core/code_points.h"

namespace portalgen {

CodePoint decode_utf8(std::string_view text, std::size_t i) {
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

bool is_control_code(std::uint32_t code) {
    return code < 0x20 || (code >= 0x7F && code <= 0x9F) || code == 0x061C ||  // ALM
           code == 0x200E || code == 0x200F ||                                 // LRM, RLM
           code == 0x2028 || code == 0x2029 ||                                 // separators
           (code >= 0x202A && code <= 0x202E) ||  // embeddings and overrides
           (code >= 0x2066 && code <= 0x2069);    // isolates
}

bool is_space_or_invisible(std::uint32_t code) {
    return (code >= 0x09 && code <= 0x0D) || code == 0x20 || code == 0x85 || code == 0xA0 ||
           code == 0x1680 || code == 0x180E || (code >= 0x2000 && code <= 0x200D) ||
           code == 0x2028 || code == 0x2029 || code == 0x202F || code == 0x205F || code == 0x2060 ||
           code == 0x3000 || code == 0xFEFF;
}

}  // namespace portalgen
