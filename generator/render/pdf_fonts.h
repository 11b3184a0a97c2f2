// PdfFonts: the fonts of the invoice PDFs — DejaVu Sans regular and bold, their Latin subset
// "Portalgen Sans" made at build time, which is several times faster to embed, and WenQuanYi Zen
// Hei ("PortalgenCJK.ttf", made at build time too) for the scripts DejaVu lacks (Chinese, Japanese,
// Korean). A document uses the subset when the subset has every character it shows, DejaVu when
// DejaVu has them, the CJK family otherwise. Immutable once loaded: load once and share between
// threads.
#pragma once

#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "render/pdf_font_metrics.h"
#include "render/pdf_font_subset.h"
#include "render/pdf_text.h"

namespace portalgen {

struct PdfFontFace {
    std::filesystem::path file;
    FontMetrics metrics;
    // Cuts the font down to a document's characters: what every PDF embeds.
    std::shared_ptr<const FontSubsetter> subsetter;
};

struct PdfFontFamily {
    PdfFontFace regular;
    PdfFontFace bold;
    const PdfFontFace& face(PdfFontStyle style) const {
        return style == PdfFontStyle::bold ? bold : regular;
    }
};

class PdfFonts {
  public:
    static constexpr const char* kFullRegular = "DejaVuSans.ttf";
    static constexpr const char* kFullBold = "DejaVuSans-Bold.ttf";
    static constexpr const char* kSubsetRegular = "PortalgenSans.ttf";
    static constexpr const char* kSubsetBold = "PortalgenSans-Bold.ttf";
    // WenQuanYi Zen Hei, made a single TrueType file at build time. It has no bold: bold text
    // is drawn regular.
    static constexpr const char* kCjk = "PortalgenCJK.ttf";

    // Takes each of the five files from the first folder that has it. Throws
    // std::runtime_error naming the file when one is missing or unreadable.
    static PdfFonts load(const std::vector<std::filesystem::path>& folders);
    // `folder` (when not empty), then the build's font folder, then the system's DejaVu folder.
    static PdfFonts load_default(const std::filesystem::path& folder = {});
    static std::vector<std::filesystem::path> default_folders(const std::filesystem::path& folder);

    const PdfFontFamily& full() const { return full_; }
    const PdfFontFamily& subset() const { return subset_; }
    const PdfFontFamily& cjk() const { return cjk_; }
    // Whether the subset has every character of the text, in both styles.
    bool subset_covers(std::string_view utf8) const;

  private:
    PdfFontFamily full_;
    PdfFontFamily subset_;
    PdfFontFamily cjk_;
};

// Measures text with a family's metrics (widths in points).
class FontFamilyMeasure final : public TextMeasure {
  public:
    explicit FontFamilyMeasure(const PdfFontFamily& family) : family_(family) {}
    float width(std::string_view utf8, PdfFontStyle style, float size) const override;

  private:
    const PdfFontFamily& family_;
};

}  // namespace portalgen
