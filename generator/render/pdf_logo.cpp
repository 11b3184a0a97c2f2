#include "render/pdf_logo.h"

#include <algorithm>

#include "core/logo_image.h"
#include "render/pdf_style.h"

namespace portalgen {

using namespace pdf_style;

std::optional<PdfLogoBox> pdf_logo_box(std::string_view logo) {
    const auto pixels = logo_pixels(logo);
    if (!pixels) return std::nullopt;
    const float width = static_cast<float>(pixels->width);
    const float height = static_cast<float>(pixels->height);
    const float scale = std::min(kLogoMaxWidth / width, kLogoMaxHeight / height);
    return PdfLogoBox{width * scale, height * scale};
}

float draw_logo(Canvas& canvas, std::string_view logo, float x, float top) {
    const auto box = pdf_logo_box(logo);
    if (!box) return top;
    canvas.image(x, top, box->width, box->height, logo);
    return top + box->height + kLogoGap;
}

}  // namespace portalgen
