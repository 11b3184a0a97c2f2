#include "core/terminal_text.h"

#include <cstdio>

#include "core/code_points.h"

namespace portalgen {

namespace {

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
        auto [code, length] = decode_utf8(text, i);
        if (length == 0) {  // not UTF-8: the byte itself, which JSON cannot name
            if (style == EscapeStyle::json)
                out += "\\ufffd";
            else
                append_escape(out, "\\x%02x", code);
            ++i;
            continue;
        }
        if (!is_control_code(code)) {
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
