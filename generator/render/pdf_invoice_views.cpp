// PdfInvoiceViews: one portal context per invoice, in the customer's language.
#include "render/pdf_invoice_views.h"

#include "render/html_portal.h"
#include "render/html_theme.h"
#include "view/view_fields.h"

namespace portalgen {

PdfInvoiceViews::PdfInvoiceViews(const Catalogue& en, const Catalogue& fr,
                                 LocaleFormatCache& formats)
    : en_(en), fr_(fr), formats_(formats) {}

PdfInvoiceViews::PdfInvoiceViews(const HtmlTheme& theme, LocaleFormatCache& formats)
    : PdfInvoiceViews(theme.catalogue(Language::en), theme.catalogue(Language::fr), formats) {}

PdfInvoiceView PdfInvoiceViews::view(const Account& account, const ComputedInvoice& invoice,
                                     const std::string& token, PdfEdition edition) {
    const Language language = account.customer->language;
    const PortalContext context{
        account, token, language, language == Language::fr ? fr_ : en_,
        formats_.get(locale_for(*account.company, language), account.currency)};
    return pdf_invoice_view(context, invoice, edition);
}

}  // namespace portalgen
