// Which credit notes count against an invoice (SPEC section 2): the posted ones that reverse it.
// A cancelled credit note reverses nothing. The status, the portal and the PDFs all ask here.
#pragma once

#include <string_view>

#include "model/model.h"

namespace portalgen {

inline bool counts_against(const Invoice& credit_note, std::string_view invoice_number) {
    return credit_note.kind == InvoiceKind::credit_note &&
           credit_note.state == InvoiceState::posted && !credit_note.reverses.empty() &&
           credit_note.reverses == invoice_number;
}

// The invoice a credit note reverses, among its customer's invoices (not its credit notes, which
// may share a number); nullptr when it names none or one not found. Its PDF and its e-invoice
// give that invoice's date.
inline const Invoice* reversed_invoice(const Customer& customer, const Invoice& credit_note) {
    if (credit_note.reverses.empty()) return nullptr;
    for (const Invoice& invoice : customer.invoices)
        if (invoice.kind == InvoiceKind::invoice && invoice.number == credit_note.reverses)
            return &invoice;
    return nullptr;
}

}  // namespace portalgen
