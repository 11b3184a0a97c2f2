// An invoice's content fingerprint (SPEC section 5): what the invoice says, not how its PDF is
// drawn. The archive keeps it beside each PDF, and a rebuild that gives another fingerprint is an
// invoice changed after it was issued; a new font, libharu version, wording or language of the
// page, or a switch to Factur-X, gives the same fingerprint and is no false alarm.
#pragma once

#include <string>

#include "compute/account.h"

namespace portalgen {

// "v1:" and the SHA-256 (hex) of every given field of the invoice and its lines (the same list as
// its import and export, model/document_fields.h, less payments), its due date, currency, totals,
// and each tax it uses with its rate, category and exemption. The prefix names the definition, so
// that a later one can still judge rows written with this one.
std::string invoice_fingerprint(const ComputedInvoice& invoice, const std::string& currency);

}  // namespace portalgen
