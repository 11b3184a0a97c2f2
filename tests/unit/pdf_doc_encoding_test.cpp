// PDFDocEncoding of the document information (ISO 32000-1, Annex D, table D.2), by hand.
#include "render/pdf_doc_encoding.h"

#include <catch2/catch.hpp>
#include <optional>
#include <string>

using namespace portalgen;

TEST_CASE("PDFDocEncoding: ASCII, Latin-1 and the euro sign have bytes, the rest none", "[pdf]") {
    struct Row {
        const char* text;
        std::optional<std::string> bytes;
    };
    const Row rows[] = {
        {"Invoice INV/2026/00042", std::string("Invoice INV/2026/00042")},
        {"", std::string()},
        {"Facture – Café", std::nullopt},  // the en dash is 0x85 in PDFDocEncoding: not taken
        {"Café Noël", std::string("Caf\xE9 No\xEBl")},
        {"12,00 €", std::string("12,00 \xA0")},
        {"¡ÿ", std::string("\xA1\xFF")},
        {"\u00A0", std::nullopt},  // no-break space: no byte (0xA0 is the euro sign)
        {"\u00AD", std::nullopt},  // soft hyphen: undefined
        {"1\u202F234", std::nullopt},
        {"Łódź", std::nullopt},
        {"山田", std::nullopt},
        {"tab\there", std::nullopt},
        {"~\x7F", std::nullopt},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        CHECK(encode_pdf_doc(row.text) == row.bytes);
    }
}
