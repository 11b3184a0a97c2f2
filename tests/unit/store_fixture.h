// Shared by the store tests: a company and a customer using every field, field-by-field
// comparisons, and a temporary folder.
#pragma once

#include <catch2/catch.hpp>
#include <filesystem>
#include <random>
#include <string>

#include "logo_samples.h"
#include "model/dataset.h"

namespace portalgen::test {

inline Date day(const char* text) {
    return *Date::parse(text);
}
inline Decimal dec(const char* text) {
    return *Decimal::parse(text).value;
}
inline Timestamp at(const char* text) {
    return *Timestamp::parse(text);
}

inline Company full_company() {
    Company c;
    c.name = "Odotrack Inc.";
    c.address.lines = {"1 Place Ville Marie", "Montréal QC  H3B 2B6", "Canada"};
    c.email = "billing@odotrack.example";
    c.phone = "+1 514 555 0100";
    c.website = "https://www.odotrack.example";
    c.portal_url = "https://portal.odotrack.example/";
    c.tax_ids = {{{"GST No.", "No TPS"}, "123456789 RT0001"},
                 {{"QST No.", "No TVQ"}, "1234567890 TQ0001"}};
    c.currency = "CAD";
    c.locale = {"en-CA", "fr-CA"};
    c.payment_terms_days = 45;
    c.grace_days = 10;
    c.legal_notice = {"Pay within 45 days.", "Payable sous 45 jours."};
    c.actions = {"https://pay.example/q/{number}", "mailto:sales@example.com?subject={number}",
                 "https://pay.example/i/{number}", "https://pay.example/c/{customer}",
                 "mailto:support@example.com",     "mailto:privacy@example.com?subject={customer}"};
    c.taxes = {{"QST", {"QST", "TVQ"}, dec("9.975")}, {"GST", {"GST", "TPS"}, dec("5")}};
    c.logo = tiny_png();
    c.accent_color = "#0B5394";
    return c;
}

inline Line line(const char* product, const char* quantity, const char* price) {
    Line l;
    l.product = product;
    l.quantity = dec(quantity);
    l.unit_price = dec(price);
    return l;
}

// A customer with every field and every kind of document, optional fields both given and not.
inline Customer full_customer(const std::string& id = "C1001") {
    Customer c;
    c.id = id;
    c.seller = "Odotrack Inc.";
    c.name = "Marie Tremblay";
    c.company = "Transports Tremblay inc.";
    c.email = "marie@example.com";
    c.language = Language::fr;
    c.currency = "CAD";
    c.address.lines = {"123 rue Principale", "Québec QC  G1R 4P5"};
    c.payment_methods = {{"card-1", "visa", "4242", {2027, 3}},
                         {"card-0", "amex", "0005", {2025, 12}}};

    Line full = line("ODO50 device", "2", "149.00");
    full.description = "Tracker\nwith two lines";
    full.discount = dec("10");
    full.taxes = {"GST", "QST"};
    Quotation q{"S00042",
                day("2026-11-01"),
                day("2026-11-30"),
                QuotationState::sent,
                {full, line("Setup", "1", "50")}};
    Quotation q2{"S00041", day("2026-10-01"), std::nullopt, QuotationState::accepted, {}};
    c.quotations = {q, q2};

    Order o{"26367",
            day("2020-09-24"),
            "S00041",
            day("2020-09-24"),
            day("2023-09-23"),
            OrderState::confirmed,
            {line("Service", "3", "10.5")}};
    Order o2{"26368", day("2021-01-01"), "", std::nullopt, std::nullopt, OrderState::cancelled, {}};
    c.orders = {o, o2};

    Invoice i;
    i.number = "INV/2026/00001";
    i.date = day("2026-11-01");
    i.due = day("2026-12-01");
    i.order = "26367";
    i.subscription = "SUB-0001";
    i.lines = {full};
    i.payments = {{day("2026-11-05"), dec("100.00"), "card-1"},
                  {day("2026-11-06"), dec("0.5"), ""}};
    Invoice credit;
    credit.number = "RINV/2026/00001";
    credit.kind = InvoiceKind::credit_note;
    credit.reverses = "INV/2026/00001";
    credit.date = day("2026-11-10");
    credit.state = InvoiceState::cancelled;
    credit.lines = {line("Refund", "1", "50")};
    c.invoices = {i, credit};

    Subscription s{"SUB-0001",
                   "Odoo Enterprise",
                   day("2025-11-20"),
                   day("2026-11-20"),
                   Period::month,
                   "card-1",
                   SubscriptionState::open,
                   std::nullopt,
                   {line("Users", "12", "31.10")}};
    Subscription s2{"SUB-0000",
                    "Old plan",
                    day("2024-01-01"),
                    day("2025-01-01"),
                    Period::year,
                    "",
                    SubscriptionState::closed,
                    day("2024-06-30"),
                    {}};
    c.subscriptions = {s, s2};

    Ticket t{"12345",
             "Cannot print invoices",
             at("2026-11-10T14:03:00Z"),
             TicketStatus::in_progress,
             {{at("2026-11-10T14:03:00Z"), Party::customer, "Marie Tremblay", "Bonjour,\n« Ça »"},
              {at("2026-11-10T10:20:00-05:00"), Party::agent, "Support", "On it."}}};
    Ticket t2{"12344", "Old", at("2026-01-01T00:00:00+01:00"), TicketStatus::new_, {}};
    c.tickets = {t, t2};

    c.success_packs = {{"Success Pack 25 h", day("2026-01-15"), dec("25"), dec("10.5")},
                       {"Pack 2", day("2026-02-01"), dec("5"), Decimal{}}};
    return c;
}

inline void check_same(const std::vector<Line>& a, const std::vector<Line>& b) {
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].product == b[i].product);
        CHECK(a[i].description == b[i].description);
        CHECK(a[i].quantity == b[i].quantity);
        CHECK(a[i].unit_price == b[i].unit_price);
        CHECK(a[i].discount == b[i].discount);
        CHECK(a[i].taxes == b[i].taxes);
        CHECK(a[i].unit == b[i].unit);
        CHECK(a[i].kind == b[i].kind);
    }
}

inline void check_same(const Company& a, const Company& b) {
    CHECK(a.name == b.name);
    CHECK(a.address == b.address);
    CHECK(a.email == b.email);
    CHECK(a.phone == b.phone);
    CHECK(a.website == b.website);
    CHECK(a.portal_url == b.portal_url);
    REQUIRE(a.tax_ids.size() == b.tax_ids.size());
    for (size_t i = 0; i < a.tax_ids.size(); ++i) {
        CHECK(a.tax_ids[i].label.en == b.tax_ids[i].label.en);
        CHECK(a.tax_ids[i].label.fr == b.tax_ids[i].label.fr);
        CHECK(a.tax_ids[i].value == b.tax_ids[i].value);
    }
    CHECK(a.currency == b.currency);
    CHECK(a.locale.en == b.locale.en);
    CHECK(a.locale.fr == b.locale.fr);
    CHECK(a.payment_terms_days == b.payment_terms_days);
    CHECK(a.grace_days == b.grace_days);
    CHECK(a.legal_notice.en == b.legal_notice.en);
    CHECK(a.legal_notice.fr == b.legal_notice.fr);
    CHECK(a.actions.accept_quotation == b.actions.accept_quotation);
    CHECK(a.actions.reject_quotation == b.actions.reject_quotation);
    CHECK(a.actions.pay_invoice == b.actions.pay_invoice);
    CHECK(a.actions.change_payment_method == b.actions.change_payment_method);
    CHECK(a.actions.support == b.actions.support);
    CHECK(a.actions.delete_account == b.actions.delete_account);
    CHECK(a.vat_id == b.vat_id);
    CHECK(a.legal_id == b.legal_id);
    CHECK(a.electronic_address == b.electronic_address);
    CHECK(a.bank_account.iban == b.bank_account.iban);
    CHECK(a.bank_account.bic == b.bank_account.bic);
    CHECK(a.e_invoice == b.e_invoice);
    CHECK(a.vat_on_debits == b.vat_on_debits);
    CHECK(a.logo == b.logo);
    CHECK(a.accent_color == b.accent_color);
    REQUIRE(a.taxes.size() == b.taxes.size());
    for (size_t i = 0; i < a.taxes.size(); ++i) {
        CHECK(a.taxes[i].code == b.taxes[i].code);
        CHECK(a.taxes[i].name.en == b.taxes[i].name.en);
        CHECK(a.taxes[i].name.fr == b.taxes[i].name.fr);
        CHECK(a.taxes[i].rate == b.taxes[i].rate);
        CHECK(a.taxes[i].category == b.taxes[i].category);
        CHECK(a.taxes[i].exemption.code == b.taxes[i].exemption.code);
        CHECK(a.taxes[i].exemption.text == b.taxes[i].exemption.text);
    }
}

inline void check_same(const Customer& a, const Customer& b) {
    CHECK(a.id == b.id);
    CHECK(a.seller == b.seller);
    CHECK(a.name == b.name);
    CHECK(a.company == b.company);
    CHECK(a.email == b.email);
    CHECK(a.language == b.language);
    CHECK(a.currency == b.currency);
    CHECK(a.address == b.address);
    CHECK(a.delivery_address == b.delivery_address);
    CHECK(a.vat_id == b.vat_id);
    CHECK(a.legal_id == b.legal_id);
    CHECK(a.electronic_address == b.electronic_address);

    REQUIRE(a.payment_methods.size() == b.payment_methods.size());
    for (size_t i = 0; i < a.payment_methods.size(); ++i) {
        const auto &x = a.payment_methods[i], &y = b.payment_methods[i];
        CHECK(x.id == y.id);
        CHECK(x.brand == y.brand);
        CHECK(x.last4 == y.last4);
        CHECK(x.expires == y.expires);
    }
    REQUIRE(a.quotations.size() == b.quotations.size());
    for (size_t i = 0; i < a.quotations.size(); ++i) {
        const auto &x = a.quotations[i], &y = b.quotations[i];
        CHECK(x.number == y.number);
        CHECK(x.date == y.date);
        CHECK(x.valid_until == y.valid_until);
        CHECK(x.state == y.state);
        check_same(x.lines, y.lines);
    }
    REQUIRE(a.orders.size() == b.orders.size());
    for (size_t i = 0; i < a.orders.size(); ++i) {
        const auto &x = a.orders[i], &y = b.orders[i];
        CHECK(x.number == y.number);
        CHECK(x.date == y.date);
        CHECK(x.quotation == y.quotation);
        CHECK(x.start == y.start);
        CHECK(x.end == y.end);
        CHECK(x.state == y.state);
        check_same(x.lines, y.lines);
    }
    REQUIRE(a.invoices.size() == b.invoices.size());
    for (size_t i = 0; i < a.invoices.size(); ++i) {
        const auto &x = a.invoices[i], &y = b.invoices[i];
        CHECK(x.number == y.number);
        CHECK(x.kind == y.kind);
        CHECK(x.reverses == y.reverses);
        CHECK(x.date == y.date);
        CHECK(x.due == y.due);
        CHECK(x.order == y.order);
        CHECK(x.subscription == y.subscription);
        CHECK(x.state == y.state);
        CHECK(x.service_start == y.service_start);
        CHECK(x.service_end == y.service_end);
        CHECK(x.delivery_date == y.delivery_date);
        CHECK(x.purchase_order == y.purchase_order);
        CHECK(x.tax_currency == y.tax_currency);
        CHECK(x.tax_currency_total == y.tax_currency_total);
        check_same(x.lines, y.lines);
        REQUIRE(x.payments.size() == y.payments.size());
        for (size_t k = 0; k < x.payments.size(); ++k) {
            CHECK(x.payments[k].date == y.payments[k].date);
            CHECK(x.payments[k].amount == y.payments[k].amount);
            CHECK(x.payments[k].method == y.payments[k].method);
        }
    }
    REQUIRE(a.subscriptions.size() == b.subscriptions.size());
    for (size_t i = 0; i < a.subscriptions.size(); ++i) {
        const auto &x = a.subscriptions[i], &y = b.subscriptions[i];
        CHECK(x.number == y.number);
        CHECK(x.plan == y.plan);
        CHECK(x.start == y.start);
        CHECK(x.next_invoice == y.next_invoice);
        CHECK(x.period == y.period);
        CHECK(x.payment_method == y.payment_method);
        CHECK(x.state == y.state);
        CHECK(x.closed_on == y.closed_on);
        check_same(x.lines, y.lines);
    }
    REQUIRE(a.tickets.size() == b.tickets.size());
    for (size_t i = 0; i < a.tickets.size(); ++i) {
        const auto &x = a.tickets[i], &y = b.tickets[i];
        CHECK(x.ref == y.ref);
        CHECK(x.subject == y.subject);
        CHECK(x.opened.text == y.opened.text);
        CHECK(x.opened.utc_seconds == y.opened.utc_seconds);
        CHECK(x.status == y.status);
        REQUIRE(x.messages.size() == y.messages.size());
        for (size_t k = 0; k < x.messages.size(); ++k) {
            CHECK(x.messages[k].at.text == y.messages[k].at.text);
            CHECK(x.messages[k].from == y.messages[k].from);
            CHECK(x.messages[k].author == y.messages[k].author);
            CHECK(x.messages[k].body == y.messages[k].body);
        }
    }
    REQUIRE(a.success_packs.size() == b.success_packs.size());
    for (size_t i = 0; i < a.success_packs.size(); ++i) {
        const auto &x = a.success_packs[i], &y = b.success_packs[i];
        CHECK(x.name == y.name);
        CHECK(x.purchased == y.purchased);
        CHECK(x.hours == y.hours);
        CHECK(x.used == y.used);
    }
}

// A fresh folder under the system's temporary folder, removed with everything in it.
class TempDir {
  public:
    TempDir() {
        std::random_device random;
        path_ = std::filesystem::temp_directory_path() /
                ("portalgen-store-test-" + std::to_string(random()));
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string file(const std::string& name) const { return (path_ / name).string(); }

  private:
    std::filesystem::path path_;
};

}  // namespace portalgen::test
