// Reading a TrueType font's table directory, for the font tests.
#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace portalgen::testing {

inline std::uint32_t big_endian(const std::string& bytes, std::size_t at, int size) {
    std::uint32_t value = 0;
    for (int k = 0; k < size; ++k)
        value = value << 8 | static_cast<unsigned char>(bytes.at(at + k));
    return value;
}

struct FontTable {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
};

// The font's tables by tag.
inline std::map<std::string, FontTable> font_tables(const std::string& font) {
    std::map<std::string, FontTable> tables;
    const std::uint32_t count = big_endian(font, 4, 2);
    for (std::uint32_t k = 0; k < count; ++k) {
        const std::size_t record = 12 + 16 * k;
        tables[font.substr(record, 4)] = {big_endian(font, record + 8, 4),
                                          big_endian(font, record + 12, 4)};
    }
    return tables;
}

// The tables libharu 2.3 copies into a PDF (cmake/libharu_tables.py).
inline const char* const kLibharuTables[] = {"OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea",
                                             "hmtx", "loca", "maxp", "name", "post", "prep"};

}  // namespace portalgen::testing
