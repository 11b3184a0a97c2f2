// Every font the PDFs embed has each of the 13 tables libharu copies into a PDF, none empty:
// libharu cannot save a document when an empty table falls exactly on its 4,096-byte buffer
// boundary (cmake/libharu_tables.py), so a font that lacks one fails about one PDF in 4,096.
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "font_tables.h"
#include "render/pdf_fonts.h"

using namespace portalgen;
using namespace portalgen::testing;

namespace {

void check_libharu_tables(const std::string& font) {
    const auto tables = font_tables(font);
    for (const char* tag : kLibharuTables) {
        INFO("table '" << tag << "'");
        REQUIRE(tables.count(tag) == 1);
        CHECK(tables.at(tag).length > 0);
    }
}

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("every embedded font, and its subsets, has libharu's 13 tables, none empty",
          "[pdf][fonts]") {
    const PdfFonts fonts = PdfFonts::load_default();
    for (const PdfFontFamily* family : {&fonts.subset(), &fonts.full(), &fonts.cjk()}) {
        for (auto style : {PdfFontStyle::regular, PdfFontStyle::bold}) {
            const PdfFontFace& face = family->face(style);
            INFO(face.file.string());
            check_libharu_tables(read_file(face.file));
            // The subset of two letters: the missing glyph and theirs, the same tables.
            const std::string subset = face.subsetter->subset({u'A', u'B'});
            check_libharu_tables(subset);
            const auto maxp = font_tables(subset).at("maxp");
            CHECK(big_endian(subset, maxp.offset + 4, 2) == 3);  // numGlyphs
        }
    }
}
