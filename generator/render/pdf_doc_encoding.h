// PDFDocEncoding (ISO 32000-1, Annex D), the single-byte encoding of a PDF's text strings such as
// the document information. A document whose information fits it needs no UTF-16 strings, and so
// spares libharu building its UTF-8 encoder's 65,536-entry tables for that document alone.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace portalgen {

// The text's PDFDocEncoding bytes when every character has one; taken here: printable ASCII,
// Latin-1's U+00A1..U+00FF but the soft hyphen, and the euro sign (byte 0xA0).
std::optional<std::string> encode_pdf_doc(std::string_view utf8);

}  // namespace portalgen
