// WinAnsi (Windows-1252) encoding of text.
#include "render/pdf_winansi.h"

#include "render/pdf_text.h"

namespace portalgen {

namespace {

constexpr char32_t kNarrowNoBreakSpace = 0x202F;

// Windows-1252 codes 0x80..0x9F; 0 where the code is unused.
constexpr char32_t kHighCodes[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

}  // namespace

std::optional<unsigned char> winansi_code(char32_t code_point) {
    if ((code_point >= 0x20 && code_point <= 0x7E) || (code_point >= 0xA0 && code_point <= 0xFF)) {
        return static_cast<unsigned char>(code_point);
    }
    for (unsigned char i = 0; i < 32; ++i) {
        if (kHighCodes[i] != 0 && kHighCodes[i] == code_point) {
            return static_cast<unsigned char>(0x80 + i);
        }
    }
    return std::nullopt;
}

bool fits_winansi(std::string_view utf8) {
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const char32_t c = next_code_point(utf8, pos);
        if (c != kNarrowNoBreakSpace && !winansi_code(c)) return false;
    }
    return true;
}

WinAnsiText encode_winansi(std::string_view utf8) {
    WinAnsiText text;
    text.narrow_spaces = utf8.find("\u202F") != std::string_view::npos;
    text.bytes.reserve(utf8.size());
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const char32_t c = next_code_point(utf8, pos);
        if (c == kNarrowNoBreakSpace) {
            text.bytes += ' ';
        } else if (c == ' ' && text.narrow_spaces) {
            text.bytes += '\xA0';
        } else if (auto code = winansi_code(c)) {
            text.bytes += static_cast<char>(*code);
        } else {
            text.bytes += '?';  // not reached for text that fits
        }
    }
    return text;
}

}  // namespace portalgen
