// FontMetrics: a reader of the few TrueType tables the layout needs.
#include "render/pdf_font_metrics.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>
#include <string>

#include "render/pdf_text.h"

namespace portalgen {

namespace {

// Big-endian reads with bounds checks: a truncated or hostile file fails cleanly.
class FontBytes {
  public:
    FontBytes(std::string bytes, std::string file)
        : bytes_(std::move(bytes)), file_(std::move(file)) {}

    uint16_t u16(std::size_t at) const {
        check(at, 2);
        return static_cast<uint16_t>((byte(at) << 8) | byte(at + 1));
    }
    uint32_t u32(std::size_t at) const {
        check(at, 4);
        return (uint32_t{byte(at)} << 24) | (uint32_t{byte(at + 1)} << 16) |
               (uint32_t{byte(at + 2)} << 8) | byte(at + 3);
    }
    [[noreturn]] void fail(const std::string& why) const {
        throw std::runtime_error("font " + file_ + ": " + why);
    }

    // Every table of the directory lies within the file (libharu copies some of them whole).
    void check_tables() const {
        const uint16_t count = u16(4);
        if (count == 0) fail("no tables");
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t record = 12 + 16 * i;
            check(u32(record + 8), u32(record + 12));
        }
    }

    // The offset of a table, from the table directory.
    std::size_t table(const char* tag) const {
        const uint16_t count = u16(4);
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t record = 12 + 16 * i;
            check(record, 16);
            if (bytes_.compare(record, 4, tag) == 0) {
                const std::size_t offset = u32(record + 8);
                check(offset, u32(record + 12));
                return offset;
            }
        }
        fail(std::string("no '") + tag + "' table");
    }

  private:
    uint32_t byte(std::size_t at) const { return static_cast<unsigned char>(bytes_[at]); }
    void check(std::size_t at, std::size_t length) const {
        if (at > bytes_.size() || length > bytes_.size() - at) fail("truncated or malformed");
    }

    std::string bytes_;
    std::string file_;
};

// Fills glyph_of from a format 4 (Basic Multilingual Plane) character map subtable.
void read_cmap_format4(const FontBytes& font, std::size_t at, std::vector<uint16_t>& glyph_of) {
    const std::size_t segments = font.u16(at + 6) / 2;
    const std::size_t ends = at + 14;
    const std::size_t starts = ends + 2 * segments + 2;
    const std::size_t deltas = starts + 2 * segments;
    const std::size_t range_offsets = deltas + 2 * segments;
    for (std::size_t s = 0; s < segments; ++s) {
        const uint32_t end = font.u16(ends + 2 * s);
        const uint32_t start = font.u16(starts + 2 * s);
        const uint16_t delta = font.u16(deltas + 2 * s);
        const uint16_t range_offset = font.u16(range_offsets + 2 * s);
        for (uint32_t c = start; c <= end && c != 0xFFFF; ++c) {
            uint16_t glyph = 0;
            if (range_offset == 0) {
                glyph = static_cast<uint16_t>(c + delta);
            } else {
                // idRangeOffset counts bytes from its own position to the glyph index array.
                const std::size_t slot = range_offsets + 2 * s + range_offset + 2 * (c - start);
                glyph = font.u16(slot);
                if (glyph != 0) glyph = static_cast<uint16_t>(glyph + delta);
            }
            glyph_of[c] = glyph;
        }
    }
}

// Unicode's space separators (general category Zs).
constexpr char32_t kSpaces[] = {0x20,   0xA0,   0x1680, 0x2000, 0x2001, 0x2002,
                                0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
                                0x2009, 0x200A, 0x202F, 0x205F, 0x3000};

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary | std::ios::ate);
    if (!in) throw std::runtime_error("font file not found: " + file.string());
    // One read of the whole file: the CJK font is 11 MB.
    std::string bytes(static_cast<std::size_t>(in.tellg()), '\0');
    in.seekg(0);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!in) throw std::runtime_error("font file not readable: " + file.string());
    return bytes;
}

}  // namespace

FontMetrics FontMetrics::read(const std::filesystem::path& file) {
    const FontBytes font(read_file(file), file.string());
    font.check_tables();
    FontMetrics metrics;

    const std::size_t head = font.table("head");
    const uint32_t units_per_em = font.u16(head + 18);
    if (units_per_em == 0) font.fail("zero units per em");
    const std::size_t glyph_count = font.u16(font.table("maxp") + 4);
    const std::size_t long_metrics = font.u16(font.table("hhea") + 34);
    if (long_metrics == 0 || long_metrics > glyph_count) font.fail("bad horizontal metrics");
    const std::size_t hmtx = font.table("hmtx");
    metrics.widths_1000_.resize(glyph_count);
    for (std::size_t g = 0; g < glyph_count; ++g) {
        // Glyphs past the long metrics share the last advance width.
        const uint32_t advance = font.u16(hmtx + 4 * std::min(g, long_metrics - 1));
        metrics.widths_1000_[g] = static_cast<int>(advance * 1000 / units_per_em);
    }

    const std::size_t cmap = font.table("cmap");
    const uint16_t subtables = font.u16(cmap + 2);
    std::size_t format4 = 0;
    for (std::size_t i = 0; i < subtables && format4 == 0; ++i) {
        const std::size_t record = cmap + 4 + 8 * i;
        const uint16_t platform = font.u16(record);
        const uint16_t encoding = font.u16(record + 2);
        const std::size_t at = cmap + font.u32(record + 4);
        // Windows Unicode BMP, or Unicode BMP: the map the PDF's CID font uses.
        const bool unicode = (platform == 3 && encoding == 1) || (platform == 0 && encoding == 3);
        if (unicode && font.u16(at) == 4) format4 = at;
    }
    if (format4 == 0) font.fail("no Unicode character map (format 4)");
    metrics.glyph_of_.assign(0x10000, 0);
    read_cmap_format4(font, format4, metrics.glyph_of_);
    for (uint16_t& glyph : metrics.glyph_of_) {
        if (glyph >= glyph_count) glyph = 0;
    }
    metrics.alias_missing_spaces();
    return metrics;
}

void FontMetrics::alias_missing_spaces() {
    if (!has(' ')) return;
    for (const char32_t space : kSpaces) {
        if (has(space)) continue;
        glyph_of_[space] = glyph_of_[' '];
        spaces_as_space_.push_back(space);
    }
}

std::string FontMetrics::drawable(std::string_view utf8) const {
    if (spaces_as_space_.empty()) return std::string(utf8);
    std::string out;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const char32_t c = next_code_point(utf8, pos);
        const bool aliased = std::find(spaces_as_space_.begin(), spaces_as_space_.end(), c) !=
                             spaces_as_space_.end();
        append_utf8(out, aliased ? U' ' : c);
    }
    return out;
}

bool FontMetrics::covers(std::string_view utf8) const {
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const char32_t c = next_code_point(utf8, pos);
        // Line feeds never reach the page: the layout splits lines on them.
        if (c != '\n' && !has(c)) return false;
    }
    return true;
}

int FontMetrics::width_1000(char32_t code_point) const {
    const uint16_t glyph = code_point < glyph_of_.size() ? glyph_of_[code_point] : 0;
    return widths_1000_[glyph];
}

long FontMetrics::text_width_1000(std::string_view utf8) const {
    long total = 0;
    std::size_t pos = 0;
    while (pos < utf8.size()) total += width_1000(next_code_point(utf8, pos));
    return total;
}

}  // namespace portalgen
