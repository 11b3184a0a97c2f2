// The seller's logo in the header of its PDFs (SPEC 3b "Branding"): scaled up or down to fit
// pdf_style's logo box, its aspect ratio kept.
#pragma once

#include <optional>
#include <string_view>

#include "render/pdf_canvas.h"

namespace portalgen {

struct PdfLogoBox {
    float width = 0;
    float height = 0;
};

// The logo's size on the page; nullopt when there is no logo or its size cannot be read.
std::optional<PdfLogoBox> pdf_logo_box(std::string_view logo);

// Draws the logo with its top-left corner at (x, top); returns the top below it and the gap
// that follows it, or `top` when there is no logo.
float draw_logo(Canvas& canvas, std::string_view logo, float x, float top);

}  // namespace portalgen
