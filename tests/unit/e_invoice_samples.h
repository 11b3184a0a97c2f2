// E-invoices built by hand for the Factur-X writer's tests: a French seller's services invoice,
// a credit note, discounts, three VAT rates, reverse charge, an intra-EU supply and a 40-line
// invoice, one in yen. Every amount was worked out by hand and checked with Python's decimal module
// (half away from zero, per line, as SPEC section 1 rounds), never taken from the program.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "view/e_invoice_view.h"

namespace portalgen::testing {

inline Date day(const char* text) {
    return *Date::parse(text);
}

inline EInvoiceParty french_seller() {
    return {.name = "Odotrack SAS",
            .legal_id = {"912345683", "0002"},
            .vat_id = "FR89912345683",
            .address = {.lines = {"12 rue de la Chaussée-d'Antin"},
                        .postcode = "75009",
                        .city = "Paris",
                        .country = "FR"},
            .electronic_address = {"912345683", "0225"},
            .email = "billing@odotrack.example"};
}

inline EInvoiceParty french_buyer() {
    return {.name = "Boulangerie Dupont & Fils",
            .legal_id = {"552100554", "0002"},
            .vat_id = "FR96552100554",
            .address = {.lines = {"8 place du Marché", "Bâtiment B"},
                        .postcode = "69002",
                        .city = "Lyon",
                        .country = "FR"},
            .electronic_address = {"552100554", "0225"},
            .email = "compta@dupont.example"};
}

// The mentions a French B2B invoice carries (BR-FR-05: PMT, PMD and AAB once each).
inline std::vector<EInvoiceNote> french_mentions() {
    return {{"Indemnité forfaitaire pour frais de recouvrement : 40 €", "PMT"},
            {"Pénalités de retard : 3 fois le taux d'intérêt légal", "PMD"},
            {"Pas d'escompte pour paiement anticipé", "AAB"},
            {"SAS au capital de 10 000 € – RCS Paris 912 345 683", "REG"}};
}

inline EInvoicePaymentMeans sepa_transfer() {
    return {.code = "58",
            .iban = "FR7630006000011234567890189",
            .account_name = "Odotrack SAS",
            .bic = "AGRIFRPP"};
}

inline EInvoiceLine line(std::string id, std::string name, std::string quantity, std::string unit,
                         std::string price, std::string amount, std::string category = "S",
                         std::string rate = "20") {
    return {.id = std::move(id),
            .name = std::move(name),
            .quantity = std::move(quantity),
            .unit_code = std::move(unit),
            .net_price = std::move(price),
            .net_amount = std::move(amount),
            .vat_category = std::move(category),
            .vat_rate = std::move(rate)};
}

inline EInvoiceView french_invoice(std::string number, std::string business_process) {
    EInvoiceView v;
    v.type_code = "380";
    v.number = std::move(number);
    v.issue_date = day("2026-06-01");
    v.currency = "EUR";
    v.notes = french_mentions();
    v.business_process = std::move(business_process);
    v.seller = french_seller();
    v.buyer = french_buyer();
    v.payment_reference = v.number;
    v.payment_means = sepa_transfer();
    v.payment_terms = "Paiement à 30 jours";
    v.due_date = day("2026-07-01");
    return v;
}

// Services at 20 %: 49.00 + 7.5 × 95.00 + 2 × 24.95 = 811.40; VAT 9.80 + 142.50 + 9.98 = 162.28
// (811.40 × 20 % = 162.28); 973.68 in all, 100.00 already paid, 873.68 due.
inline EInvoiceView services_invoice() {
    EInvoiceView v = french_invoice("INV/2026/00126", "S1");
    v.notes.push_back({"Option pour le paiement de la taxe d'après les débits", "TXD"});
    v.vat_due_date_code = "5";
    v.buyer_reference = "SERVICE-ACHATS";
    v.purchase_order = "PO-7781";
    v.order_reference = "SO-2026-0042";
    v.contract_reference = "SUB-0007";
    v.period = EInvoicePeriod{day("2026-05-01"), day("2026-05-31")};
    v.lines = {line("1", "Abonnement mensuel", "1", "MON", "49.00", "49.00"),
               line("2", "Conseil", "7.5", "HUR", "95.00", "712.50"),
               line("3", "Frais d'activation", "2", "C62", "24.95", "49.90")};
    v.lines[1].description = "Atelier « migration »\nsur site, 2 jours";
    v.lines[0].period = EInvoicePeriod{day("2026-05-01"), day("2026-05-31")};
    v.vat = {{.basis = "811.40", .amount = "162.28", .category = "S", .rate = "20"}};
    v.totals = {.line_total = "811.40",
                .tax_basis = "811.40",
                .tax_total = "162.28",
                .grand_total = "973.68",
                .prepaid = "100.00",
                .due = "873.68"};
    return v;
}

// Reverses one activation fee of INV/2026/00126: 24.95 + 20 % (4.99) = 29.94, refunded.
inline EInvoiceView credit_note() {
    EInvoiceView v = french_invoice("AV-2026-00007", "S1");
    v.type_code = "381";
    v.issue_date = day("2026-06-15");
    v.preceding_invoice = EInvoiceReference{"INV/2026/00126", day("2026-06-01")};
    v.payment_means.reset();
    v.payment_terms = "Remboursement par virement sous 30 jours";
    v.due_date.reset();
    v.lines = {line("1", "Frais d'activation", "1", "C62", "24.95", "24.95")};
    v.vat = {{.basis = "24.95", .amount = "4.99", .category = "S", .rate = "20"}};
    v.totals = {.line_total = "24.95",
                .tax_basis = "24.95",
                .tax_total = "4.99",
                .grand_total = "29.94",
                .due = "29.94"};
    return v;
}

// Line discounts as allowances: 3 × 120.00 = 360.00 less 10 % (36.00) = 324.00; 1.5 × 24.95 =
// 37.425 less 15 % = 31.81125, printed 31.81, so the allowance is 37.43 − 31.81 = 5.62 (not 15 %
// of 37.43 = 5.61: percent and basis are left out). Lines 355.81, a 10.00 loyalty discount, basis
// 345.81, VAT 20 % 69.16 (69.162), total 414.97.
inline EInvoiceView discounted_invoice() {
    EInvoiceView v = french_invoice("INV-2026-00127", "B1");
    v.delivery.date = day("2026-05-28");
    v.lines = {line("1", "Licence annuelle", "3", "C62", "120.00", "324.00"),
               line("2", "Câble réseau", "1.5", "MTR", "24.95", "31.81")};
    v.lines[0].allowance = EInvoiceAllowance{.amount = "36.00",
                                             .basis = "360.00",
                                             .percent = "10",
                                             .reason = "Remise",
                                             .reason_code = "95"};
    v.lines[1].allowance =
        EInvoiceAllowance{.amount = "5.62", .reason = "Remise 15 %", .reason_code = "95"};
    v.allowances = {{.amount = "10.00",
                     .reason = "Remise fidélité",
                     .reason_code = "95",
                     .vat_category = "S",
                     .vat_rate = "20"}};
    v.vat = {{.basis = "345.81", .amount = "69.16", .category = "S", .rate = "20"}};
    v.totals = {.line_total = "355.81",
                .allowance_total = "10.00",
                .tax_basis = "345.81",
                .tax_total = "69.16",
                .grand_total = "414.97",
                .due = "414.97"};
    return v;
}

// 20 %: 2 × 19.99 = 39.98 (VAT 8.00) and 0.05 (0.01); 10 %: 3 × 12.35 = 37.05 (3.705 → 3.71);
// 5.5 %: 4 × 7.49 = 29.96 (1.6478 → 1.65) and 3.33 (0.18315 → 0.18). Bases 40.03, 37.05, 33.29;
// VAT 8.01, 3.71, 1.83; 110.37 + 13.55 = 123.92.
inline EInvoiceView three_rates_invoice() {
    EInvoiceView v = french_invoice("INV-2026-00128", "M1");
    v.delivery.date = day("2026-05-30");
    v.lines = {line("1", "Coffret cadeau", "2", "H87", "19.99", "39.98"),
               line("2", "Sachet", "1", "H87", "0.05", "0.05"),
               line("3", "Livraison à domicile", "3", "C62", "12.35", "37.05", "S", "10"),
               line("4", "Confiture artisanale", "4", "H87", "7.49", "29.96", "S", "5.5"),
               line("5", "Pain de campagne", "1", "H87", "3.33", "3.33", "S", "5.5")};
    v.vat = {{.basis = "40.03", .amount = "8.01", .category = "S", .rate = "20"},
             {.basis = "37.05", .amount = "3.71", .category = "S", .rate = "10"},
             {.basis = "33.29", .amount = "1.83", .category = "S", .rate = "5.5"}};
    v.totals = {.line_total = "110.37",
                .tax_basis = "110.37",
                .tax_total = "13.55",
                .grand_total = "123.92",
                .due = "123.92"};
    return v;
}

inline EInvoiceParty german_buyer() {
    return {.name = "Müller Logistik GmbH",
            .vat_id = "DE123456789",
            .address = {.lines = {"Hafenstraße 5"},
                        .postcode = "20457",
                        .city = "Hamburg",
                        .country = "DE"},
            .electronic_address = {"DE123456789", "9930"}};
}

// Services to a German business, reverse charge: 10 × 80.00 = 800.00, no VAT.
inline EInvoiceView reverse_charge_invoice() {
    EInvoiceView v = french_invoice("INV-2026-00129", "S1");
    v.buyer = german_buyer();
    v.period = EInvoicePeriod{day("2026-05-01"), day("2026-05-31")};
    v.lines = {line("1", "Audit de sécurité", "10", "HUR", "80.00", "800.00", "AE", "0")};
    v.vat = {{.basis = "800.00",
              .amount = "0.00",
              .category = "AE",
              .rate = "0",
              .exemption = "Autoliquidation",
              .exemption_code = "VATEX-EU-AE"}};
    v.totals = {.line_total = "800.00",
                .tax_basis = "800.00",
                .tax_total = "0.00",
                .grand_total = "800.00",
                .due = "800.00"};
    return v;
}

// Goods shipped to Belgium, intra-EU exempt: 12 × 15.50 = 186.00 and 2 × 3.125 = 6.25; 192.25.
inline EInvoiceView intra_eu_invoice() {
    EInvoiceView v = french_invoice("INV-2026-00130", "B1");
    v.buyer = {.name = "Brasserie Lambic SPRL",
               .vat_id = "BE0477472701",
               .address = {.lines = {"Rue Haute 12"},
                           .postcode = "1000",
                           .city = "Bruxelles",
                           .country = "BE"},
               .electronic_address = {"0477472701", "0208"}};
    v.delivery = {
        .name = "Entrepôt Lambic",
        .address = EInvoiceAddress{.lines = {"Quai 4", "Zone portuaire", "Hall 7", "Porte C"},
                                   .postcode = "2030",
                                   .city = "Antwerpen",
                                   .region = "Antwerpen",
                                   .country = "BE"},
        .date = day("2026-05-29")};
    v.lines = {line("1", "Caisse de verres", "12", "H87", "15.50", "186.00", "K", "0"),
               line("2", "Houblon", "2", "KGM", "3.125", "6.25", "K", "0")};
    v.vat = {{.basis = "192.25",
              .amount = "0.00",
              .category = "K",
              .rate = "0",
              .exemption = "Exonération de TVA, article 262 ter I du CGI",
              .exemption_code = "VATEX-EU-IC"}};
    v.totals = {.line_total = "192.25",
                .tax_basis = "192.25",
                .tax_total = "0.00",
                .grand_total = "192.25",
                .due = "192.25"};
    return v;
}

// 40 lines. Odd line i: i × (0.35 + 0.07 i) at 20 %; even: 1 × 4.05 at 10 %, whose VAT 0.405
// rounds to 0.41 on each line: 20 % basis 886.20, VAT 177.24; 10 % basis 81.00, VAT 8.20 (not
// 8.10: per-line rounding, within the one-unit tolerance of BR-CO-17); 967.20 + 185.44 = 1152.64.
inline EInvoiceView forty_line_invoice() {
    EInvoiceView v = french_invoice("INV-2026-00131", "M1");
    v.delivery.date = day("2026-05-31");
    for (int i = 1; i <= 40; ++i) {
        const std::string id = std::to_string(i);
        if (i % 2 == 1) {
            const int price_cents = 35 + 7 * i;
            const int amount_cents = i * price_cents;
            auto cents = [](int c) {
                return std::to_string(c / 100) + "." + (c % 100 < 10 ? "0" : "") +
                       std::to_string(c % 100);
            };
            v.lines.push_back(
                line(id, "Article " + id, id, "H87", cents(price_cents), cents(amount_cents)));
        } else {
            v.lines.push_back(line(id, "Service " + id, "1", "C62", "4.05", "4.05", "S", "10"));
        }
    }
    v.vat = {{.basis = "886.20", .amount = "177.24", .category = "S", .rate = "20"},
             {.basis = "81.00", .amount = "8.20", .category = "S", .rate = "10"}};
    v.totals = {.line_total = "967.20",
                .tax_basis = "967.20",
                .tax_total = "185.44",
                .grand_total = "1152.64",
                .due = "1152.64"};
    return v;
}

// In yen, which has no minor unit: 3 × 51883 = 155649, VAT 20 % 31129.8 → 31130, 186779 in all;
// a French seller also states the VAT in euros (BR-FR-CO-12), at a rate the view was given.
inline EInvoiceView yen_invoice() {
    EInvoiceView v = french_invoice("INV-2026-00132", "S1");
    v.currency = "JPY";
    v.tax_currency = "EUR";
    v.period = EInvoicePeriod{day("2026-05-01"), day("2026-05-31")};
    v.lines = {line("1", "Licence", "3", "C62", "51883", "155649")};
    v.vat = {{.basis = "155649", .amount = "31130", .category = "S", .rate = "20"}};
    v.totals = {.line_total = "155649",
                .tax_basis = "155649",
                .tax_total = "31130",
                .tax_total_in_tax_currency = "180.55",
                .grand_total = "186779",
                .due = "186779"};
    return v;
}

// Every sample, named for its file.
inline std::vector<std::pair<std::string, EInvoiceView>> e_invoice_samples() {
    return {{"services", services_invoice()},
            {"credit_note", credit_note()},
            {"discounts", discounted_invoice()},
            {"three_rates", three_rates_invoice()},
            {"reverse_charge", reverse_charge_invoice()},
            {"intra_eu", intra_eu_invoice()},
            {"forty_lines", forty_line_invoice()},
            {"yen", yen_invoice()}};
}

}  // namespace portalgen::testing
