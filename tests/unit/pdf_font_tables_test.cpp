// Every font the PDFs embed has each of the 13 tables libharu copies into a PDF, none empty:
// libharu cannot save a document when an empty table falls exactly on its 4,096-byte buffer
// boundary (cmake/libharu_tables.py), so a font that lacks one fails about one PDF in 4,096.
#include <catch2/catch.hpp>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "render/pdf_fonts.h"

using namespace portalgen;

namespace {

std::uint32_t big_endian(const std::string& bytes, std::size_t at, int size) {
    std::uint32_t value = 0;
    for (int k = 0; k < size; ++k) value = value << 8 | static_cast<unsigned char>(bytes.at(at + k));
    return value;
}

// The font's table directory: tag → length.
std::map<std::string, std::uint32_t> table_lengths(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    std::map<std::string, std::uint32_t> lengths;
    const std::uint32_t count = big_endian(bytes, 4, 2);
    for (std::uint32_t k = 0; k < count; ++k) {
        const std::size_t record = 12 + 16 * k;
        lengths[bytes.substr(record, 4)] = big_endian(bytes, record + 12, 4);
    }
    return lengths;
}

}  // namespace

TEST_CASE("every embedded font has libharu's 13 tables, none of them empty") {
    const PdfFonts fonts = PdfFonts::load_default();
    const std::vector<std::filesystem::path> files = {
        fonts.subset().regular.file, fonts.subset().bold.file, fonts.full().regular.file,
        fonts.full().bold.file,      fonts.cjk().regular.file,
    };
    const char* required[] = {"OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea",
                              "hmtx", "loca", "maxp", "name", "post", "prep"};
    for (const auto& file : files) {
        const auto lengths = table_lengths(file);
        REQUIRE(lengths.size() >= 13);
        for (const char* tag : required) {
            INFO(file.string() << " table '" << tag << "'");
            REQUIRE(lengths.count(tag) == 1);
            CHECK(lengths.at(tag) > 0);
        }
    }
}
