// The XMP packet of a Factur-X invoice.
#include "render/pdf_xmp.h"

#include "core/xml_writer.h"

namespace portalgen {

namespace {

// The Factur-X extension schema, as the Factur-X package distributes it: PDF/A-3 accepts the fx:
// properties only with this declaration.
constexpr std::string_view kFacturXExtensionSchema =
    R"(<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas>
<rdf:Bag>
<rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>fx</pdfaSchema:prefix>
<pdfaSchema:property>
<rdf:Seq>
<rdf:li rdf:parseType="Resource">
<pdfaProperty:name>DocumentFileName</pdfaProperty:name>
<pdfaProperty:valueType>Text</pdfaProperty:valueType>
<pdfaProperty:category>external</pdfaProperty:category>
<pdfaProperty:description>name of the embedded XML invoice file</pdfaProperty:description>
</rdf:li>
<rdf:li rdf:parseType="Resource">
<pdfaProperty:name>DocumentType</pdfaProperty:name>
<pdfaProperty:valueType>Text</pdfaProperty:valueType>
<pdfaProperty:category>external</pdfaProperty:category>
<pdfaProperty:description>INVOICE</pdfaProperty:description>
</rdf:li>
<rdf:li rdf:parseType="Resource">
<pdfaProperty:name>Version</pdfaProperty:name>
<pdfaProperty:valueType>Text</pdfaProperty:valueType>
<pdfaProperty:category>external</pdfaProperty:category>
<pdfaProperty:description>The actual version of the Factur-X XML schema</pdfaProperty:description>
</rdf:li>
<rdf:li rdf:parseType="Resource">
<pdfaProperty:name>ConformanceLevel</pdfaProperty:name>
<pdfaProperty:valueType>Text</pdfaProperty:valueType>
<pdfaProperty:category>external</pdfaProperty:category>
<pdfaProperty:description>The conformance level of the embedded Factur-X data</pdfaProperty:description>
</rdf:li>
</rdf:Seq>
</pdfaSchema:property>
</rdf:li>
</rdf:Bag>
</pdfaExtension:schemas>
</rdf:Description>
)";

void append_element(std::string& out, std::string_view name, std::string_view value) {
    if (value.empty()) return;
    out += '<';
    out += name;
    out += '>';
    out += xml_escaped(value);
    out += "</";
    out += name;
    out += ">\n";
}

}  // namespace

std::string facturx_xmp_packet(const XmpDocumentInfo& info) {
    std::string out;
    out.reserve(4096);
    // The byte order mark in "begin" is part of the packet format: it names the encoding.
    out += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    out += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
    out += "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";

    out += "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n";
    out += "<pdfaid:part>3</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n";
    out += "</rdf:Description>\n";

    out += "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n";
    out += "<dc:format>application/pdf</dc:format>\n";
    if (!info.title.empty()) {
        out += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escaped(info.title) +
               "</rdf:li></rdf:Alt></dc:title>\n";
    }
    if (!info.author.empty()) {
        out += "<dc:creator><rdf:Seq><rdf:li>" + xml_escaped(info.author) +
               "</rdf:li></rdf:Seq></dc:creator>\n";
    }
    if (!info.subject.empty()) {
        out += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
               xml_escaped(info.subject) + "</rdf:li></rdf:Alt></dc:description>\n";
    }
    out += "</rdf:Description>\n";

    out += "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n";
    append_element(out, "xmp:CreatorTool", info.creator_tool);
    append_element(out, "xmp:CreateDate", info.date);
    append_element(out, "xmp:ModifyDate", info.date);
    out += "</rdf:Description>\n";

    out += "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n";
    append_element(out, "pdf:Producer", info.producer);
    append_element(out, "pdf:Keywords", info.keywords);
    out += "</rdf:Description>\n";

    out +=
        "<rdf:Description rdf:about=\"\" "
        "xmlns:fx=\"urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#\">\n";
    append_element(out, "fx:DocumentType", "INVOICE");
    append_element(out, "fx:DocumentFileName", kFacturXFileName);
    append_element(out, "fx:Version", "1.0");
    append_element(out, "fx:ConformanceLevel", kFacturXConformanceLevel);
    out += "</rdf:Description>\n";

    out += kFacturXExtensionSchema;
    out += "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return out;
}

}  // namespace portalgen
