// InvoicePdfRenderer: a posted invoice or credit note of an account rendered to PDF bytes in the
// customer's language — the view (labels and locale formats, see view/pdf_invoice_view_builder.h)
// drawn by render_invoice_pdf.
#pragma once

#include <string>

#include "compute/account.h"
#include "render/pdf_fonts.h"
#include "view/i18n_catalogue.h"
#include "view/locale_formats.h"
#include "view/pdf_invoice_view.h"
#include "view/pdf_invoice_view_builder.h"

namespace portalgen {

class HtmlTheme;

// Not thread-safe (its locale formats are not): one per thread. The catalogues, fonts and formats
// must outlive it; the catalogues and fonts may be shared between threads.
class InvoicePdfRenderer {
  public:
    InvoicePdfRenderer(const Catalogue& en, const Catalogue& fr, const PdfFonts& fonts,
                       LocaleFormats& formats);
    // The theme's catalogues (the same labels as the portal).
    InvoicePdfRenderer(const HtmlTheme& theme, const PdfFonts& fonts, LocaleFormats& formats);

    // The view of the PDF, without rendering it: with pdf_fingerprint, it tells whether a PDF
    // rendered earlier is still right. `token` is the customer's portal token.
    PdfInvoiceView view(const Account& account, const InvoiceView& invoice,
                        const std::string& token, PdfEdition edition);

    // The PDF's bytes. Throws std::runtime_error on a libharu failure, MissingLabel when the
    // catalogue lacks a `pdf` label.
    std::string render(const Account& account, const InvoiceView& invoice, const std::string& token,
                       PdfEdition edition);
    std::string render(const PdfInvoiceView& view) const;

  private:
    const Catalogue& en_;
    const Catalogue& fr_;
    const PdfFonts& fonts_;
    LocaleFormats& formats_;
};

}  // namespace portalgen
