// The statement PDF's view (SPEC 3b): the account statement as of D as the texts its PDF shows,
// in the customer's language, labels from the catalogue's `statement` section and amounts and
// dates formatted as the portal formats them.
#pragma once

#include "view/pdf_statement_view.h"
#include "view/view_fields.h"

namespace portalgen {

PdfStatementView pdf_statement_view(const PortalContext& c);

}  // namespace portalgen
