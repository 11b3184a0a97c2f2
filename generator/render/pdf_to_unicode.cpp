// ToUnicode maps for libharu's UTF-8 fonts.
#include "render/pdf_to_unicode.h"

#include <algorithm>
#include <cstdio>

#include "render/pdf_text.h"

namespace portalgen {

namespace {

// A CMap's bfchar block holds at most 100 entries.
constexpr std::size_t kBlock = 100;

void add_characters(std::string_view utf8, std::vector<char16_t>& out) {
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const char32_t c = next_code_point(utf8, pos);
        if (c <= 0xFFFF && (c < 0xD800 || c > 0xDFFF)) out.push_back(static_cast<char16_t>(c));
    }
}

}  // namespace

std::vector<char16_t> drawn_characters(const std::vector<PdfPage>& pages) {
    std::vector<char16_t> characters;
    for (const auto& page : pages)
        for (const auto& run : page.texts) add_characters(run.text, characters);
    std::sort(characters.begin(), characters.end());
    characters.erase(std::unique(characters.begin(), characters.end()), characters.end());
    return characters;
}

std::string identity_to_unicode_cmap(const std::vector<char16_t>& characters) {
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    cmap.reserve(cmap.size() + characters.size() * 14 + 200);
    for (std::size_t start = 0; start < characters.size(); start += kBlock) {
        const std::size_t end = std::min(characters.size(), start + kBlock);
        char line[32];
        std::snprintf(line, sizeof line, "%zu beginbfchar\n", end - start);
        cmap += line;
        for (std::size_t i = start; i < end; ++i) {
            const unsigned code = characters[i];
            std::snprintf(line, sizeof line, "<%04X> <%04X>\n", code, code);
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
