#include "synth/seller.h"

namespace portalgen {

Company synthetic_seller() {
    auto rate = [](const char* text) { return *Decimal::parse(text).value; };
    Company c;
    c.name = "Boréal Télématique inc.";
    c.address.lines = {"1000, rue De La Gauchetière Ouest", "Bureau 2400", "Montréal QC  H3B 4W5",
                       "Canada"};
    c.email = "facturation@boreal-telematique.example";
    c.phone = "+1 514 555 0199";
    c.website = "https://www.boreal-telematique.example";
    c.portal_url = "https://portail.boreal-telematique.example/";
    c.tax_ids = {{{"GST/HST No.", "No TPS/TVH"}, "123456789 RT0001"},
                 {{"QST No.", "No TVQ"}, "1234567890 TQ0001"}};
    c.currency = "CAD";
    c.locale = {"en-CA", "fr-CA"};
    c.payment_terms_days = 30;
    c.grace_days = 7;
    c.legal_notice = {
        "Payable within 30 days. Late payments bear interest at 1.5% per month (18% per year). "
        "Devices remain our property until paid in full.",
        "Payable dans les 30 jours. Tout retard porte intérêt à 1,5 % par mois (18 % par année). "
        "Les appareils demeurent notre propriété jusqu'à leur paiement complet."};
    c.actions = {"https://pay.boreal-telematique.example/q/{number}",
                 "mailto:ventes@boreal-telematique.example?subject=Devis%20{number}",
                 "https://pay.boreal-telematique.example/i/{number}",
                 "https://pay.boreal-telematique.example/c/{customer}/methods",
                 "mailto:soutien@boreal-telematique.example",
                 "mailto:vie-privee@boreal-telematique.example?subject=Suppression%20{customer}"};
    auto tax = [](const char* code, LocalizedText name, Decimal rate, VatCategory category) {
        Tax t;
        t.code = code;
        t.name = std::move(name);
        t.rate = rate;
        t.category = category;
        return t;
    };
    c.taxes = {
        tax("GST", {"GST", "TPS"}, rate("5"), VatCategory::S),
        tax("QST", {"QST", "TVQ"}, rate("9.975"), VatCategory::S),
        tax("HST", {"HST (ON)", "TVH (Ont.)"}, rate("13"), VatCategory::S),
        tax("PST", {"PST (B.C.)", "TVP (C.-B.)"}, rate("7"), VatCategory::S),
        tax("ZERO", {"Zero-rated export", "Exportation détaxée"}, rate("0"), VatCategory::Z)};
    return c;
}

}  // namespace portalgen
