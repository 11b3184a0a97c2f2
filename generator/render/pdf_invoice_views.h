// PdfInvoiceViews: the PDF view of a posted invoice or credit note, or of the account statement,
// in the customer's language —
// labels from the theme's catalogues, locale formats per company and currency — ready for
// render_invoice_pdf (render/pdf_invoice.h).
#pragma once

#include <string>

#include "compute/account.h"
#include "view/i18n_catalogue.h"
#include "view/locale_format_cache.h"
#include "view/pdf_invoice_view.h"
#include "view/pdf_invoice_view_builder.h"
#include "view/pdf_statement_view.h"
#include "view/view_fields.h"

namespace portalgen {

class HtmlTheme;

// Not thread-safe (its locale formats are not): one per thread. The catalogues and formats must
// outlive it; the catalogues may be shared between threads.
class PdfInvoiceViews {
  public:
    PdfInvoiceViews(const Catalogue& en, const Catalogue& fr, LocaleFormatCache& formats);
    // The theme's catalogues (the same labels as the portal).
    PdfInvoiceViews(const HtmlTheme& theme, LocaleFormatCache& formats);

    // `token` is the customer's portal token.
    PdfInvoiceView view(const Account& account, const ComputedInvoice& invoice,
                        const std::string& token);
    // The account statement's PDF view as of the account's date (SPEC 3b).
    PdfStatementView statement(const Account& account, const std::string& token);

  private:
    PortalContext context(const Account& account, const std::string& token);

    const Catalogue& en_;
    const Catalogue& fr_;
    LocaleFormatCache& formats_;
};

}  // namespace portalgen
