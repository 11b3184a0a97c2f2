// PdfFonts: the fonts of the invoice PDFs — DejaVu Sans regular and bold, and their Latin subset
// "Portalgen Sans" made at build time, which is several times faster to embed. A document uses
// the subset when the subset has every character it shows, the full font otherwise. Immutable
// once loaded: load once and share between threads.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "render/pdf_font_metrics.h"
#include "render/pdf_text.h"

namespace portalgen {

struct PdfFontFace {
    std::filesystem::path file;
    FontMetrics metrics;
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

    // Takes each of the four files from the first folder that has it. Throws
    // std::runtime_error naming the file when one is missing or unreadable.
    static PdfFonts load(const std::vector<std::filesystem::path>& folders);
    // `folder` (when not empty), then the build's subset folder, then the system's DejaVu folder.
    static PdfFonts load_default(const std::filesystem::path& folder = {});
    static std::vector<std::filesystem::path> default_folders(const std::filesystem::path& folder);

    const PdfFontFamily& full() const { return full_; }
    const PdfFontFamily& subset() const { return subset_; }
    // Whether the subset has every character of the text, in both styles.
    bool subset_covers(std::string_view utf8) const;

  private:
    PdfFontFamily full_;
    PdfFontFamily subset_;
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
