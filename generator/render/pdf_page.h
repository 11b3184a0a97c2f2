// PdfPage: one laid-out page of an invoice as positioned rectangles, rules and text, in
// PDF points from the page's bottom-left corner, ready to draw.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "render/pdf_text.h"

namespace portalgen {

struct PdfColor {
    float r = 0;
    float g = 0;
    float b = 0;
    bool operator==(const PdfColor&) const = default;
};

struct PdfFilledRect {
    float x = 0;
    float y = 0;  // bottom edge
    float width = 0;
    float height = 0;
    PdfColor color;
};

struct PdfRule {
    float x1 = 0;
    float y1 = 0;
    float x2 = 0;
    float y2 = 0;
    float width = 0.5f;
    PdfColor color;
};

// One line of text; (x, y) is the start of its baseline (alignment is already applied).
struct PdfTextRun {
    float x = 0;
    float y = 0;
    std::string text;
    PdfFontStyle style = PdfFontStyle::regular;
    float size = 9;
    PdfColor color;
};

// An image scaled into its box; its bytes (PNG or JPEG) belong to the view the page was laid out
// from, which outlives the drawing.
struct PdfImage {
    float x = 0;
    float y = 0;  // bottom edge
    float width = 0;
    float height = 0;
    std::string_view bytes;
};

// A page's size in points (A4 595.276 × 841.89, US Letter 612 × 792).
struct PdfPageSize {
    float width = 595.276f;
    float height = 841.89f;
};

// Drawn in this order: rectangles, images, rules, text.
struct PdfPage {
    PdfPageSize size;
    std::vector<PdfFilledRect> rects;
    std::vector<PdfImage> images;
    std::vector<PdfRule> rules;
    std::vector<PdfTextRun> texts;
};

}  // namespace portalgen
