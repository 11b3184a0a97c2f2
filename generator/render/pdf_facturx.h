// Factur-X: turns an invoice PDF, still open in libharu, into a PDF/A-3b file that carries its
// UN/CEFACT CII XML as factur-x.xml. libharu 2.3 knows only PDF/A-1 (which forbids attachments)
// and writes its output intent with a misspelt key, so everything is written here through its
// object API: the version, the XMP metadata, the sRGB output intent, the associated file and a
// file identifier derived from the content.
#pragma once

#include <hpdf.h>

#include <string_view>

#include "core/date.h"

namespace portalgen {

struct FacturXContent {
    std::string_view xml;     // the factur-x.xml bytes, embedded as they are
    std::string_view number;  // the invoice number: with the XML, it makes the file identifier
    Date date;                // the invoice date: the XMP dates and the attachment's date
};

// Call once the Info dictionary is complete (the XMP repeats it, as PDF/A requires) and before
// saving. libharu errors are left for the caller's check; a missing object throws
// std::runtime_error.
void make_facturx(HPDF_Doc doc, const FacturXContent& content);

}  // namespace portalgen
