// PDFDocEncoding of the document information's strings.
#include "render/pdf_doc_encoding.h"

#include "render/pdf_text.h"

namespace portalgen {

std::optional<std::string> encode_pdf_doc(std::string_view utf8) {
    constexpr char32_t kEuro = 0x20AC;
    constexpr char32_t kSoftHyphen = 0xAD;
    std::string bytes;
    bytes.reserve(utf8.size());
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const char32_t c = next_code_point(utf8, pos);
        if (c >= 0x20 && c <= 0x7E) {
            bytes += static_cast<char>(c);
        } else if (c >= 0xA1 && c <= 0xFF && c != kSoftHyphen) {
            bytes += static_cast<char>(c);
        } else if (c == kEuro) {
            bytes += '\xA0';
        } else {
            return std::nullopt;
        }
    }
    return bytes;
}

}  // namespace portalgen
