// The mentions a seller's own situation puts on its invoices (SPEC section 5): for a seller
// established in France, the B2B late-payment terms (Code de commerce L441-9, L441-10, D441-5),
// and the option for VAT on debits (CGI art. 269). Decided by the company's data, never by
// searching its legal notice's text. The invoice PDF and the Factur-X XML both take them from
// here, so the rule is written once.
#pragma once

#include <string>

#include "model/model.h"
#include "view/view_fields.h"

namespace portalgen {

struct SellerMentions {
    // A French seller's late-payment terms; all three empty for any other seller.
    std::string no_discount;  // "Pas d’escompte pour paiement anticipé"
    std::string penalty;      // "Pénalités de retard : trois fois le taux d’intérêt légal"
    std::string indemnity;    // "Indemnité forfaitaire pour frais de recouvrement : 40 €"
    // "Option pour le paiement de la taxe d’après les débits"; empty without the option.
    std::string vat_on_debits;
    bool late_payment() const { return !indemnity.empty(); }
};

// The mentions of `c.company()` in `c.language`, from the catalogue's `pdf` labels. The penalty
// rate is company.late_payment.rate when given (else three times the legal rate), the indemnity
// company.late_payment.indemnity when not zero (else the legal €40).
SellerMentions seller_mentions(const PortalContext& c);

// Whether a company is established in France, and so owes its business customers the
// late-payment mentions: a structured address in FR; for the list form, its last line is
// "France" (any case), or one of its tax ids is a French VAT number (FR, two characters and the
// nine digits of the SIREN, spaces ignored).
bool company_in_france(const Company& company);

}  // namespace portalgen
