// Text for the PDF: UTF-8 decoding, cleaning text the PDF fonts cannot show, measuring it and
// wrapping it to a width. Pure functions: the layout is computed before any PDF exists.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace portalgen {

enum class PdfFontStyle { regular, bold };

// Measures the width of one line of text, in points.
class TextMeasure {
  public:
    virtual ~TextMeasure() = default;
    virtual float width(std::string_view utf8, PdfFontStyle style, float size) const = 0;
};

// Decodes the code point at `pos` and advances past it; a malformed byte reads as U+FFFD and
// advances by one.
char32_t next_code_point(std::string_view utf8, std::size_t& pos);

void append_utf8(std::string& out, char32_t code_point);

// Makes text safe to draw: malformed UTF-8, characters outside the Basic Multilingual Plane
// (the PDF's character map covers only that plane) and control characters become U+FFFD; tabs
// become spaces. Line feeds are kept when `keep_line_feeds` (the callers split on them),
// otherwise they become spaces. Carriage returns are dropped.
std::string pdf_clean_text(std::string_view utf8, bool keep_line_feeds);

// Splits text into lines no wider than `width`: line feeds start a new line; lines break at ASCII
// spaces only (U+00A0 and U+202F hold a number and its currency together); a word wider than
// the width is broken between characters. An empty paragraph gives an empty line; trailing line
// feeds and spaces give none.
std::vector<std::string> wrap_text(std::string_view utf8, float width, const TextMeasure& measure,
                                   PdfFontStyle style, float size);

}  // namespace portalgen
