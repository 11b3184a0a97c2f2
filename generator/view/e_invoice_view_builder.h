// The e-invoice view of a posted invoice or credit note (SPEC section 8): the same amounts as its
// PDF (compute/totals.h, rounded per line at the currency's minor unit), the parties, references,
// payment and the legal mentions the EN 16931 and BR-FR rules ask for, in the customer's language.
#pragma once

#include "compute/account.h"
#include "view/e_invoice_view.h"
#include "view/view_fields.h"

namespace portalgen {

// Throws std::runtime_error naming the invoice when it cannot be an EN 16931 invoice: a line with
// no tax or with more than one (EN 16931 has one VAT category and rate per line), or a party
// without a country. Import refuses such data for a factur-x company.
EInvoiceView e_invoice_view(const PortalContext& c, const ComputedInvoice& invoice);

}  // namespace portalgen
