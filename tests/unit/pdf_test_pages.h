// Helpers of the PDF layout tests: a fixed-width measure, so that expected widths and positions
// are easy to check by hand, and the text found on laid-out pages.
#pragma once

#include <string>
#include <string_view>

#include "render/pdf_page.h"
#include "render/pdf_text.h"

namespace portalgen::testing {

// Every character, bold as well, is `em_share` of the font size wide.
class FixedMeasure final : public TextMeasure {
  public:
    explicit FixedMeasure(float em_share) : em_share_(em_share) {}
    float width(std::string_view utf8, PdfFontStyle, float size) const override {
        float characters = 0;
        std::size_t pos = 0;
        while (pos < utf8.size()) {
            next_code_point(utf8, pos);
            characters += 1;
        }
        return characters * size * em_share_;
    }

  private:
    float em_share_;
};

// How many runs of the page are exactly `text`.
inline int count_text(const PdfPage& page, const std::string& text) {
    int count = 0;
    for (const auto& run : page.texts) count += run.text == text ? 1 : 0;
    return count;
}

inline bool has_text_starting(const PdfPage& page, const std::string& prefix) {
    for (const auto& run : page.texts) {
        if (run.text.starts_with(prefix)) return true;
    }
    return false;
}

}  // namespace portalgen::testing
