// The invoice's content fingerprint (SPEC 5): what the invoice says changes it; payments, the
// as-of date, the customer's language, the seller's e-invoice format and fields left out do not.
#include "compute/invoice_fingerprint.h"

#include <catch2/catch.hpp>
#include <functional>
#include <string>

#include "compute/account.h"
#include "view_fixture.h"

using namespace portalgen;
using namespace portalgen::testing;

namespace {

Company seller() {
    Company company;
    company.name = "Nimbus ERP SAS";
    company.currency = "EUR";
    company.payment_terms_days = 30;
    company.taxes = {Tax{"VAT20", {"VAT 20%", "TVA 20 %"}, dec("20")},
                     Tax{"VAT55", {"VAT 5.5%", "TVA 5,5 %"}, dec("5.5")}};
    return company;
}

Customer buyer() {
    Customer c;
    c.id = "C1001";
    c.seller = "Nimbus ERP SAS";
    c.name = "Camille Lefèvre";
    c.email = "camille@example.com";
    c.language = Language::fr;
    Invoice i;
    i.number = "INV/2026/00001";
    i.date = day("2026-10-01");
    i.lines = {Line{"Atelier", "Cadrage", dec("2"), dec("617.28"), dec("0"), {"VAT20"}},
               Line{"Guide", "", dec("1"), dec("12.5"), dec("0"), {"VAT55"}}};
    c.invoices = {i};
    return c;
}

std::string fingerprint(const Customer& customer, const Company& company = seller(),
                        const char* as_of = "2026-11-23") {
    const Account account = compute_account(customer, company, day(as_of));
    return invoice_fingerprint(account.invoices.front(), account.currency);
}

}  // namespace

TEST_CASE("invoice fingerprint: versioned SHA-256 of what the invoice says", "[fingerprint]") {
    const std::string base = fingerprint(buyer());
    CHECK(base.size() == 3 + 64);
    CHECK(base.starts_with("v1:"));
    CHECK(fingerprint(buyer()) == base);

    using Change = std::function<void(Customer&, Company&)>;
    const std::vector<std::pair<const char*, Change>> changes = {
        {"a quantity", [](Customer& c, Company&) { c.invoices[0].lines[0].quantity = dec("3"); }},
        {"a price", [](Customer& c, Company&) { c.invoices[0].lines[1].unit_price = dec("12.6"); }},
        {"a discount", [](Customer& c, Company&) { c.invoices[0].lines[0].discount = dec("5"); }},
        {"a product's French text",
         [](Customer& c, Company&) { c.invoices[0].lines[0].product.fr = "Atelier (FR)"; }},
        {"a description",
         [](Customer& c, Company&) { c.invoices[0].lines[1].description = "Printed"; }},
        {"a line's tax", [](Customer& c, Company&) { c.invoices[0].lines[1].taxes = {"VAT20"}; }},
        {"a line more",
         [](Customer& c, Company&) { c.invoices[0].lines.push_back(c.invoices[0].lines[1]); }},
        {"the date", [](Customer& c, Company&) { c.invoices[0].date = day("2026-10-02"); }},
        {"the due date given",
         [](Customer& c, Company&) { c.invoices[0].due = day("2026-11-15"); }},
        {"the payment terms (so the due date)",
         [](Customer&, Company& s) { s.payment_terms_days = 45; }},
        {"a tax rate", [](Customer&, Company& s) { s.taxes[1].rate = dec("10"); }},
        {"a tax's category", [](Customer&, Company& s) { s.taxes[0].category = VatCategory::Z; }},
        {"the purchase order",
         [](Customer& c, Company&) { c.invoices[0].purchase_order = "PO-1"; }},
        {"the currency", [](Customer& c, Company&) { c.currency = "CHF"; }},
    };
    for (const auto& [what, change] : changes) {
        Customer customer = buyer();
        Company company = seller();
        change(customer, company);
        INFO(what);
        CHECK(fingerprint(customer, company) != base);
    }

    const std::vector<std::pair<const char*, Change>> same = {
        {"a payment",
         [](Customer& c, Company&) {
             c.invoices[0].payments = {Payment{day("2026-10-05"), dec("10"), ""}};
         }},
        {"the customer's language", [](Customer& c, Company&) { c.language = Language::en; }},
        {"the customer's e-mail", [](Customer& c, Company&) { c.email = "new@example.com"; }},
        {"Factur-X turned on",
         [](Customer&, Company& s) { s.e_invoice = EInvoiceFormat::factur_x; }},
        {"a tax the invoice does not use",
         [](Customer&, Company& s) {
             s.taxes.push_back(Tax{"GST", {"GST", "TPS"}, dec("5")});
         }},
    };
    for (const auto& [what, change] : same) {
        Customer customer = buyer();
        Company company = seller();
        change(customer, company);
        INFO(what);
        CHECK(fingerprint(customer, company) == base);
    }
    CHECK(fingerprint(buyer(), seller(), "2027-06-01") == base);  // a later night
}

TEST_CASE("invoice fingerprint: values cannot run into one another", "[fingerprint]") {
    Customer a = buyer(), b = buyer();
    a.invoices[0].lines[0].description = "x\nlines.1.product.en=Guide";
    b.invoices[0].lines[0].description = "x";
    CHECK(fingerprint(a) != fingerprint(b));
    a.invoices[0].lines[0].description = "a\\nb";
    b.invoices[0].lines[0].description = "a\nb";
    CHECK(fingerprint(a) != fingerprint(b));
}
