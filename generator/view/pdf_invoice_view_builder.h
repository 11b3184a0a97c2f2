// The invoice PDF's view: a posted invoice or credit note as the texts its PDF shows, in the
// customer's language, with every label from the catalogue and every amount and date formatted
// by the locale exactly as the portal formats them (SPEC section 5, PORTALS.md "Invoice mentions").
#pragma once

#include <string>

#include "compute/account.h"
#include "view/pdf_invoice_view.h"
#include "view/view_fields.h"

namespace portalgen {

// The PDF view of a posted invoice or credit note in `c.language` (normally the customer's).
// The legal notice and the tax id labels are the company's in that language, else in the other
// one (a notice in the other language is better than none). The seller's legal mentions come
// from its data (view/french_mentions.h); credit notes have no payment terms and no late-payment
// mention. It is the invoice as issued (SPEC section 5): no payment, no credit note against it,
// no amount due, no PAID mark — so it never depends on the as-of date and only changes when the
// invoice's own data does.
PdfInvoiceView pdf_invoice_view(const PortalContext& c, const ComputedInvoice& invoice);

// A4, or US Letter for a seller in the United States or Canada: a structured address's country
// US or CA, or for the list form its last line ("USA", "United States", "Canada", any case).
PdfPaper invoice_paper(const Company& company);

}  // namespace portalgen
