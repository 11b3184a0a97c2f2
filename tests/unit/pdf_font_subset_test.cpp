// Fonts cut down to a document's characters (render/pdf_font_subset): libharu reads the same
// widths from them as the layout takes from the whole fonts, each family in each style, and
// they are a small part of the font (pdf_font_tables_test: what tables and glyphs they hold).
#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "render/pdf_fonts.h"
#include "render/pdf_haru.h"
#include "render/pdf_text.h"
#include "render/pdf_text_codes.h"

using namespace portalgen;

namespace {

const PdfFonts& fonts() {
    static const PdfFonts loaded = PdfFonts::load_default();
    return loaded;
}

std::vector<char16_t> characters_of(const std::vector<std::string>& texts) {
    std::vector<char16_t> characters;
    for (const auto& text : texts) {
        std::size_t pos = 0;
        while (pos < text.size())
            characters.push_back(static_cast<char16_t>(next_code_point(text, pos)));
    }
    return characters;
}

// The text's codes in a document drawing `characters`, as PdfTextCodes gives them.
PdfTextCodes codes_for(std::vector<char16_t> characters) {
    std::sort(characters.begin(), characters.end());
    characters.erase(std::unique(characters.begin(), characters.end()), characters.end());
    return PdfTextCodes(std::move(characters));
}

long haru_width(HPDF_Font font, const std::string& bytes) {
    return static_cast<long>(HPDF_Font_TextWidth(font,
                                                 reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                                                 static_cast<HPDF_UINT>(bytes.size()))
                                 .width);
}

struct FamilyCase {
    const char* name;
    const PdfFontFamily& family;
    std::vector<std::string> texts;
};

}  // namespace

TEST_CASE("pdf font subsets: libharu's widths are the whole font's, in every family and style",
          "[pdf][fonts]") {
    const std::vector<FamilyCase> cases = {
        {"Latin subset", fonts().subset(), {"Łukasz Wiśniewski", "Total due 1 234,56 € −5 %"}},
        {"DejaVu Sans",
         fonts().full(),
         {"Γιώργος Παπαδόπουλος", "Ștefan Țurcanu", "Σύνολο 12,00 €"}},
        {"CJK",
         fonts().cjk(),
         {"山田 花子", "東京都千代田区丸の内", "김민준", "Amount due 1 234,56 €"}},
    };
    for (const auto& test : cases) {
        INFO(test.name);
        for (auto style : {PdfFontStyle::regular, PdfFontStyle::bold}) {
            const PdfFontFace& face = test.family.face(style);
            std::vector<std::string> drawable;
            for (const auto& text : test.texts) drawable.push_back(face.metrics.drawable(text));
            const std::string bytes = face.subsetter->subset(characters_of(drawable));
            CHECK(bytes.size() * 4 < std::filesystem::file_size(face.file));
            HaruDocument document(bytes, std::string());
            const PdfTextCodes codes = codes_for(characters_of(drawable));
            const HaruDocument::Fonts haru = document.start(&codes);
            for (std::size_t k = 0; k < drawable.size(); ++k) {
                INFO(test.texts[k]);
                CHECK(haru_width(haru.regular, codes.encode(drawable[k])) ==
                      face.metrics.text_width_1000(test.texts[k]));
            }
        }
    }
}

TEST_CASE("pdf font subsets: the same characters give the same bytes", "[pdf][fonts]") {
    const auto characters = characters_of({"Invoice INV/2026/00042 Łódź 山田"});
    const FontSubsetter& subsetter = *fonts().cjk().regular.subsetter;
    CHECK(subsetter.subset(characters) == subsetter.subset(characters));
    CHECK(subsetter.subset(characters) != subsetter.subset(characters_of({"Invoice"})));
}

namespace {

// The pages of `file_name`'s mappings resident in this process (KiB), and how many mappings.
std::pair<long, int> resident_kib(const std::string& file_name) {
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    bool in_file = false;
    long kib = 0;
    int mappings = 0;
    while (std::getline(smaps, line)) {
        if (!line.empty() && std::isxdigit(static_cast<unsigned char>(line[0])) &&
            line.find(' ') < line.find(':')) {
            in_file = line.ends_with("/" + file_name);
            mappings += in_file ? 1 : 0;
        } else if (in_file && line.starts_with("Rss:")) {
            kib += std::stol(line.substr(4));
        }
    }
    return {kib, mappings};
}

}  // namespace

TEST_CASE("pdf font subsets: the CJK font's pages do not stay in memory", "[pdf][fonts]") {
    const FontSubsetter& subsetter = *fonts().cjk().regular.subsetter;
    const std::string bytes =
        subsetter.subset(characters_of({"山田太郎 東京都千代田区 請求書 株式会社"}));
    CHECK(bytes.size() > 1000);
    const auto [kib, mappings] = resident_kib(PdfFonts::kCjk);
    CHECK(mappings >= 1);  // the subsetter maps the file
    CHECK(kib == 0);       // and has given back every page it read
}
