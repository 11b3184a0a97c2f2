// PdfTextCodes: the two-byte codes a document's CID fonts draw its characters with, one per
// character the document shows, numbered densely, and the ToUnicode map that sends them back.
//
// libharu 2.3's own UTF-8 fonts use each character's Unicode value as its code: each font then
// looks all 65,536 codes up in the font's character map, checks a width for each and writes a
// 128 KB CIDToGIDMap, 4 ms per document. With codes for only the document's characters, the same
// work covers a few hundred entries. libharu takes text as C strings, so no code has a zero byte:
// the k-th character's code is (1 + k / 255, 1 + k % 255).
#pragma once

#include <hpdf.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "render/pdf_page.h"

namespace portalgen {

// The characters the pages draw (text and stamps), sorted, each once. A character outside the
// Basic Multilingual Plane, which CID fonts of two-byte codes cannot show, counts as U+FFFD.
std::vector<char16_t> drawn_characters(const std::vector<PdfPage>& pages);

class PdfTextCodes {
  public:
    // Codes with no zero byte: 255 x 255, the last kept for libharu (see render/pdf_haru).
    static constexpr std::size_t kCapacity = 255 * 255 - 1;

    // Codes for `characters`, sorted and each once, as drawn_characters gives them (every
    // character of the plane fits).
    explicit PdfTextCodes(std::vector<char16_t> characters);

    // The characters with codes, in code order: characters()[k] has code(k).
    const std::vector<char16_t>& characters() const { return characters_; }
    static std::uint16_t code(std::size_t index) {
        return static_cast<std::uint16_t>((1 + index / 255) << 8 | (1 + index % 255));
    }

    // The text's codes, two bytes each, high byte first. Throws std::logic_error for a character
    // given no code (text that was not among the document's characters).
    std::string encode(std::string_view utf8) const;

    // The ToUnicode CMap sending each code back to its character.
    std::string to_unicode_cmap() const;

  private:
    std::optional<std::size_t> index_of(char16_t c) const;

    std::vector<char16_t> characters_;
};

// Replaces the font's ToUnicode stream content with `cmap`; a font without one (the simple
// Windows-1252 fonts) is left as it is.
void replace_to_unicode(HPDF_Font font, std::string_view cmap);

}  // namespace portalgen
