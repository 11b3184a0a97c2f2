// Canvas: top-down drawing on a PdfPage.
#include "render/pdf_canvas.h"

#include "render/pdf_style.h"

namespace portalgen {

using pdf_style::baseline_offset;

float Canvas::pdf_y(float top) const {
    return page_.size.height - top;
}

void Canvas::text(float x, float baseline, std::string text, PdfFontStyle style, float size,
                  PdfColor color) {
    if (text.empty()) return;
    page_.texts.push_back({x, pdf_y(baseline), std::move(text), style, size, color});
}

void Canvas::text_right(float right, float baseline, std::string text, PdfFontStyle style,
                        float size, PdfColor color) {
    const float text_width = measure_.width(text, style, size);
    this->text(right - text_width, baseline, std::move(text), style, size, color);
}

float Canvas::lines(const std::vector<std::string>& lines, float x, float width, float top,
                    float line_height, PdfFontStyle style, float size, PdfColor color,
                    bool right_aligned) {
    for (const auto& line : lines) {
        const float baseline = top + baseline_offset(line_height, size);
        if (right_aligned) {
            text_right(x + width, baseline, line, style, size, color);
        } else {
            text(x, baseline, line, style, size, color);
        }
        top += line_height;
    }
    return top;
}

float Canvas::paragraph(std::string_view text, float x, float width, float top, float line_height,
                        PdfFontStyle style, float size, PdfColor color, bool right_aligned) {
    return lines(wrap(text, width, style, size), x, width, top, line_height, style, size, color,
                 right_aligned);
}

std::vector<std::string> Canvas::wrap(std::string_view text, float width, PdfFontStyle style,
                                      float size) const {
    return wrap_text(pdf_clean_text(text, true), width, measure_, style, size);
}

void Canvas::rule(float x1, float x2, float top, float width, PdfColor color) {
    page_.rules.push_back({x1, pdf_y(top), x2, pdf_y(top), width, color});
}

void Canvas::band(float x, float top, float width, float height, PdfColor color) {
    page_.rects.push_back({x, pdf_y(top + height), width, height, color});
}

void Canvas::image(float x, float top, float width, float height, std::string_view bytes) {
    page_.images.push_back({x, pdf_y(top + height), width, height, bytes});
}

}  // namespace portalgen
