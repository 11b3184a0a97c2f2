// Canvas: writes positioned text, rules and bands on a PdfPage in top-down coordinates
// ("top" = the distance from the page's top edge), converting to PDF's bottom-up points by the
// page's own height.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "render/pdf_page.h"
#include "render/pdf_text.h"

namespace portalgen {

class Canvas {
  public:
    Canvas(PdfPage& page, const TextMeasure& measure) : page_(page), measure_(measure) {}

    // One line of text from its baseline; empty text draws nothing.
    void text(float x, float baseline, std::string text, PdfFontStyle style, float size,
              PdfColor color);
    void text_right(float right, float baseline, std::string text, PdfFontStyle style, float size,
                    PdfColor color);
    // Lines each in a box of `line_height` from `top`; returns the top below them.
    float lines(const std::vector<std::string>& lines, float x, float width, float top,
                float line_height, PdfFontStyle style, float size, PdfColor color,
                bool right_aligned = false);
    // Cleans, wraps to `width`, and draws like lines().
    float paragraph(std::string_view text, float x, float width, float top, float line_height,
                    PdfFontStyle style, float size, PdfColor color, bool right_aligned = false);
    std::vector<std::string> wrap(std::string_view text, float width, PdfFontStyle style,
                                  float size) const;
    void rule(float x1, float x2, float top, float width, PdfColor color);
    void band(float x, float top, float width, float height, PdfColor color);
    void image(float x, float top, float width, float height, std::string_view bytes);
    float width(std::string_view text, PdfFontStyle style, float size) const {
        return measure_.width(text, style, size);
    }

  private:
    float pdf_y(float top) const;  // from the page's top edge to PDF's bottom-up y

    PdfPage& page_;
    const TextMeasure& measure_;
};

}  // namespace portalgen
