// A small customer with one document of each kind, for the portal view, render and site tests.
#pragma once

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "compute/account.h"
#include "model/model.h"

namespace portalgen::testing {

inline Date day(const char* text) {
    auto date = Date::parse(text);
    REQUIRE(date.has_value());
    return *date;
}

inline Decimal dec(const char* text) {
    auto parsed = Decimal::parse(text);
    REQUIRE(parsed.value.has_value());
    return *parsed.value;
}

inline Timestamp at(const char* text) {
    auto parsed = Timestamp::parse(text);
    REQUIRE(parsed.has_value());
    return *parsed;
}

inline Company portal_company() {
    Company company;
    company.name = "Odotrack Inc.";
    company.address.lines = {"1 Place Ville Marie", "Montréal QC  H3B 2B6"};
    company.email = "billing@odotrack.example";
    company.currency = "CAD";
    company.locale = {"en-CA", "fr-CA"};
    company.taxes = {Tax{"GST", {"GST", "TPS"}, dec("5")},
                     Tax{"QST", {"QST", "TVQ"}, dec("9.975")}};
    company.actions.accept_quotation = "https://pay.example/q/{number}";
    company.actions.reject_quotation = "mailto:sales@example.com?subject=Quotation%20{number}";
    company.actions.pay_invoice = "https://pay.example/i/{number}?c={customer}";
    company.actions.change_payment_method = "https://pay.example/c/{customer}/methods";
    company.actions.support = "mailto:support@example.com?subject={number}";
    company.actions.delete_account = "";  // no template: no link
    return company;
}

// C1001, as of 2026-11-23: an overdue invoice of $1,234.56 (1,073.76 + GST 53.69 + QST 107.11),
// a waiting quotation, an order with a service period, a subscription, a ticket whose message
// holds markup, a card and a success pack.
inline Customer portal_customer() {
    Customer c;
    c.id = "C1001";
    c.seller = "Odotrack Inc.";
    c.name = "Marie Tremblay";
    c.email = "marie@example.com";
    c.language = Language::fr;
    c.address.lines = {"123 rue Principale", "Québec QC"};
    c.payment_methods = {PaymentMethod{"card 1", "visa", "4242", *Month::parse("2027-03")}};
    Line line{"ODO50 device", "GPS <tracker>", dec("2"), dec("536.88"), {}, {"GST", "QST"}};
    Quotation q;
    q.number = "S00042";
    q.date = day("2026-11-01");
    q.valid_until = day("2026-11-30");
    q.lines = {line};
    c.quotations = {q};
    Order o;
    o.number = "26367";
    o.date = day("2026-01-01");
    o.quotation = "S00042";
    o.start = day("2026-01-01");
    o.end = day("2027-01-01");
    o.lines = {line};
    c.orders = {o};
    Invoice i;
    i.number = "INV/2026/00001";
    i.date = day("2026-10-01");
    i.due = day("2026-10-31");
    i.order = "26367";
    i.lines = {line};
    c.invoices = {i};
    Subscription s;
    s.number = "SUB-0001";
    s.plan = "Odoo Enterprise";
    s.start = day("2025-11-20");
    s.next_invoice = day("2026-12-20");
    s.payment_method = "card 1";
    s.lines = {line};
    c.subscriptions = {s};
    Ticket t;
    t.ref = "12345";
    t.subject = "Cannot print";
    t.opened = at("2026-11-10T14:03:00Z");
    t.status = TicketStatus::in_progress;
    t.messages = {Message{at("2026-11-10T14:03:00Z"), Party::customer, "Marie Tremblay",
                          "<script>alert(1)</script> & \"quotes\""}};
    c.tickets = {t};
    c.success_packs = {SuccessPack{"Success Pack 25 h", day("2026-01-15"), dec("25"), dec("10.5")}};
    return c;
}

// The project's own templates folder.
inline std::filesystem::path project_templates() {
    return std::filesystem::path(PORTALGEN_SOURCE_DIR) / "templates";
}

// A fresh empty folder under the system's temporary folder, removed by the destructor.
class ScratchDir {
  public:
    explicit ScratchDir(const std::string& name) {
        path_ = std::filesystem::temp_directory_path() /
                (name + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~ScratchDir() { std::filesystem::remove_all(path_); }
    const std::filesystem::path& path() const { return path_; }

  private:
    static int& counter() {
        static int n = 0;
        return n;
    }
    std::filesystem::path path_;
};

}  // namespace portalgen::testing
