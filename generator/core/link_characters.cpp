#include "core/link_characters.h"

#include <cstdio>

#include "core/code_points.h"

namespace portalgen {

namespace {

std::string code_name(std::uint32_t code) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(code));
    return buffer;
}

}  // namespace

std::optional<std::string> link_character_problem(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        auto [code, length] = decode_utf8(text, i);
        if (length == 0) return "contains bytes that are not UTF-8";
        if (code == '\r' || code == '\n' || code == 0x85 || code == 0x2028 || code == 0x2029)
            return "contains a line break (" + code_name(code) + ")";
        if (is_space_or_invisible(code))
            return "contains white space or an invisible character (" + code_name(code) + ")";
        if (is_control_code(code)) return "contains a control character (" + code_name(code) + ")";
        i += length;
    }
    return std::nullopt;
}

}  // namespace portalgen
