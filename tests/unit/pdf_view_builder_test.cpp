// The invoice PDF's view: labels from the catalogue in the customer's language, amounts formatted
// like the portal, one row per tax, the invoice as issued (no payment, no PAID, whatever the as-of
// date), credit notes, and the legal mentions, each present when the data has it and absent when
// not: identifiers, delivery address, service period, units, exemptions, bank account, the French
// late-payment mention, VAT on debits, and US Letter paper.
#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <optional>
#include <set>
#include <string>

#include "render/html_portal.h"
#include "render/pdf_fonts.h"
#include "render/pdf_invoice.h"
#include "render/pdf_invoice_views.h"
#include "view/french_mentions.h"
#include "view/pdf_invoice_view_builder.h"
#include "view_fixture.h"

using namespace portalgen;
using namespace portalgen::testing;

namespace {

const std::string nbsp = "\u00A0";   // ICU's space before a currency sign or a percent sign
const std::string nnbsp = "\u202F";  // ICU's French (France) grouping separator

// A date as the view puts it inside a longer text: its spaces no-break, so it never wraps.
std::string unbroken(std::string text) {
    std::string out;
    for (char ch : text) out += ch == ' ' ? nbsp : std::string(1, ch);
    return out;
}

const Catalogue& catalogue(Language language) {
    static const Catalogue en = Catalogue::load(project_templates() / "i18n" / "en.yaml");
    static const Catalogue fr = Catalogue::load(project_templates() / "i18n" / "fr.yaml");
    return language == Language::fr ? fr : en;
}

// A seller established in France: Paris address, French VAT number, VAT 20 % and 5.5 %.
Company french_company() {
    Company company;
    company.name = "Nimbus ERP SAS";
    company.address.lines = {"12 rue de la Chaussée-d'Antin", "75009 Paris", "France"};
    company.email = "facturation@nimbus-erp.example";
    company.tax_ids = {TaxId{{"VAT No.", "N° TVA intracommunautaire"}, "FR32912345678"}};
    company.currency = "EUR";
    company.locale = {"en-IE", "fr-FR"};
    company.taxes = {Tax{"VAT20", {"VAT 20%", "TVA 20 %"}, dec("20")},
                     Tax{"VAT55", {"VAT 5.5%", "TVA 5,5 %"}, dec("5.5")}};
    return company;
}

// C1001 of the French seller: one invoice of 1 234,56 € HT (2 × 617.28, VAT 20 %) dated
// 2026-10-01, due 2026-10-31, with a payment of 100 € on 2026-11-05 and one of 1 381,47 € on
// 2026-11-30 (after the first as-of date): partly paid on 2026-11-23, paid on 2026-12-01.
Customer french_customer() {
    Customer c;
    c.id = "C1001";
    c.seller = "Nimbus ERP SAS";
    c.name = "Camille Lefèvre";
    c.company = "Boulangeries Lefèvre SARL";
    c.email = "camille@example.com";
    c.language = Language::fr;
    c.address.lines = {"8 place du Marché", "69002 Lyon", "France"};
    Invoice i;
    i.number = "INV/2026/00001";
    i.date = day("2026-10-01");
    i.due = day("2026-10-31");
    i.order = "S00318";
    i.lines = {Line{
        "Atelier d'analyse", "Ateliers de cadrage", dec("2"), dec("617.28"), dec("0"), {"VAT20"}}};
    i.payments = {Payment{day("2026-11-05"), dec("100"), ""},
                  Payment{day("2026-11-30"), dec("1381.47"), ""}};
    c.invoices = {i};
    return c;
}

// The Canadian seller of view_fixture.h, with its GST and QST numbers.
Company canadian_company() {
    Company company = portal_company();
    company.address.lines.push_back("Canada");
    company.tax_ids = {TaxId{{"GST No.", "No TPS"}, "123456789 RT0001"},
                       TaxId{{"QST No.", "No TVQ"}, "1234567890 TQ0001"}};
    return company;
}

// A customer's account as of a date, and the PDF views of its invoices.
struct PdfCase {
    Company company;
    Customer customer;
    Language language;
    Account account;
    LocaleFormat format;
    std::string token = "TOK";

    PdfCase(Company company_, Customer customer_, const char* as_of = "2026-11-23")
        : company(std::move(company_)),
          customer(std::move(customer_)),
          language(customer.language),
          account(compute_account(customer, company, day(as_of))),
          format(locale_for(company, language), account.currency) {}

    PdfInvoiceView view(const std::string& number) const {
        const PortalContext c{account, token, language, catalogue(language), format};
        for (const auto* list : {&account.invoices, &account.credit_notes})
            for (const auto& invoice : *list)
                if (invoice.doc->number == number) return pdf_invoice_view(c, invoice);
        FAIL("no document " << number);
        return {};
    }
};

std::vector<std::string> labels_of(const std::vector<PdfTotalsRow>& rows) {
    std::vector<std::string> labels;
    for (const auto& row : rows) labels.push_back(row.label);
    return labels;
}

}  // namespace

TEST_CASE("pdf view: a French invoice of a French seller, labels and fr-FR amounts",
          "[pdf][view]") {
    const PdfCase french(french_company(), french_customer());
    const PdfInvoiceView v = french.view("INV/2026/00001");

    CHECK(v.title == "Facture");
    CHECK(v.subtitle.empty());
    CHECK(v.number == "INV/2026/00001");
    REQUIRE(v.meta.size() == 4);
    CHECK(v.meta[0].label == "Date de facture");
    CHECK(v.meta[0].value == "1er oct. 2026");
    CHECK(v.meta[1].label == "Date d’échéance");
    CHECK(v.meta[1].value == "31 oct. 2026");
    CHECK(v.meta[2].label == "Commande");
    CHECK(v.meta[2].value == "S00318");
    CHECK(v.meta[3].label == "N° client");
    CHECK(v.meta[3].value == "C1001");

    CHECK(v.seller.name == "Nimbus ERP SAS");
    CHECK(v.seller.address.back() == "France");
    CHECK(v.seller.email == "facturation@nimbus-erp.example");
    CHECK(v.seller.tax_ids == std::vector<std::string>{"N° TVA intracommunautaire FR32912345678"});
    CHECK(v.customer.label == "Facturer à");
    CHECK(v.customer.name == "Camille Lefèvre");
    CHECK(v.customer.company == "Boulangeries Lefèvre SARL");
    CHECK(v.customer.address.size() == 3);

    CHECK(v.columns.product == "Désignation");
    CHECK(v.columns.unit_price == "Prix unit. HT");
    CHECK(v.columns.amount == "Montant HT");
    REQUIRE(v.lines.size() == 1);
    CHECK(v.lines[0].product == "Atelier d'analyse");
    CHECK(v.lines[0].description == "Ateliers de cadrage");
    CHECK(v.lines[0].quantity == "2");
    CHECK(v.lines[0].unit_price == "617,28" + nbsp + "€");
    CHECK(v.lines[0].discount.empty());
    CHECK(v.lines[0].taxes == "TVA 20 %");
    CHECK(v.lines[0].subtotal == "1" + nnbsp + "234,56" + nbsp + "€");

    // 1 234,56 + 246,91 (20 %) = 1 481,47; the 100 paid on 5 Nov is not on the invoice as issued.
    REQUIRE(v.totals.size() == 3);
    CHECK(v.totals[0].label == "Total HT");
    CHECK(v.totals[0].value == "1" + nnbsp + "234,56" + nbsp + "€");
    // "TVA 20 %" already says its rate: it is not repeated.
    CHECK(v.totals[1].label == "TVA 20 % sur 1" + nnbsp + "234,56" + nbsp + "€");
    CHECK(v.totals[1].value == "246,91" + nbsp + "€");
    CHECK(v.totals[2].label == "Total TTC");
    CHECK(v.totals[2].value == "1" + nnbsp + "481,47" + nbsp + "€");
    CHECK(v.totals[2].strong);

    CHECK(v.payment_terms ==
          "À régler au plus tard le 31 oct. 2026 (30 jours).\n"
          "Merci de rappeler la référence INV/2026/00001 lors de votre paiement.");
    CHECK(v.page_label == "Page {page} / {pages}");
    CHECK(v.info.title == "Facture INV/2026/00001");
    CHECK(v.info.author == "Nimbus ERP SAS");
    CHECK(v.info.subject == "Facture INV/2026/00001 pour Camille Lefèvre");
    CHECK(v.info.creation_date == day("2026-10-01"));
}

TEST_CASE("pdf view: one row per tax with its rate and base, in each language", "[pdf][view]") {
    // view_fixture.h's invoice: 2 × 536.88 = 1,073.76, GST 53.69, QST 107.11, total 1,234.56.
    Customer customer = portal_customer();
    const PdfCase fr(canadian_company(), customer);
    const PdfInvoiceView f = fr.view("INV/2026/00001");
    CHECK(labels_of(f.totals) ==
          std::vector<std::string>{
              "Total HT", "TPS 5" + nbsp + "% sur 1" + nbsp + "073,76" + nbsp + "$",
              "TVQ 9,975" + nbsp + "% sur 1" + nbsp + "073,76" + nbsp + "$", "Total TTC"});
    CHECK(f.totals[1].value == "53,69" + nbsp + "$");
    CHECK(f.totals[2].value == "107,11" + nbsp + "$");
    CHECK(f.totals[3].value == "1" + nbsp + "234,56" + nbsp + "$");
    CHECK(f.lines[0].taxes == "TPS, TVQ");
    // Canadian sellers: GST and QST numbers among the seller's tax ids, labelled in the language.
    CHECK(f.seller.tax_ids ==
          std::vector<std::string>{"No TPS 123456789 RT0001", "No TVQ 1234567890 TQ0001"});

    customer.language = Language::en;
    const PdfCase en(canadian_company(), customer);
    const PdfInvoiceView e = en.view("INV/2026/00001");
    CHECK(labels_of(e.totals) == std::vector<std::string>{"Untaxed amount", "GST 5% on $1,073.76",
                                                          "QST 9.975% on $1,073.76", "Total"});
    CHECK(e.totals[3].value == "$1,234.56");
    CHECK(e.title == "Invoice");
    CHECK(e.meta[0].label == "Invoice date");
    CHECK(e.meta[0].value == "Oct 1, 2026");
    CHECK(e.customer.label == "Bill to");
    CHECK(e.seller.tax_ids ==
          std::vector<std::string>{"GST No. 123456789 RT0001", "QST No. 1234567890 TQ0001"});
    CHECK(e.payment_terms ==
          "Payment due by Oct 31, 2026 (30 days).\nPlease quote INV/2026/00001 with your payment.");
    CHECK(e.info.title == "Invoice INV/2026/00001");
    CHECK(e.info.author == "Odotrack Inc.");
}

// The PDF used to have a portal's copy with the payments, the amount due and a PAID mark; the
// spec (section 5) now makes it the invoice as issued only, served by the portal and archived.
TEST_CASE("pdf view: the invoice as issued, no payment, no amount due, whatever the as-of date",
          "[pdf][view]") {
    const PdfCase before(french_company(), french_customer(), "2026-11-23");
    const PdfCase after(french_company(), french_customer(), "2026-12-01");

    // As of 1 Dec both payments count and the invoice is paid: the PDF does not say so.
    REQUIRE(after.account.invoices.front().status.status == Status::paid);
    const PdfInvoiceView paid = after.view("INV/2026/00001");
    CHECK(labels_of(paid.totals) ==
          std::vector<std::string>{"Total HT", "TVA 20 % sur 1" + nnbsp + "234,56" + nbsp + "€",
                                   "Total TTC"});
    CHECK(paid.totals.back().value == "1" + nnbsp + "481,47" + nbsp + "€");
    const PdfInvoiceView issued = before.view("INV/2026/00001");
    CHECK(labels_of(issued.totals) == labels_of(paid.totals));
    CHECK(issued.totals.back().value == paid.totals.back().value);
}

TEST_CASE("pdf view: a credit note, its title, the invoice it reverses and nothing due",
          "[pdf][view]") {
    Customer customer = portal_customer();
    Invoice credit;
    credit.number = "RINV/2026/00001";
    credit.kind = InvoiceKind::credit_note;
    credit.reverses = "INV/2026/00001";
    credit.date = day("2026-11-10");
    credit.lines = {Line{"ODO50 device", "", dec("1"), dec("100"), dec("0"), {"GST"}}};
    customer.invoices.push_back(credit);
    const PdfCase fr(canadian_company(), customer);

    {
        const PdfInvoiceView v = fr.view("RINV/2026/00001");
        CHECK(v.title == "Avoir");
        // The reversed invoice with its date (1 Oct 2026, fr-CA).
        CHECK(v.subtitle == "Avoir de la facture INV/2026/00001 du " + unbroken("1er oct. 2026"));
        CHECK(v.number == "RINV/2026/00001");
        CHECK(v.meta.front().label == "Date de l’avoir");
        CHECK(v.meta.front().value == "10 nov. 2026");
        CHECK(v.customer.label == "Client");
        CHECK(labels_of(v.totals) ==
              std::vector<std::string>{"Total HT", "TPS 5" + nbsp + "% sur 100,00" + nbsp + "$",
                                       "Total TTC"});
        CHECK(v.totals.back().value == "105,00" + nbsp + "$");
        CHECK(v.payment_terms.empty());
        CHECK(v.info.title == "Avoir RINV/2026/00001");
    }

    // The invoice as issued does not know the credit note reversing it.
    const PdfInvoiceView issued = fr.view("INV/2026/00001");
    CHECK(labels_of(issued.totals).back() == "Total TTC");
    CHECK(issued.totals.back().value == "1" + nbsp + "234,56" + nbsp + "$");

    customer.language = Language::en;
    const PdfCase en(canadian_company(), customer);
    const PdfInvoiceView e = en.view("RINV/2026/00001");
    CHECK(e.title == "Credit note");
    CHECK(e.subtitle == "Reverses invoice INV/2026/00001 of " + unbroken("Oct 1, 2026"));
    CHECK(e.info.title == "Credit note RINV/2026/00001");
}

// The mention is decided by the seller's data (view/french_mentions.h), never by what its legal
// notice says: it used to be dropped whenever the notice held "40", as "capital social 40 000 €".
TEST_CASE("pdf view: the French late-payment mention, decided by the seller's data",
          "[pdf][view]") {
    const std::string fr_default =
        "Pas d’escompte pour paiement anticipé. Pénalités de retard : trois fois le taux d’intérêt "
        "légal. Indemnité forfaitaire pour frais de recouvrement : 40" +
        nbsp + "€ (articles L441-10 et D441-5 du Code de commerce).";
    const std::string en_default =
        "No discount for early payment. Late-payment penalties: three times the French statutory "
        "interest rate. Fixed indemnity for recovery costs: €40 (French Commercial Code, articles "
        "L441-10 and D441-5).";

    Company capital = french_company();
    capital.legal_notice = {"", "Capital social 40 000 €."};
    Company states_it = french_company();
    states_it.legal_notice = {"", "Indemnité forfaitaire de 40 € pour frais de recouvrement."};
    Company own_terms = french_company();
    own_terms.late_payment = {"taux BCE + 10 points", dec("50")};
    Company structured = french_company();
    structured.address = Address{{"12 rue X"}, "75009", "Paris", "", "FR"};
    structured.tax_ids.clear();
    Company belgian = french_company();  // a French VAT number, but established in Belgium
    belgian.address = Address{{"Rue Neuve 1"}, "1000", "Bruxelles", "", "BE"};
    Company canadian = canadian_company();
    canadian.legal_notice = {"Prices in Canadian dollars.", "Prix en dollars canadiens."};
    Customer english = french_customer();
    english.language = Language::en;

    struct Case {
        const char* what;
        Company company;
        Customer customer;
        std::vector<std::string> notice;
    };
    const Case cases[] = {
        {"no legal notice", french_company(), french_customer(), {fr_default}},
        {"a notice holding 40 (the capital) still gets it",
         capital,
         french_customer(),
         {"Capital social 40 000 €.", fr_default}},
        {"a notice that says it too gets it as well",
         states_it,
         french_customer(),
         {"Indemnité forfaitaire de 40 € pour frais de recouvrement.", fr_default}},
        {"the company's rate and indemnity",
         own_terms,
         french_customer(),
         {"Pas d’escompte pour paiement anticipé. Pénalités de retard : taux BCE + 10 points. "
          "Indemnité forfaitaire pour frais de recouvrement : 50" +
          nbsp + "€ (articles L441-10 et D441-5 du Code de commerce)."}},
        {"a structured address in France", structured, french_customer(), {fr_default}},
        {"a structured address elsewhere", belgian, french_customer(), {}},
        {"in English for an English customer", french_company(), english, {en_default}},
        {"a Canadian seller: its notice only",
         canadian,
         portal_customer(),
         {"Prix en dollars canadiens."}},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const PdfCase pdf(c.company, c.customer);
        CHECK(pdf.view("INV/2026/00001").legal_notice == c.notice);
    }

    // A credit note bears no payment terms, so no late-payment mention.
    Customer with_credit = french_customer();
    Invoice credit;
    credit.number = "AV/2026/00001";
    credit.kind = InvoiceKind::credit_note;
    credit.reverses = "INV/2026/00001";
    credit.date = day("2026-10-15");
    credit.lines = {Line{"Atelier", "", dec("1"), dec("100"), dec("0"), {"VAT20"}}};
    with_credit.invoices.push_back(credit);
    CHECK(PdfCase(french_company(), with_credit).view("AV/2026/00001").legal_notice.empty());
}

TEST_CASE("pdf view: which sellers are established in France", "[pdf][view]") {
    CHECK(company_in_france(french_company()));
    CHECK_FALSE(company_in_france(canadian_company()));
    CHECK_FALSE(company_in_france(portal_company()));

    Company by_address = portal_company();
    by_address.address.lines = {"8 rue X", "69002 Lyon", " FRANCE ", ""};
    CHECK(company_in_france(by_address));
    Company by_vat = portal_company();
    by_vat.tax_ids = {TaxId{{"VAT", "TVA"}, "FR 32 912345678"}};
    CHECK(company_in_france(by_vat));
    Company not_vat = portal_company();
    not_vat.tax_ids = {TaxId{{"SIRET", "SIRET"}, "912 345 678 00021"},
                       TaxId{{"VAT", "TVA"}, "FRA12345"}};
    CHECK_FALSE(company_in_france(not_vat));
    // "France" elsewhere than on the country line does not count.
    Company street = portal_company();
    street.address.lines = {"1 avenue de France", "Montréal QC", "Canada"};
    CHECK_FALSE(company_in_france(street));
}

TEST_CASE("pdf view: every label comes from both catalogues", "[pdf][view]") {
    std::set<std::string> en, fr;
    for (const auto& [key, text] : catalogue(Language::en).entries())
        if (key.starts_with("pdf.")) en.insert(key);
    for (const auto& [key, text] : catalogue(Language::fr).entries())
        if (key.starts_with("pdf.")) fr.insert(key);
    CHECK(en == fr);
    for (const char* key : {"pdf.invoice",
                            "pdf.credit_note",
                            "pdf.reverses",
                            "pdf.document_title",
                            "pdf.document_subject",
                            "pdf.bill_to",
                            "pdf.customer",
                            "pdf.invoice_date",
                            "pdf.credit_note_date",
                            "pdf.due_date",
                            "pdf.order",
                            "pdf.subscription",
                            "pdf.customer_id",
                            "pdf.col_product",
                            "pdf.col_quantity",
                            "pdf.col_unit_price",
                            "pdf.col_discount",
                            "pdf.col_taxes",
                            "pdf.col_amount",
                            "pdf.untaxed",
                            "pdf.tax",
                            "pdf.tax_named",
                            "pdf.total",
                            "pdf.terms.one",
                            "pdf.terms.other",
                            "pdf.terms_on_receipt",
                            "pdf.payment_reference",
                            "pdf.france_late_payment",
                            "pdf.france_no_discount",
                            "pdf.france_penalty",
                            "pdf.france_penalty_rate",
                            "pdf.france_indemnity",
                            "pdf.vat_on_debits",
                            "pdf.reverses_dated",
                            "pdf.deliver_to",
                            "pdf.vat_id",
                            "pdf.siren",
                            "pdf.siret",
                            "pdf.legal_id",
                            "pdf.service_period",
                            "pdf.period_dates",
                            "pdf.delivery_date",
                            "pdf.purchase_order",
                            "pdf.bank_transfer",
                            "pdf.bank_transfer_iban",
                            "pdf.units.c62",
                            "pdf.units.h87",
                            "pdf.units.hur",
                            "pdf.units.day.one",
                            "pdf.units.day.other",
                            "pdf.page"}) {
        CHECK(en.count(key) == 1);
        CHECK(fr.count(key) == 1);
    }

    // A catalogue without a PDF label fails loudly instead of printing a key.
    const Catalogue empty = Catalogue::parse("site:\n  portal: Portal\n", "empty.yaml");
    const PdfCase french(french_company(), french_customer());
    const PortalContext c{french.account, french.token, Language::fr, empty, french.format};
    CHECK_THROWS_AS(pdf_invoice_view(c, french.account.invoices.front()), MissingLabel);
}

TEST_CASE("pdf view: discounts, quantities and unit prices as the portal writes them",
          "[pdf][view]") {
    Customer customer = french_customer();
    customer.invoices[0].lines = {
        Line{"Lecteur", "", dec("3"), dec("149"), dec("5"), {"VAT20"}},
        Line{"Heures", "", dec("1.5"), dec("0.125"), dec("0"), {}},
        Line{"Guide", "", dec("6"), dec("29.9"), dec("0"), {"VAT55", "VAT20"}}};
    customer.invoices[0].payments.clear();
    const PdfCase french(french_company(), customer);
    const PdfInvoiceView v = french.view("INV/2026/00001");
    REQUIRE(v.lines.size() == 3);
    CHECK(v.lines[0].discount == "5" + nbsp + "%");
    CHECK(v.lines[0].subtotal == "424,65" + nbsp + "€");  // 447 × 0.95
    CHECK(v.lines[1].quantity == "1,5");
    CHECK(v.lines[1].unit_price == "0,125" + nbsp + "€");
    CHECK(v.lines[1].taxes.empty());
    CHECK(v.lines[2].taxes == "TVA 5,5 %, TVA 20 %");
    // The taxes in the seller's order, each on its own base.
    CHECK(labels_of(v.totals) ==
          std::vector<std::string>{"Total HT", "TVA 20 % sur 604,05" + nbsp + "€",
                                   "TVA 5,5 % sur 179,40" + nbsp + "€", "Total TTC"});
}

TEST_CASE("pdf view: payment terms by the number of days, or on receipt", "[pdf][view]") {
    Customer customer = french_customer();
    customer.invoices[0].due = day("2026-10-02");
    CHECK(PdfCase(french_company(), customer)
              .view("INV/2026/00001")
              .payment_terms.starts_with("À régler au plus tard le 2 oct. 2026 (1 jour)."));
    customer.invoices[0].due = day("2026-10-01");
    CHECK(PdfCase(french_company(), customer)
              .view("INV/2026/00001")
              .payment_terms.starts_with("Payable à réception.\n"));
}

TEST_CASE("pdf renderer: the customer's language, cached formats, the same bytes each time",
          "[pdf][view][render]") {
    static const PdfFonts fonts = PdfFonts::load_default();
    LocaleFormatCache formats;
    PdfInvoiceViews renderer(catalogue(Language::en), catalogue(Language::fr), formats);
    const PdfCase french(french_company(), french_customer());
    const ComputedInvoice& invoice = french.account.invoices.front();

    const PdfInvoiceView v = renderer.view(french.account, invoice, "TOK");
    CHECK(v.title == "Facture");
    const PdfInvoiceView same = french.view("INV/2026/00001");
    CHECK(v.number == same.number);
    CHECK(v.totals.back().value == same.totals.back().value);

    const auto render = [&] {
        return render_invoice_pdf(renderer.view(french.account, invoice, "TOK"), fonts);
    };
    const std::string pdf = render();
    CHECK(pdf.rfind("%PDF-1.", 0) == 0);
    CHECK(pdf.find("/CreationDate (D:20261001") != std::string::npos);
    CHECK(render() == pdf);

    // An English customer of the same renderer gets English.
    Customer english = french_customer();
    english.language = Language::en;
    const PdfCase abroad(french_company(), english);
    CHECK(renderer.view(abroad.account, abroad.account.invoices.front(), "TOK").title == "Invoice");
}

namespace {

// The French seller with a structured address in Paris and no tax ids of its own.
Company structured_french_company() {
    Company company = french_company();
    company.address = Address{{"12 rue de la Chaussée-d'Antin"}, "75009", "Paris", "", "FR"};
    company.tax_ids.clear();
    return company;
}

// Its customer in Lyon, structured too.
Customer structured_french_customer() {
    Customer customer = french_customer();
    customer.address = Address{{"8 place du Marché"}, "69002", "Lyon", "", "FR"};
    return customer;
}

}  // namespace

TEST_CASE("pdf view: the seller's VAT id and SIREN or SIRET, once each", "[pdf][view]") {
    const TaxId vat_tax_id{{"VAT No.", "N° TVA intracommunautaire"}, "FR 89 912345683"};
    const TaxId siret_tax_id{{"SIRET", "SIRET"}, "912 345 683 00003"};
    struct Case {
        const char* what;
        std::string vat_id;
        SchemeId legal_id;
        std::vector<TaxId> tax_ids;
        std::vector<std::string> printed;
    };
    const Case cases[] = {
        {"nothing given", "", {}, {}, {}},
        {"the VAT id", "FR89912345683", {}, {}, {"N° TVA FR89912345683"}},
        {"a SIREN", "", {"0002", "912345683"}, {}, {"SIREN 912345683"}},
        {"a SIRET", "", {"0009", "91234568300003"}, {}, {"SIRET 91234568300003"}},
        {"another scheme",
         "",
         {"0088", "5790000435975"},
         {},
         {"N° d’immatriculation 5790000435975"}},
        {"both",
         "FR89912345683",
         {"0002", "912345683"},
         {},
         {"N° TVA FR89912345683", "SIREN 912345683"}},
        // samples/nimbus.yaml: the VAT id and the SIRET among its tax ids, spaced.
        {"already among the tax ids",
         "FR89912345683",
         {"0002", "912345683"},
         {vat_tax_id, siret_tax_id},
         {"N° TVA intracommunautaire FR 89 912345683", "SIRET 912 345 683 00003"}},
        {"a SIRET tax id is not the SIREN of another company",
         "",
         {"0002", "552100554"},
         {siret_tax_id},
         {"SIRET 912 345 683 00003", "SIREN 552100554"}},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        Company company = structured_french_company();
        company.vat_id = c.vat_id;
        company.legal_id = c.legal_id;
        company.tax_ids = c.tax_ids;
        CHECK(PdfCase(company, french_customer()).view("INV/2026/00001").seller.tax_ids ==
              c.printed);
    }
}

TEST_CASE("pdf view: the buyer's VAT id, SIREN and delivery address", "[pdf][view]") {
    const Address warehouse{{"ZI des Gaulnes", "Quai 4"}, "69330", "Meyzieu", "", "FR"};
    const Address brussels{{"Rue Neuve 1"}, "1000", "Bruxelles", "", "BE"};
    struct Case {
        const char* what;
        std::string vat_id;
        SchemeId legal_id;
        std::optional<Address> delivery;
        std::vector<std::string> ids;
        std::vector<std::string> delivery_lines;
    };
    const Case cases[] = {
        {"nothing given", "", {}, std::nullopt, {}, {}},
        {"VAT id and SIREN",
         "FR96552100554",
         {"0002", "552100554"},
         std::nullopt,
         {"N° TVA FR96552100554", "SIREN 552100554"},
         {}},
        {"a VAT id alone", "EL094014201", {}, std::nullopt, {"N° TVA EL094014201"}, {}},
        {"delivered where billed: not repeated",
         "",
         {},
         structured_french_customer().address,
         {},
         {}},
        {"delivered elsewhere in France",
         "",
         {},
         warehouse,
         {},
         {"ZI des Gaulnes", "Quai 4", "69330 Meyzieu"}},
        {"delivered abroad: the country's name",
         "",
         {},
         brussels,
         {},
         {"Rue Neuve 1", "1000 Bruxelles", "Belgique"}},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        Customer customer = structured_french_customer();
        customer.vat_id = c.vat_id;
        customer.legal_id = c.legal_id;
        customer.delivery_address = c.delivery;
        const PdfCustomer p =
            PdfCase(structured_french_company(), customer).view("INV/2026/00001").customer;
        CHECK(p.tax_ids == c.ids);
        CHECK(p.delivery_address == c.delivery_lines);
        CHECK(p.delivery_label == (c.delivery_lines.empty() ? "" : "Livrer à"));
    }
}

TEST_CASE("pdf view: service period, delivery date and purchase order among the references",
          "[pdf][view]") {
    using Rows = std::vector<std::pair<std::string, std::string>>;
    struct Case {
        const char* what;
        std::function<void(Invoice&)> change;
        Rows rows;
    };
    const Case cases[] = {
        {"none of them",
         [](Invoice&) {},
         {{"Date de facture", "1er oct. 2026"},
          {"Date d’échéance", "31 oct. 2026"},
          {"Commande", "S00318"},
          {"N° client", "C1001"}}},
        {"a service period",
         [](Invoice& i) {
             i.service_start = day("2026-09-01");
             i.service_end = day("2026-09-30");
         },
         {{"Date de facture", "1er oct. 2026"},
          {"Date d’échéance", "31 oct. 2026"},
          {"Période de service", unbroken("1er sept. 2026") + " – " + unbroken("30 sept. 2026")},
          {"Commande", "S00318"},
          {"N° client", "C1001"}}},
        {"a delivery date and the buyer's purchase order",
         [](Invoice& i) {
             i.delivery_date = day("2026-09-28");
             i.purchase_order = "PO-7781";
             i.order.clear();
         },
         {{"Date de facture", "1er oct. 2026"},
          {"Date d’échéance", "31 oct. 2026"},
          {"Date de livraison", "28 sept. 2026"},
          {"Bon de commande", "PO-7781"},
          {"N° client", "C1001"}}},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        Customer customer = french_customer();
        c.change(customer.invoices[0]);
        Rows rows;
        for (const auto& row : PdfCase(french_company(), customer).view("INV/2026/00001").meta)
            rows.emplace_back(row.label, row.value);
        CHECK(rows == c.rows);
    }

    Customer english = french_customer();
    english.language = Language::en;
    english.invoices[0].service_start = day("2026-09-01");
    english.invoices[0].service_end = day("2026-09-30");
    english.invoices[0].purchase_order = "PO-7781";
    const PdfInvoiceView e = PdfCase(french_company(), english).view("INV/2026/00001");
    CHECK(e.meta[2].label == "Service period");
    CHECK(e.meta[2].value == unbroken("1 Sept 2026") + " – " + unbroken("30 Sept 2026"));
    CHECK(e.meta[4].label == "Purchase order");
}

TEST_CASE("pdf view: a credit note of an unknown invoice names it without a date", "[pdf][view]") {
    Customer customer = french_customer();
    Invoice credit;
    credit.number = "AV/2026/00001";
    credit.kind = InvoiceKind::credit_note;
    credit.reverses = "INV/2019/00001";  // issued before the data starts
    credit.date = day("2026-10-15");
    credit.lines = {Line{"Atelier", "", dec("1"), dec("100"), dec("0"), {"VAT20"}}};
    customer.invoices.push_back(credit);
    CHECK(PdfCase(french_company(), customer).view("AV/2026/00001").subtitle ==
          "Avoir de la facture INV/2019/00001");
}

TEST_CASE("pdf view: the quantity with its unit (UN/ECE Rec. 20)", "[pdf][view]") {
    struct Case {
        const char* unit;
        const char* quantity;
        Language language;
        std::string printed;
    };
    const Case cases[] = {
        {"", "2", Language::fr, "2"},  // C62, "one": the number alone
        {"C62", "2", Language::en, "2"},
        {"H87", "3", Language::fr, "3"},  // pieces: the number alone
        {"HUR", "2.5", Language::fr, "2,5" + nbsp + "h"},
        {"HUR", "2.5", Language::en, "2.5" + nbsp + "h"},
        {"DAY", "3", Language::en, "3" + nbsp + "days"},
        {"DAY", "1", Language::en, "1" + nbsp + "day"},
        {"DAY", "1.5", Language::en, "1.5" + nbsp + "days"},
        {"DAY", "3", Language::fr, "3" + nbsp + "jours"},
        {"DAY", "1.5", Language::fr, "1,5" + nbsp + "jour"},  // French: below 2 is singular
        {"WEE", "2", Language::fr, "2" + nbsp + "semaines"},
        {"MON", "12", Language::fr, "12" + nbsp + "mois"},
        {"MON", "1", Language::en, "1" + nbsp + "month"},
        {"ANN", "2", Language::fr, "2" + nbsp + "ans"},
        {"MIN", "45", Language::en, "45" + nbsp + "min"},
        {"KGM", "12.5", Language::fr, "12,5" + nbsp + "kg"},
        {"MTR", "3", Language::en, "3" + nbsp + "m"},
        {"LTR", "20", Language::fr, "20" + nbsp + "l"},
        {"KWH", "1500", Language::fr, "1" + nnbsp + "500" + nbsp + "kWh"},
        {"E48", "4", Language::fr, "4" + nbsp + "unités de service"},
        {"E48", "1", Language::en, "1" + nbsp + "service unit"},
        {"XBX", "2", Language::en, "2" + nbsp + "XBX"},  // not in the table: its code
    };
    for (const Case& c : cases) {
        INFO(c.unit << " " << c.quantity);
        Customer customer = french_customer();
        customer.language = c.language;
        customer.invoices[0].lines[0].unit = c.unit;
        customer.invoices[0].lines[0].quantity = dec(c.quantity);
        CHECK(PdfCase(french_company(), customer).view("INV/2026/00001").lines[0].quantity ==
              c.printed);
    }
}

TEST_CASE("pdf view: the reason of each exempt tax, and VAT on debits, under the totals",
          "[pdf][view]") {
    auto exempt = [](const char* code, VatCategory category, const char* en, const char* fr) {
        return Tax{code, {code, code}, dec("0"), category, VatExemption{"VATEX-EU-X", {en, fr}}};
    };
    Company company = french_company();
    company.taxes.push_back(exempt("RC", VatCategory::AE, "Reverse charge", "Autoliquidation"));
    company.taxes.push_back(
        exempt("EXP", VatCategory::G, "Export outside the EU", "Exportation hors UE"));
    company.taxes.push_back(exempt("EDU", VatCategory::E, "Exempt: education", ""));
    company.taxes.push_back(
        exempt("IC", VatCategory::K, "Intra-community supply", "Livraison intracommunautaire"));
    company.taxes.push_back(
        exempt("OUT", VatCategory::O, "Outside the scope of VAT", "Hors champ de la TVA"));
    company.taxes.push_back(exempt("RC2", VatCategory::AE, "Reverse charge", "Autoliquidation"));
    company.taxes.push_back(Tax{"ZERO", {"Zero", "Taux zéro"}, dec("0"), VatCategory::Z, {}});

    struct Case {
        std::vector<std::string> taxes;
        Language language;
        bool vat_on_debits;
        std::vector<std::string> mentions;
    };
    const Case cases[] = {
        {{"VAT20"}, Language::fr, false, {}},
        {{"ZERO"}, Language::fr, false, {}},  // zero rated: no exemption to state
        {{"RC"}, Language::fr, false, {"Autoliquidation"}},
        {{"RC"}, Language::en, false, {"Reverse charge"}},
        {{"EXP"}, Language::fr, false, {"Exportation hors UE"}},
        {{"IC"}, Language::fr, false, {"Livraison intracommunautaire"}},
        {{"OUT"}, Language::fr, false, {"Hors champ de la TVA"}},
        {{"EDU"}, Language::fr, false, {"Exempt: education"}},      // no French text: the English
        {{"RC", "RC2"}, Language::fr, false, {"Autoliquidation"}},  // the same text once
        {{"VAT20"}, Language::fr, true, {"Option pour le paiement de la taxe d’après les débits"}},
        {{"EXP"}, Language::en, true, {"Export outside the EU", "VAT paid on debits"}},
    };
    for (const Case& c : cases) {
        INFO(c.mentions.size() << " mentions, first tax " << c.taxes.front());
        Company seller = company;
        seller.vat_on_debits = c.vat_on_debits;
        Customer customer = french_customer();
        customer.language = c.language;
        customer.invoices[0].lines.clear();
        for (const auto& tax : c.taxes)
            customer.invoices[0].lines.push_back(
                Line{"Service", "", dec("1"), dec("100"), dec("0"), {tax}});
        CHECK(PdfCase(seller, customer).view("INV/2026/00001").mentions == c.mentions);
    }
}

TEST_CASE("pdf view: the bank account under the payment terms", "[pdf][view]") {
    struct Case {
        BankAccount bank;
        Language language;
        std::string line;  // the bank line; empty: none
    };
    const Case cases[] = {
        {{}, Language::fr, ""},
        {{"FR7630006000011234567890189", "AGRIFRPP"},
         Language::fr,
         "Virement sur IBAN FR76 3000 6000 0112 3456 7890 189, BIC AGRIFRPP."},
        {{"FR7630006000011234567890189", "AGRIFRPP"},
         Language::en,
         "Bank transfer to IBAN FR76 3000 6000 0112 3456 7890 189, BIC AGRIFRPP."},
        {{"DE89370400440532013000", ""},
         Language::fr,
         "Virement sur IBAN DE89 3704 0044 0532 0130 00."},
    };
    for (const Case& c : cases) {
        INFO(c.bank.iban);
        Company company = french_company();
        company.bank_account = c.bank;
        Customer customer = french_customer();
        customer.language = c.language;
        const std::string terms = PdfCase(company, customer).view("INV/2026/00001").payment_terms;
        std::vector<std::string> lines;
        for (std::size_t start = 0, end = 0; end != std::string::npos; start = end + 1) {
            end = terms.find('\n', start);
            lines.push_back(terms.substr(start, end == std::string::npos ? end : end - start));
        }
        REQUIRE(lines.size() == (c.line.empty() ? 2u : 3u));
        if (!c.line.empty()) CHECK(lines[1] == c.line);
    }
}

TEST_CASE("pdf view and render: US Letter for a seller in the United States or Canada",
          "[pdf][view][render]") {
    auto listed = [](std::vector<std::string> lines) {
        Address address;
        address.lines = std::move(lines);
        return address;
    };
    struct Case {
        Address address;
        PdfPaper paper;
    };
    const Case cases[] = {
        {Address{{"1 rue X"}, "75009", "Paris", "", "FR"}, PdfPaper::a4},
        {Address{{"200 Main Street"}, "60601", "Chicago", "IL", "US"}, PdfPaper::us_letter},
        {Address{{"1 Place Ville Marie"}, "H3B 2B6", "Montréal", "QC", "CA"}, PdfPaper::us_letter},
        {listed({"1 Place Ville Marie", "Montréal QC  H3B 2B6", "Canada"}), PdfPaper::us_letter},
        {listed({"200 Main Street", "Chicago, IL 60601", " USA ", ""}), PdfPaper::us_letter},
        {listed({"200 Main Street", "Chicago, IL 60601", "United States"}), PdfPaper::us_letter},
        {listed({"200 Main Street", "Chicago, IL 60601", "U.S.A."}), PdfPaper::us_letter},
        {listed({"1 Place Ville Marie", "Montréal QC  H3B 2B6"}), PdfPaper::a4},  // unsaid
        {listed({"12 Canada Square", "London E14 5AB", "United Kingdom"}), PdfPaper::a4},
        {Address{}, PdfPaper::a4},
    };
    for (const Case& c : cases) {
        INFO(c.address.country << " " << (c.address.lines.empty() ? "" : c.address.lines.back()));
        Company company = portal_company();
        company.address = c.address;
        CHECK(invoice_paper(company) == c.paper);
    }

    // The rendered PDF's pages have the paper's size.
    static const PdfFonts fonts = PdfFonts::load_default();
    Company us = portal_company();
    us.address = Address{{"200 Main Street"}, "60601", "Chicago", "IL", "US"};
    Customer customer = portal_customer();
    customer.language = Language::en;
    const PdfInvoiceView letter = PdfCase(us, customer).view("INV/2026/00001");
    CHECK(letter.paper == PdfPaper::us_letter);
    const std::string pdf = render_invoice_pdf(letter, fonts);
    CHECK(pdf.find("/MediaBox [ 0 0 612 792 ]") != std::string::npos);
    CHECK(pdf.find("595.276") == std::string::npos);
    const std::string a4 = render_invoice_pdf(
        PdfCase(french_company(), french_customer()).view("INV/2026/00001"), fonts);
    CHECK(a4.find("/MediaBox [ 0 0 595.276 841.89") != std::string::npos);
}
