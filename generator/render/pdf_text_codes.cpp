// PdfTextCodes: a document's two-byte character codes and their ToUnicode map.
#include "render/pdf_text_codes.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdio>
#include <optional>
#include <stdexcept>

#include "render/pdf_text.h"

namespace portalgen {

namespace {

// A CMap's bfchar block holds at most 100 entries.
constexpr std::size_t kBlock = 100;
constexpr char16_t kReplacement = u'\uFFFD';

// The character a code point is drawn as.
char16_t drawn_as(char32_t c) {
    if (c > 0xFFFF || (c >= 0xD800 && c <= 0xDFFF)) return kReplacement;
    return static_cast<char16_t>(c);
}

}  // namespace

std::vector<char16_t> drawn_characters(const std::vector<PdfPage>& pages) {
    // A bit per character of the plane, read a word at a time: cheaper than sorting every
    // character drawn.
    std::array<std::uint64_t, 0x10000 / 64> drawn{};
    for (const auto& page : pages) {
        for (const auto& run : page.texts) {
            std::size_t pos = 0;
            while (pos < run.text.size()) {
                const char16_t c = drawn_as(next_code_point(run.text, pos));
                drawn[c / 64] |= std::uint64_t{1} << (c % 64);
            }
        }
    }
    std::vector<char16_t> characters;
    for (std::size_t word = 0; word < drawn.size(); ++word) {
        for (std::uint64_t bits = drawn[word]; bits != 0; bits &= bits - 1)
            characters.push_back(static_cast<char16_t>(word * 64 + std::countr_zero(bits)));
    }
    return characters;
}

PdfTextCodes::PdfTextCodes(std::vector<char16_t> characters) : characters_(std::move(characters)) {
    // The plane has fewer characters (65,536 less 2,048 surrogates) than there are codes.
    static_assert(0x10000 - 0x800 < kCapacity);
    if (characters_.size() > kCapacity) throw std::logic_error("pdf: more characters than codes");
}

std::optional<std::size_t> PdfTextCodes::index_of(char16_t c) const {
    const auto found = std::lower_bound(characters_.begin(), characters_.end(), c);
    if (found == characters_.end() || *found != c) return std::nullopt;
    return static_cast<std::size_t>(found - characters_.begin());
}

std::string PdfTextCodes::encode(std::string_view utf8) const {
    std::string bytes;
    bytes.reserve(utf8.size() * 2);
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const std::optional<std::size_t> index = index_of(drawn_as(next_code_point(utf8, pos)));
        if (!index) throw std::logic_error("pdf: a character the document has no code for");
        const std::uint16_t value = code(*index);
        bytes += static_cast<char>(value >> 8);
        bytes += static_cast<char>(value & 0xFF);
    }
    return bytes;
}

std::string PdfTextCodes::to_unicode_cmap() const {
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    cmap.reserve(cmap.size() + characters_.size() * 14 + 200);
    for (std::size_t start = 0; start < characters_.size(); start += kBlock) {
        const std::size_t end = std::min(characters_.size(), start + kBlock);
        char line[32];
        std::snprintf(line, sizeof line, "%zu beginbfchar\n", end - start);
        cmap += line;
        for (std::size_t i = start; i < end; ++i) {
            std::snprintf(line, sizeof line, "<%04X> <%04X>\n", static_cast<unsigned>(code(i)),
                          static_cast<unsigned>(characters_[i]));
            cmap += line;
        }
        cmap += "endbfchar\n";
    }
    cmap +=
        "endcmap\n"
        "CMapName currentdict /CMap defineresource pop\n"
        "end\n"
        "end\n";
    return cmap;
}

void replace_to_unicode(HPDF_Font font, std::string_view cmap) {
    auto stream = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
    if (stream == nullptr || stream->stream == nullptr) return;
    HPDF_MemStream_FreeData(stream->stream);
    HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                      static_cast<HPDF_UINT>(cmap.size()));
    // The encoding CMap's entries, which describe a different map.
    for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"}) {
        HPDF_Dict_RemoveElement(stream, key);
    }
}

}  // namespace portalgen
