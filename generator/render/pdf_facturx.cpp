// Factur-X: the PDF/A-3b parts of an invoice PDF, through libharu's object API.
#include "render/pdf_facturx.h"

#include <hpdf_encrypt.h>

#include <cstdio>
#include <stdexcept>
#include <string>

#include "render/pdf_srgb_profile.h"
#include "render/pdf_stream_deflate.h"
#include "render/pdf_xmp.h"

namespace portalgen {

namespace {

// The Factur-X specification (1.0.05 and later, 1.09 included; ZUGFeRD 2.1+ is the same text)
// prescribes /Alternative for the BASIC, EN 16931 and EXTENDED profiles: the XML is an
// equivalent of the PDF, a complete invoice. /Data is for MINIMUM and BASIC WL only, whose XML
// is not a whole invoice; /Source is for a PDF made by transforming the XML, not the case here
// (both come from the same invoice).
constexpr const char* kAFRelationship = "Alternative";

template <typename Object>
Object need(Object object, const char* what) {
    if (object == nullptr)
        throw std::runtime_error(std::string("pdf: Factur-X: cannot create ") + what);
    return object;
}

const char* info(HPDF_Doc doc, HPDF_InfoType type) {
    const char* value = HPDF_GetInfoAttr(doc, type);
    return value != nullptr ? value : "";
}

std::string xmp_date(const Date& date) {
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT00:00:00Z", date.year(), date.month(),
                  date.day());
    return text;
}

HPDF_Dict new_stream(HPDF_Doc doc, std::string_view bytes, bool compressed, const char* what) {
    HPDF_Dict stream = need(HPDF_DictStream_New(doc->mmgr, doc->xref), what);
    stream->filter = compressed ? HPDF_STREAM_FILTER_FLATE_DECODE : HPDF_STREAM_FILTER_NONE;
    HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                      static_cast<HPDF_UINT>(bytes.size()));
    return stream;
}

HPDF_String ascii_string(HPDF_Doc doc, const char* text) {
    return need(HPDF_String_New(doc->mmgr, text, nullptr), "a string");
}

void add_metadata(HPDF_Doc doc, const Date& date) {
    XmpDocumentInfo xmp;
    xmp.title = info(doc, HPDF_INFO_TITLE);
    xmp.author = info(doc, HPDF_INFO_AUTHOR);
    xmp.subject = info(doc, HPDF_INFO_SUBJECT);
    xmp.keywords = info(doc, HPDF_INFO_KEYWORDS);
    xmp.creator_tool = info(doc, HPDF_INFO_CREATOR);
    xmp.producer = info(doc, HPDF_INFO_PRODUCER);
    xmp.date = xmp_date(date);
    // Uncompressed, as PDF/A asks, so that tools that do not parse PDF still find it.
    HPDF_Dict metadata = new_stream(doc, facturx_xmp_packet(xmp), false, "the XMP metadata");
    HPDF_Dict_AddName(metadata, "Type", "Metadata");
    HPDF_Dict_AddName(metadata, "Subtype", "XML");
    HPDF_Dict_Add(doc->catalog, "Metadata", metadata);
}

void add_output_intent(HPDF_Doc doc) {
    HPDF_Dict profile = new_stream(doc, srgb_icc_profile_deflated(), false, "the ICC profile");
    profile->write_fn = write_flate_filter;  // the profile comes compressed
    HPDF_Dict_AddNumber(profile, "N", 3);
    HPDF_Dict intent = need(HPDF_Dict_New(doc->mmgr), "the output intent");
    HPDF_Dict_AddName(intent, "Type", "OutputIntent");
    HPDF_Dict_AddName(intent, "S", "GTS_PDFA1");
    HPDF_Dict_Add(intent, "OutputConditionIdentifier", ascii_string(doc, "sRGB IEC61966-2.1"));
    HPDF_Dict_Add(intent, "Info", ascii_string(doc, "sRGB IEC61966-2.1"));
    HPDF_Dict_Add(intent, "RegistryName", ascii_string(doc, "http://www.color.org"));
    HPDF_Dict_Add(intent, "DestOutputProfile", profile);
    HPDF_Array intents = need(HPDF_Array_New(doc->mmgr), "the output intents");
    HPDF_Array_Add(intents, intent);
    HPDF_Dict_Add(doc->catalog, "OutputIntents", intents);
}

void add_invoice_xml(HPDF_Doc doc, std::string_view xml) {
    const std::string file_name(kFacturXFileName);
    HPDF_Dict file = new_stream(doc, xml, true, "the embedded XML");
    HPDF_Dict_AddName(file, "Type", "EmbeddedFile");
    HPDF_Dict_AddName(file, "Subtype", "text/xml");
    HPDF_Dict params = need(HPDF_Dict_New(doc->mmgr), "the embedded file's parameters");
    HPDF_Dict_Add(file, "Params", params);
    HPDF_Dict_AddNumber(params, "Size", static_cast<HPDF_INT32>(xml.size()));
    // The invoice date, as the Info dictionary writes it: no clock.
    HPDF_Dict_Add(params, "ModDate", ascii_string(doc, info(doc, HPDF_INFO_MOD_DATE)));

    // The file specification is referred to twice (/AF and the name tree): an indirect object.
    HPDF_Dict spec = need(HPDF_Dict_New(doc->mmgr), "the file specification");
    HPDF_Xref_Add(doc->xref, spec);
    HPDF_Dict_AddName(spec, "Type", "Filespec");
    HPDF_Dict_Add(spec, "F", ascii_string(doc, file_name.c_str()));
    HPDF_Dict_Add(spec, "UF", ascii_string(doc, file_name.c_str()));
    HPDF_Dict_Add(spec, "Desc", ascii_string(doc, "Factur-X invoice"));
    HPDF_Dict_AddName(spec, "AFRelationship", kAFRelationship);
    HPDF_Dict streams = need(HPDF_Dict_New(doc->mmgr), "the file specification's streams");
    HPDF_Dict_Add(spec, "EF", streams);
    HPDF_Dict_Add(streams, "F", file);
    HPDF_Dict_Add(streams, "UF", file);

    HPDF_Array associated = need(HPDF_Array_New(doc->mmgr), "the associated files");
    HPDF_Dict_Add(doc->catalog, "AF", associated);
    HPDF_Array_Add(associated, spec);

    HPDF_Array names = need(HPDF_Array_New(doc->mmgr), "the embedded files' names");
    HPDF_Array_Add(names, ascii_string(doc, file_name.c_str()));
    HPDF_Array_Add(names, spec);
    HPDF_Dict tree = need(HPDF_Dict_New(doc->mmgr), "the embedded files' name tree");
    HPDF_Dict_Add(tree, "Names", names);
    HPDF_Dict name_dictionary = need(HPDF_Dict_New(doc->mmgr), "the names dictionary");
    HPDF_Dict_Add(name_dictionary, "EmbeddedFiles", tree);
    HPDF_Dict_Add(doc->catalog, "Names", name_dictionary);
}

// PDF/A requires a file identifier; libharu's own hashes the clock. An MD5 of the invoice, as
// the PDF specification suggests, so the same invoice gives the same bytes.
void add_file_identifier(HPDF_Doc doc, const FacturXContent& content) {
    HPDF_MD5_CTX md5;
    HPDF_MD5Init(&md5);
    HPDF_MD5Update(&md5, reinterpret_cast<const HPDF_BYTE*>(content.xml.data()),
                   static_cast<HPDF_UINT32>(content.xml.size()));
    HPDF_MD5Update(&md5, reinterpret_cast<const HPDF_BYTE*>(""), 1);  // a separator
    HPDF_MD5Update(&md5, reinterpret_cast<const HPDF_BYTE*>(content.number.data()),
                   static_cast<HPDF_UINT32>(content.number.size()));
    HPDF_BYTE id[HPDF_MD5_KEY_LEN];
    HPDF_MD5Final(id, &md5);
    HPDF_Array ids = need(HPDF_Array_New(doc->mmgr), "the file identifier");
    HPDF_Array_Add(ids, need(HPDF_Binary_New(doc->mmgr, id, sizeof id), "the file identifier"));
    HPDF_Array_Add(ids, need(HPDF_Binary_New(doc->mmgr, id, sizeof id), "the file identifier"));
    HPDF_Dict_Add(doc->trailer, "ID", ids);
}

}  // namespace

void make_facturx(HPDF_Doc doc, const FacturXContent& content) {
    doc->pdf_version = HPDF_VER_17;  // PDF/A-3 is based on PDF 1.7
    add_metadata(doc, content.date);
    add_output_intent(doc);
    add_invoice_xml(doc, content.xml);
    add_file_identifier(doc, content);
}

}  // namespace portalgen
