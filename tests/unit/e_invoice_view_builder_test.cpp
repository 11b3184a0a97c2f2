// The e-invoice view of a French Factur-X seller's invoice and credit note: amounts worked out by
// hand (half away from zero, per line), parties, references, payment, the BR-FR mentions, the
// billing framework, and the refusal of a line with two taxes.
#include "view/e_invoice_view_builder.h"

#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

#include "render/html_portal.h"
#include "view_fixture.h"

using namespace portalgen;
using namespace portalgen::testing;

namespace {

const Catalogue& french_catalogue() {
    static const Catalogue fr = Catalogue::load(project_templates() / "i18n" / "fr.yaml");
    return fr;
}

Company factur_x_company() {
    Company company;
    company.name = "Nimbus ERP SAS";
    company.address = {.lines = {"12 rue de la Chaussée-d'Antin"},
                       .postcode = "75009",
                       .city = "Paris",
                       .region = "",
                       .country = "FR"};
    company.email = "facturation@nimbus-erp.example";
    company.currency = "EUR";
    company.locale = {"en-IE", "fr-FR"};
    company.vat_id = "FR89912345683";
    company.legal_id = {"0002", "912345683"};
    company.electronic_address = {"0225", "912345683"};
    company.bank_account = {"FR7630006000011234567890189", "AGRIFRPP"};
    company.e_invoice = EInvoiceFormat::factur_x;
    company.vat_on_debits = true;
    company.taxes = {Tax{"VAT20", {"VAT 20%", "TVA 20 %"}, dec("20")},
                     Tax{"VAT55", {"VAT 5.5%", "TVA 5,5 %"}, dec("5.5")}};
    return company;
}

// INV/2026/00001: 2 × 617.28 = 1234.56 (service, VAT 20 %: 246.912 → 246.91) and 6 × 29.90 less
// 10 % = 179.40 − 17.94 = 161.46 (goods, VAT 5.5 %: 8.8803 → 8.88). Untaxed 1396.02, VAT 255.79,
// total 1651.81. AV/2026/00001 reverses one 617.28: VAT 123.456 → 123.46, total 740.74.
Customer factur_x_customer() {
    Customer c;
    c.id = "C1001";
    c.seller = "Nimbus ERP SAS";
    c.name = "Camille Lefèvre";
    c.company = "Boulangeries Lefèvre SARL";
    c.email = "camille@example.com";
    c.language = Language::fr;
    c.address = {.lines = {"8 place du Marché"},
                 .postcode = "69002",
                 .city = "Lyon",
                 .region = "",
                 .country = "FR"};
    c.legal_id = {"0002", "552100554"};
    c.electronic_address = {"0225", "552100554"};
    c.vat_id = "FR96552100554";
    Invoice i;
    i.number = "INV/2026/00001";
    i.date = day("2026-10-01");
    i.due = day("2026-10-31");
    i.order = "S00318";
    i.purchase_order = "PO-7781";
    i.service_start = day("2026-09-01");
    i.service_end = day("2026-09-30");
    Line atelier{"Atelier d'analyse", "Cadrage", dec("2"), dec("617.28"), dec("0"), {"VAT20"}};
    atelier.unit = "DAY";
    atelier.kind = "service";
    Line guide{"Guide imprimé", "", dec("6"), dec("29.90"), dec("10"), {"VAT55"}};
    guide.kind = "goods";
    i.lines = {atelier, guide};
    Invoice credit;
    credit.number = "AV/2026/00001";
    credit.kind = InvoiceKind::credit_note;
    credit.reverses = "INV/2026/00001";
    credit.date = day("2026-10-15");
    credit.lines = {Line{"Atelier d'analyse", "", dec("1"), dec("617.28"), dec("0"), {"VAT20"}}};
    c.invoices = {i, credit};
    return c;
}

struct EInvoiceCase {
    Company company;
    Customer customer;
    Account account;
    LocaleFormat format;
    std::string token = "TOK";

    EInvoiceCase(Company company_, Customer customer_)
        : company(std::move(company_)),
          customer(std::move(customer_)),
          account(compute_account(customer, company, day("2026-11-23"))),
          format(locale_for(company, customer.language), account.currency) {}

    EInvoiceView view(const std::string& number) const {
        const PortalContext c{account, token, customer.language, french_catalogue(), format};
        for (const auto* list : {&account.invoices, &account.credit_notes})
            for (const auto& invoice : *list)
                if (invoice.doc->number == number) return e_invoice_view(c, invoice);
        FAIL("no document " << number);
        return {};
    }
};

}  // namespace

TEST_CASE("e-invoice view: amounts of an invoice, as printed", "[einvoice][view]") {
    const EInvoiceCase e(factur_x_company(), factur_x_customer());
    const EInvoiceView v = e.view("INV/2026/00001");
    CHECK(v.type_code == "380");
    CHECK(v.currency == "EUR");
    REQUIRE(v.lines.size() == 2);
    CHECK(v.lines[0].id == "1");
    CHECK(v.lines[0].quantity == "2");
    CHECK(v.lines[0].unit_code == "DAY");
    CHECK(v.lines[0].net_price == "617.28");
    CHECK(v.lines[0].net_amount == "1234.56");
    CHECK(v.lines[0].vat_category == "S");
    CHECK(v.lines[0].vat_rate == "20");
    CHECK_FALSE(v.lines[0].allowance.has_value());
    CHECK(v.lines[1].unit_code == "C62");
    CHECK(v.lines[1].net_price == "29.9");
    CHECK(v.lines[1].net_amount == "161.46");
    REQUIRE(v.lines[1].allowance.has_value());
    CHECK(v.lines[1].allowance->amount == "17.94");
    CHECK(v.lines[1].vat_rate == "5.5");
    REQUIRE(v.vat.size() == 2);
    CHECK(v.vat[0].basis == "1234.56");
    CHECK(v.vat[0].amount == "246.91");
    CHECK(v.vat[1].basis == "161.46");
    CHECK(v.vat[1].amount == "8.88");
    CHECK(v.totals.line_total == "1396.02");
    CHECK(v.totals.tax_basis == "1396.02");
    CHECK(v.totals.tax_total == "255.79");
    CHECK(v.totals.grand_total == "1651.81");
    CHECK(v.totals.prepaid.empty());
    CHECK(v.totals.due == "1651.81");
}

TEST_CASE("e-invoice view: parties, references, payment and mentions", "[einvoice][view]") {
    const EInvoiceCase e(factur_x_company(), factur_x_customer());
    const EInvoiceView v = e.view("INV/2026/00001");
    CHECK(v.seller.legal_id.value == "912345683");
    CHECK(v.seller.legal_id.scheme == "0002");
    CHECK(v.seller.vat_id == "FR89912345683");
    CHECK(v.seller.address.country == "FR");
    CHECK(v.seller.address.postcode == "75009");
    CHECK(v.seller.electronic_address.scheme == "0225");
    CHECK(v.buyer.name == "Boulangeries Lefèvre SARL");
    CHECK(v.buyer.address.city == "Lyon");
    CHECK(v.buyer.electronic_address.value == "552100554");
    CHECK(v.purchase_order == "PO-7781");
    CHECK(v.order_reference == "S00318");
    REQUIRE(v.period.has_value());
    CHECK(v.period->end == day("2026-09-30"));
    REQUIRE(v.payment_means.has_value());
    CHECK(v.payment_means->code == "58");
    CHECK(v.payment_means->iban == "FR7630006000011234567890189");
    CHECK(v.payment_means->bic == "AGRIFRPP");
    CHECK(v.due_date == day("2026-10-31"));
    CHECK_FALSE(v.payment_terms.empty());
    CHECK(v.vat_due_date_code == "5");
    CHECK(v.business_process == "M1");
    std::string codes;
    for (const auto& note : v.notes) codes += note.subject_code + " ";
    CHECK(codes == "PMT PMD AAB TXD ");
    CHECK(v.notes[0].text.find("40\u00A0€") != std::string::npos);
}

TEST_CASE("e-invoice view: a credit note names the invoice it reverses", "[einvoice][view]") {
    Company company = factur_x_company();
    company.bank_account = {};
    const EInvoiceCase e(company, factur_x_customer());
    const EInvoiceView v = e.view("AV/2026/00001");
    CHECK(v.type_code == "381");
    REQUIRE(v.preceding_invoice.has_value());
    CHECK(v.preceding_invoice->number == "INV/2026/00001");
    CHECK(v.preceding_invoice->date == day("2026-10-01"));
    CHECK(v.business_process == "S1");  // a line that does not say is a service
    CHECK(v.totals.tax_total == "123.46");
    CHECK(v.totals.grand_total == "740.74");
    CHECK_FALSE(v.payment_terms.empty());
}

TEST_CASE("e-invoice view: no bank account, goods only, two taxes on a line", "[einvoice][view]") {
    Company company = factur_x_company();
    company.bank_account = {};
    Customer customer = factur_x_customer();
    customer.invoices[0].lines.erase(customer.invoices[0].lines.begin());
    const EInvoiceView v = EInvoiceCase(company, customer).view("INV/2026/00001");
    CHECK(v.business_process == "B1");
    REQUIRE(v.payment_means.has_value());
    CHECK(v.payment_means->code == "1");

    customer.invoices[0].lines[0].taxes = {"VAT20", "VAT55"};
    const EInvoiceCase two_taxes(company, customer);
    CHECK_THROWS_AS(two_taxes.view("INV/2026/00001"), std::runtime_error);
}
