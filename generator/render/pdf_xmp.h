// The XMP metadata packet of a PDF/A-3b Factur-X invoice: the PDF/A identification, the document
// information (which PDF/A requires to equal the Info dictionary's), and the Factur-X properties
// with the extension schema that declares them.
#pragma once

#include <string>
#include <string_view>

namespace portalgen {

// The document information as the Info dictionary holds it (plain UTF-8 text; empty: absent).
struct XmpDocumentInfo {
    std::string title;
    std::string author;
    std::string subject;
    std::string keywords;
    std::string creator_tool;  // Info /Creator
    std::string producer;      // Info /Producer
    std::string date;          // creation and modification date, "2026-11-01T00:00:00Z"
};

// The Factur-X profile's name as XMP states it.
inline constexpr std::string_view kFacturXConformanceLevel = "EN 16931";
inline constexpr std::string_view kFacturXFileName = "factur-x.xml";

// The whole packet, from "<?xpacket begin" to "<?xpacket end='w'?>", in UTF-8.
std::string facturx_xmp_packet(const XmpDocumentInfo& info);

}  // namespace portalgen
