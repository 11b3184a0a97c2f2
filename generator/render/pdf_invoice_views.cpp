// PdfInvoiceViews: one portal context per invoice, in the customer's language, and the
// Factur-X XML of a factur-x seller's documents.
#include "render/pdf_invoice_views.h"

#include "render/factur_x_xml.h"
#include "render/html_portal.h"
#include "render/html_theme.h"
#include "view/e_invoice_view_builder.h"
#include "view/pdf_statement_view_builder.h"
#include "view/view_fields.h"

namespace portalgen {

PdfInvoiceViews::PdfInvoiceViews(const Catalogue& en, const Catalogue& fr,
                                 LocaleFormatCache& formats)
    : en_(en), fr_(fr), formats_(formats) {}

PdfInvoiceViews::PdfInvoiceViews(const HtmlTheme& theme, LocaleFormatCache& formats)
    : PdfInvoiceViews(theme.catalogue(Language::en), theme.catalogue(Language::fr), formats) {}

PortalContext PdfInvoiceViews::context(const Account& account, const std::string& token) {
    const Language language = account.customer->language;
    return {account, token, language, language == Language::fr ? fr_ : en_,
            formats_.get(locale_for(*account.company, language), account.currency)};
}

PdfStatementView PdfInvoiceViews::statement(const Account& account, const std::string& token) {
    return pdf_statement_view(context(account, token));
}

PdfInvoiceView PdfInvoiceViews::view(const Account& account, const ComputedInvoice& invoice,
                                     const std::string& token) {
    const PortalContext context = this->context(account, token);
    PdfInvoiceView view = pdf_invoice_view(context, invoice);
    // A Factur-X seller's posted documents carry their XML (SPEC section 8).
    if (account.company->e_invoice == EInvoiceFormat::factur_x &&
        invoice.doc->state == InvoiceState::posted)
        view.factur_x_xml = factur_x_xml(e_invoice_view(context, invoice));
    return view;
}

}  // namespace portalgen
