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

}  // namespace portalgen
