// InvoicePdfRenderer: one context per invoice in the customer's language.
#include "render/invoice_pdf_renderer.h"

#include "render/html_portal.h"
#include "render/html_theme.h"
#include "render/pdf_invoice.h"
#include "view/view_fields.h"

namespace portalgen {

InvoicePdfRenderer::InvoicePdfRenderer(const Catalogue& en, const Catalogue& fr,
                                       const PdfFonts& fonts, LocaleFormats& formats)
    : en_(en), fr_(fr), fonts_(fonts), formats_(formats) {}

InvoicePdfRenderer::InvoicePdfRenderer(const HtmlTheme& theme, const PdfFonts& fonts,
                                       LocaleFormats& formats)
    : InvoicePdfRenderer(theme.catalogue(Language::en), theme.catalogue(Language::fr), fonts,
                         formats) {}

PdfInvoiceView InvoicePdfRenderer::view(const Account& account, const InvoiceView& invoice,
                                        const std::string& token, PdfEdition edition) {
    const Language language = account.customer->language;
    const PortalContext context{
        account, token, language, language == Language::fr ? fr_ : en_,
        formats_.get(locale_for(*account.company, language), account.currency)};
    return pdf_invoice_view(context, invoice, edition);
}

std::string InvoicePdfRenderer::render(const Account& account, const InvoiceView& invoice,
                                       const std::string& token, PdfEdition edition) {
    return render(view(account, invoice, token, edition));
}

std::string InvoicePdfRenderer::render(const PdfInvoiceView& view) const {
    return render_invoice_pdf(view, fonts_);
}

}  // namespace portalgen
