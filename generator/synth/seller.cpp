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

Company synthetic_factur_x_seller() {
    auto rate = [](const char* text) { return *Decimal::parse(text).value; };
    Company c;
    c.name = "Lumière Télématique SAS";
    c.address.lines = {"48, rue du Faubourg Saint-Antoine"};
    c.address.postcode = "75012";
    c.address.city = "Paris";
    c.address.country = "FR";
    c.email = "facturation@lumiere-telematique.example";
    c.phone = "+33 1 84 88 41 00";
    c.website = "https://www.lumiere-telematique.example";
    c.portal_url = "https://portail.lumiere-telematique.example/";
    // SIREN 842619371 (Luhn); VAT key (12 + 3 × (842619371 mod 97)) mod 97 = 04.
    c.tax_ids = {{{"VAT No.", "N° TVA intracommunautaire"}, "FR04842619371"},
                 {{"SIRET", "SIRET"}, "842 619 371 00011"}};
    c.currency = "EUR";
    c.locale = {"en-IE", "fr-FR"};
    c.payment_terms_days = 30;
    c.grace_days = 7;
    c.legal_notice = {
        "Payment terms: 30 days from the invoice date, no discount for early payment. Any late "
        "payment incurs penalties at three times the French statutory interest rate, plus a fixed "
        "indemnity of €40 for recovery costs (French Commercial Code, articles L441-10 and "
        "D441-5). Intra-EU supplies to VAT-registered businesses: reverse charge, article 196 of "
        "Directive 2006/112/EC. Devices remain our property until paid in full. Lumière "
        "Télématique SAS, share capital €120,000, RCS Paris 842 619 371.",
        "Conditions de paiement : 30 jours date de facture, pas d'escompte pour paiement "
        "anticipé. Tout retard de paiement entraîne des pénalités au taux de trois fois le taux "
        "d'intérêt légal, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 € "
        "(articles L441-10 et D441-5 du Code de commerce). Prestations intracommunautaires à des "
        "assujettis : autoliquidation, article 196 de la directive 2006/112/CE. Les appareils "
        "demeurent notre propriété jusqu'à leur paiement complet. Lumière Télématique SAS au "
        "capital de 120 000 €, RCS Paris 842 619 371."};
    c.actions = {"https://paiement.lumiere-telematique.example/devis/{number}",
                 "mailto:ventes@lumiere-telematique.example?subject=Devis%20{number}",
                 "https://paiement.lumiere-telematique.example/factures/{number}",
                 "https://paiement.lumiere-telematique.example/clients/{customer}/moyens",
                 "mailto:support@lumiere-telematique.example",
                 "mailto:dpo@lumiere-telematique.example?subject=Suppression%20{customer}"};
    c.vat_id = "FR04842619371";
    c.legal_id = {"0002", "842619371"};
    c.electronic_address = {"0225", "842619371"};
    c.bank_account = {"FR7630006000011234567890189", "AGRIFRPP"};
    c.e_invoice = EInvoiceFormat::factur_x;
    auto tax = [](const char* code, LocalizedText name, Decimal rate, VatCategory category,
                  VatExemption exemption) {
        Tax t;
        t.code = code;
        t.name = std::move(name);
        t.rate = rate;
        t.category = category;
        t.exemption = std::move(exemption);
        return t;
    };
    c.taxes = {
        tax("VAT20", {"VAT 20%", "TVA 20 %"}, rate("20"), VatCategory::S, {}),
        tax("VAT55", {"VAT 5.5%", "TVA 5,5 %"}, rate("5.5"), VatCategory::S, {}),
        tax("RC", {"Reverse charge", "Autoliquidation"}, rate("0"), VatCategory::AE,
            {"VATEX-EU-AE", {"Reverse charge", "Autoliquidation"}}),
        tax("EXPORT", {"Export, VAT not applicable", "Exportation, TVA non applicable"}, rate("0"),
            VatCategory::G, {"VATEX-EU-G", {"Export outside the EU", "Exportation hors UE"}})};
    return c;
}

}  // namespace portalgen
