// The factur-x.xml of a Factur-X invoice (EN 16931 profile): a UN/CEFACT CII D16B document with
// the elements in the order the CII and Factur-X schemas require.
#pragma once

#include <string>

#include "view/e_invoice_view.h"

namespace portalgen {

// Well-formed XML whatever the view holds (core/xml_writer.h); valid when the view is.
std::string factur_x_xml(const EInvoiceView& invoice);

}  // namespace portalgen
