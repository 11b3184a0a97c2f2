// PdfStyle: the invoice PDF's page geometry, type sizes, spacing and colours, in points.
#pragma once

#include "core/accent_color.h"
#include "render/pdf_page.h"
#include "view/pdf_invoice_view.h"

namespace portalgen::pdf_style {

// The paper sizes, as libharu gives them (HPDF_PAGE_SIZE_A4, HPDF_PAGE_SIZE_LETTER).
inline constexpr PdfPageSize kA4{595.276f, 841.89f};
inline constexpr PdfPageSize kLetter{612, 792};
inline constexpr PdfPageSize page_size(PdfPaper paper) {
    return paper == PdfPaper::us_letter ? kLetter : kA4;
}

// The same margins on every paper: the content takes the rest of the width.
inline constexpr float kMarginLeft = 48;
inline constexpr float kMarginRight = 48;
inline constexpr float kMarginTop = 46;
inline constexpr float kMarginBottom = 30;
inline constexpr float content_width(PdfPageSize page) {
    return page.width - kMarginLeft - kMarginRight;
}

// Colours: near-black text, grey secondary text, one accent, light fills and rules.
inline constexpr PdfColor kInk{0.13f, 0.15f, 0.19f};
inline constexpr PdfColor kMuted{0.42f, 0.45f, 0.50f};
inline constexpr PdfColor kAccent{0.11f, 0.28f, 0.48f};
inline constexpr PdfColor kBand{0.93f, 0.95f, 0.97f};
inline constexpr PdfColor kHairline{0.84f, 0.86f, 0.89f};
// The seller's accent (SPEC 3b "Branding") for the name, title and headings, or kAccent.
inline PdfColor accent_of(const PdfSeller& seller) {
    const auto rgb = parse_hex_color(seller.accent);
    if (!rgb) return kAccent;
    return {rgb->r / 255.0f, rgb->g / 255.0f, rgb->b / 255.0f};
}

// The seller's logo, top left: scaled to fit this box, its aspect ratio kept.
inline constexpr float kLogoMaxWidth = 160;
inline constexpr float kLogoMaxHeight = 40;
inline constexpr float kLogoGap = 10;  // between the logo and the seller's name

// The table.
inline constexpr float kCellPadding = 5;  // left and right inside a column
inline constexpr float kRowPaddingTop = 6;
inline constexpr float kRowPaddingBottom = 6;
inline constexpr float kHeaderPadding = 5;  // above and below the header labels
inline constexpr float kHeaderSize = 8;
inline constexpr float kHeaderLine = 10.5f;
inline constexpr float kProductSize = 9;
inline constexpr float kProductLine = 12;
inline constexpr float kDescriptionSize = 8;
inline constexpr float kDescriptionLine = 10.5f;
inline constexpr float kCellSize = 9;
inline constexpr float kCellLine = 12;
inline constexpr float kProductMinWidth = 170;
inline constexpr float kTaxesMaxWidth = 110;

// Where the baseline of a line of text sits in its line box: DejaVu's capitals are about 0.73 em
// high, so this centres them.
inline float baseline_offset(float line_height, float size) {
    return line_height / 2 + 0.36f * size;
}

}  // namespace portalgen::pdf_style
