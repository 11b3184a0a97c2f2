// PdfFonts: finding the font files and reading their metrics.
#include "render/pdf_fonts.h"

#include <stdexcept>
#include <string>
#include <utility>

namespace portalgen {

namespace {

std::filesystem::path find_font(const std::vector<std::filesystem::path>& folders,
                                const char* name) {
    std::string searched;
    for (const auto& folder : folders) {
        std::error_code error;
        auto candidate = folder / name;
        if (std::filesystem::is_regular_file(candidate, error)) return candidate;
        searched += (searched.empty() ? "" : ", ") + folder.string();
    }
    throw std::runtime_error(std::string("font file not found: ") + name + " (looked in " +
                             (searched.empty() ? "no folder" : searched) + ")");
}

PdfFontFace load_face(const std::vector<std::filesystem::path>& folders, const char* name) {
    auto file = find_font(folders, name);
    auto metrics = FontMetrics::read(file);
    return PdfFontFace{file, std::move(metrics), std::make_shared<const FontSubsetter>(file)};
}

}  // namespace

PdfFonts PdfFonts::load(const std::vector<std::filesystem::path>& folders) {
    PdfFonts fonts;
    fonts.full_ = {load_face(folders, kFullRegular), load_face(folders, kFullBold)};
    fonts.subset_ = {load_face(folders, kSubsetRegular), load_face(folders, kSubsetBold)};
    const PdfFontFace cjk = load_face(folders, kCjk);
    fonts.cjk_ = {cjk, cjk};
    return fonts;
}

std::vector<std::filesystem::path> PdfFonts::default_folders(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> folders;
    if (!folder.empty()) folders.push_back(folder);
    folders.emplace_back(PORTALGEN_FONT_DIR);
    folders.emplace_back(PORTALGEN_SYSTEM_FONT_DIR);
    return folders;
}

PdfFonts PdfFonts::load_default(const std::filesystem::path& folder) {
    return load(default_folders(folder));
}

bool PdfFonts::subset_covers(std::string_view utf8) const {
    return subset_.regular.metrics.covers(utf8) && subset_.bold.metrics.covers(utf8);
}

float FontFamilyMeasure::width(std::string_view utf8, PdfFontStyle style, float size) const {
    return static_cast<float>(family_.face(style).metrics.text_width_1000(utf8)) * size / 1000.0f;
}

}  // namespace portalgen
