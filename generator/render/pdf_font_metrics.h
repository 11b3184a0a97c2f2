// FontMetrics: what the layout needs of a TrueType font file — which characters it has and how
// wide they are — read once from the file's cmap, hmtx, hhea and head tables.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace portalgen {

class FontMetrics {
  public:
    // Throws std::runtime_error naming the file when it is missing or not a usable TrueType font.
    // A Unicode space the font lacks (CJK fonts often lack U+00A0 and U+202F) counts as present,
    // with the width of U+0020, as which it is drawn (see drawable).
    static FontMetrics read(const std::filesystem::path& file);

    // Characters of the Basic Multilingual Plane only, like the PDF's character map.
    bool has(char32_t code_point) const {
        return code_point < glyph_of_.size() && glyph_of_[code_point] != 0;
    }
    // Whether the font has every character of the UTF-8 text.
    bool covers(std::string_view utf8) const;

    // The advance width in thousandths of an em, truncated as the PDF's width array has it;
    // a character the font lacks has the width of the missing-glyph box.
    int width_1000(char32_t code_point) const;
    // The width of a line of UTF-8 text, in thousandths of an em.
    long text_width_1000(std::string_view utf8) const;

    // The text as the font can draw it: the spaces it lacks become U+0020.
    std::string drawable(std::string_view utf8) const;

  private:
    void alias_missing_spaces();

    std::vector<uint16_t> glyph_of_;         // indexed by code point, 0 = missing
    std::vector<int> widths_1000_;           // indexed by glyph
    std::vector<char32_t> spaces_as_space_;  // the spaces the font lacks, drawn as U+0020
};

}  // namespace portalgen
