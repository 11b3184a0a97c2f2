// Text for the PDF: UTF-8 decoding, cleaning, wrapping.
#include "render/pdf_text.h"

namespace portalgen {

namespace {

constexpr char32_t kReplacement = 0xFFFD;
// Widths add up exactly, but sums of floats may differ in the last bit.
constexpr float kTolerance = 0.001f;

bool is_continuation(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

// Breaks a word wider than the width between characters; the last piece is returned, the
// others appended to `lines`.
std::string break_word(std::string_view word, float width, const TextMeasure& measure,
                       PdfFontStyle style, float size, std::vector<std::string>& lines) {
    std::string piece;
    float piece_width = 0;
    std::size_t pos = 0;
    while (pos < word.size()) {
        std::size_t start = pos;
        next_code_point(word, pos);
        std::string_view character = word.substr(start, pos - start);
        float character_width = measure.width(character, style, size);
        if (!piece.empty() && piece_width + character_width > width + kTolerance) {
            lines.push_back(std::move(piece));
            piece.clear();
            piece_width = 0;
        }
        piece += character;
        piece_width += character_width;
    }
    return piece;
}

void wrap_paragraph(std::string_view paragraph, float width, const TextMeasure& measure,
                    PdfFontStyle style, float size, std::vector<std::string>& lines) {
    const float space_width = measure.width(" ", style, size);
    std::string line;
    float line_width = 0;
    std::size_t pos = 0;
    while (pos <= paragraph.size()) {
        std::size_t end = paragraph.find(' ', pos);
        if (end == std::string_view::npos) end = paragraph.size();
        std::string_view word = paragraph.substr(pos, end - pos);
        pos = end + 1;
        if (word.empty()) continue;
        float word_width = measure.width(word, style, size);
        if (!line.empty() && line_width + space_width + word_width <= width + kTolerance) {
            line += ' ';
            line += word;
            line_width += space_width + word_width;
            continue;
        }
        if (!line.empty()) lines.push_back(std::move(line));
        if (word_width <= width + kTolerance) {
            line = std::string(word);
            line_width = word_width;
        } else {
            line = break_word(word, width, measure, style, size, lines);
            line_width = measure.width(line, style, size);
        }
    }
    // An empty paragraph still takes a line: it is a blank line the author typed.
    lines.push_back(std::move(line));
}

}  // namespace

char32_t next_code_point(std::string_view utf8, std::size_t& pos) {
    const auto lead = static_cast<unsigned char>(utf8[pos]);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    int length = 0;
    char32_t code_point = 0;
    char32_t minimum = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, code_point = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, code_point = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, code_point = lead & 0x07, minimum = 0x10000;
    } else {
        ++pos;
        return kReplacement;
    }
    if (pos + length > utf8.size()) {
        ++pos;
        return kReplacement;
    }
    for (int i = 1; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(utf8[pos + i]);
        if (!is_continuation(byte)) {
            ++pos;
            return kReplacement;
        }
        code_point = (code_point << 6) | (byte & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are malformed.
    if (code_point < minimum || code_point > 0x10FFFF ||
        (code_point >= 0xD800 && code_point <= 0xDFFF)) {
        ++pos;
        return kReplacement;
    }
    pos += length;
    return code_point;
}

void append_utf8(std::string& out, char32_t code_point) {
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code_point >> 18));
        out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

std::string pdf_clean_text(std::string_view utf8, bool keep_line_feeds) {
    std::string out;
    out.reserve(utf8.size());
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        char32_t c = next_code_point(utf8, pos);
        if (c == '\r') continue;
        if (c == '\n') {
            out += keep_line_feeds ? '\n' : ' ';
        } else if (c == '\t') {
            out += ' ';
        } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c > 0xFFFF || c == 0xFFFE ||
                   c == 0xFFFF) {
            append_utf8(out, kReplacement);
        } else {
            append_utf8(out, c);
        }
    }
    return out;
}

std::vector<std::string> wrap_text(std::string_view utf8, float width, const TextMeasure& measure,
                                   PdfFontStyle style, float size) {
    std::vector<std::string> lines;
    const std::size_t last = utf8.find_last_not_of(" \n");
    if (last == std::string_view::npos) return lines;
    utf8 = utf8.substr(0, last + 1);
    std::size_t start = 0;
    while (true) {
        std::size_t feed = utf8.find('\n', start);
        std::string_view paragraph = utf8.substr(
            start, feed == std::string_view::npos ? std::string_view::npos : feed - start);
        wrap_paragraph(paragraph, width, measure, style, size, lines);
        if (feed == std::string_view::npos) break;
        start = feed + 1;
    }
    return lines;
}

}  // namespace portalgen
