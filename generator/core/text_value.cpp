#include "core/text_value.h"

#include <cstdint>

namespace portalgen {

std::optional<std::string> text_value_problem(std::string_view text) {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++characters) {
        const auto lead = static_cast<unsigned char>(text[i]);
        auto at = [&] { return " at character " + std::to_string(characters + 1); };
        if (lead == 0) return "a NUL character" + at();
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const std::size_t length = (lead & 0xE0) == 0xC0   ? 2
                                   : (lead & 0xF0) == 0xE0 ? 3
                                   : (lead & 0xF8) == 0xF0 ? 4
                                                           : 0;
        if (length == 0 || i + length > text.size()) return "invalid UTF-8" + at();
        std::uint32_t code = lead & (0x7F >> length);
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) return "invalid UTF-8" + at();
            code = (code << 6) | (next & 0x3F);
        }
        const std::uint32_t smallest = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (code < smallest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return "invalid UTF-8" + at();
        i += length;
    }
    if (characters > kMaxTextCharacters)
        return "text longer than " + std::to_string(kMaxTextCharacters) + " characters (" +
               std::to_string(characters) + " characters)";
    return std::nullopt;
}

}  // namespace portalgen
