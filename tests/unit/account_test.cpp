// One customer's account as of a date: documents sorted by date then number, credit notes apart,
// the currency and its decimals, and the dashboard alerts, most urgent first (SPEC section 2).
#include "compute/account.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

using namespace portalgen;

namespace {

Date d(const char* text) {
    auto date = Date::parse(text);
    REQUIRE(date.has_value());
    return *date;
}

Decimal dec(const char* text) {
    auto parsed = Decimal::parse(text);
    REQUIRE(parsed.value.has_value());
    return *parsed.value;
}

Month month(const char* text) {
    auto parsed = Month::parse(text);
    REQUIRE(parsed.has_value());
    return *parsed;
}

Timestamp at(const char* text) {
    auto parsed = Timestamp::parse(text);
    REQUIRE(parsed.has_value());
    return *parsed;
}

Line line(const char* quantity, const char* unit_price, std::vector<std::string> taxes = {}) {
    return Line{"ODO50 device", "", dec(quantity), dec(unit_price), Decimal{}, std::move(taxes)};
}

Company company() {
    Company company;
    company.name = "Odotrack Inc.";
    company.currency = "CAD";
    company.payment_terms_days = 30;
    company.grace_days = 7;
    company.taxes = {Tax{"GST", {"GST", "TPS"}, dec("5")},
                     Tax{"QST", {"QST", "TVQ"}, dec("9.975")}};
    return company;
}

Customer customer() {
    Customer customer;
    customer.id = "C1001";
    customer.seller = "Odotrack Inc.";
    customer.name = "Marie Tremblay";
    customer.email = "marie@example.com";
    customer.language = Language::fr;
    return customer;
}

Quotation quotation(const char* number, const char* date, const char* valid_until,
                    QuotationState state = QuotationState::sent) {
    Quotation q;
    q.number = number;
    q.date = d(date);
    if (valid_until) q.valid_until = d(valid_until);
    q.state = state;
    // 10 + GST 0.50 + QST 0.9975 → 1.00 = 11.50
    q.lines = {line("1", "10", {"GST", "QST"})};
    return q;
}

Order order(const char* number, const char* date) {
    Order o;
    o.number = number;
    o.date = d(date);
    o.lines = {line("2", "149.00")};
    return o;
}

Invoice invoice(const char* number, const char* date, const char* due, const char* amount = "200") {
    Invoice i;
    i.number = number;
    i.date = d(date);
    if (due) i.due = d(due);
    i.lines = {line("1", amount)};
    return i;
}

Invoice credit_note(const char* number, const char* date, const char* reverses, const char* amount,
                    InvoiceState state = InvoiceState::posted) {
    Invoice i = invoice(number, date, nullptr, amount);
    i.kind = InvoiceKind::credit_note;
    i.reverses = reverses;
    i.state = state;
    return i;
}

// A monthly subscription of 100 + GST = 105.
Subscription subscription(const char* number, const char* next_invoice, const char* method = "",
                          const char* start = "2025-01-01") {
    Subscription s;
    s.number = number;
    s.plan = "Odoo Enterprise";
    s.start = d(start);
    s.next_invoice = d(next_invoice);
    s.payment_method = method;
    s.lines = {line("1", "100", {"GST"})};
    return s;
}

Subscription closed_subscription(const char* number, const char* closed_on) {
    Subscription s = subscription(number, "2026-12-01");
    s.state = SubscriptionState::closed;
    if (closed_on) s.closed_on = d(closed_on);
    return s;
}

// A customer with card-1 (valid through 2026-11-30) and one document.
Customer with(const Subscription& s) {
    Customer c = customer();
    c.payment_methods = {PaymentMethod{"card-1", "visa", "4242", month("2026-11")}};
    c.subscriptions = {s};
    return c;
}
Customer with(const Invoice& i) {
    Customer c = customer();
    c.invoices = {i};
    return c;
}
Customer with(const Quotation& q) {
    Customer c = customer();
    c.quotations = {q};
    return c;
}

// The invoice with one payment dated 2026-11-05.
Invoice paid(Invoice i, const char* amount) {
    i.payments = {{d("2026-11-05"), dec(amount), ""}};
    return i;
}
Invoice cancelled(Invoice i) {
    i.state = InvoiceState::cancelled;
    return i;
}

template <typename View>
std::string numbers(const std::vector<View>& views) {
    std::string out;
    for (const auto& view : views) out += (out.empty() ? "" : " ") + view.doc->number;
    return out;
}

// "kind number date days amount", one alert per line.
std::string describe(const std::vector<Alert>& alerts) {
    std::ostringstream out;
    for (const Alert& alert : alerts)
        out << to_string(alert.kind) << ' ' << alert.number << ' ' << alert.date.to_string() << ' '
            << alert.days << ' ' << alert.amount.to_string() << '\n';
    return out.str();
}

}  // namespace

TEST_CASE("every list is sorted by date then number") {
    const Company seller = company();
    Customer c = customer();
    c.quotations = {quotation("S3", "2026-11-02", nullptr), quotation("S2", "2026-11-01", nullptr),
                    quotation("S1", "2026-11-02", nullptr)};
    c.orders = {order("26369", "2026-10-01"), order("26367", "2026-10-05"),
                order("26368", "2026-10-01")};
    // Invoices and credit notes mixed in the input.
    c.invoices = {invoice("INV/2026/00003", "2026-11-01", nullptr),
                  credit_note("RINV/2026/00002", "2026-11-10", "INV/2026/00001", "10"),
                  invoice("INV/2026/00001", "2026-11-05", nullptr),
                  credit_note("RINV/2026/00001", "2026-11-10", "INV/2026/00003", "10"),
                  invoice("INV/2026/00002", "2026-11-01", nullptr),
                  credit_note("RINV/2026/00003", "2026-11-09", "INV/2026/00002", "10")};
    c.subscriptions = {subscription("SUB-3", "2026-12-01", "", "2025-06-01"),
                       subscription("SUB-2", "2026-12-01", "", "2025-01-01"),
                       subscription("SUB-1", "2026-12-01", "", "2025-06-01")};
    c.payment_methods = {PaymentMethod{"card-b", "visa", "4242", month("2027-03")},
                         PaymentMethod{"card-c", "visa", "1111", month("2026-10")},
                         PaymentMethod{"card-a", "mastercard", "4444", month("2027-03")}};
    // 09:00 at −05:00 is 14:00Z: after 13:00Z although written earlier.
    Ticket t1{"T1", "Late", at("2026-11-10T09:00:00-05:00"), TicketStatus::new_, {}};
    Ticket t2{"T2", "Early", at("2026-11-10T13:00:00Z"), TicketStatus::solved, {}};
    Ticket t3{"T3", "First", at("2026-11-09T23:00:00Z"), TicketStatus::in_progress, {}};
    c.tickets = {t1, t2, t3};
    c.success_packs = {SuccessPack{"Pack B", d("2026-01-15"), dec("25"), dec("10.5")},
                       SuccessPack{"Pack A", d("2026-01-15"), dec("10"), dec("10")},
                       SuccessPack{"Pack 0", d("2025-01-15"), dec("5"), dec("0")}};

    Account account = compute_account(c, seller, d("2026-11-22"));
    CHECK(numbers(account.quotations) == "S2 S1 S3");
    CHECK(numbers(account.orders) == "26368 26369 26367");
    CHECK(numbers(account.invoices) == "INV/2026/00002 INV/2026/00003 INV/2026/00001");
    CHECK(numbers(account.credit_notes) == "RINV/2026/00003 RINV/2026/00001 RINV/2026/00002");
    // Subscriptions by start, then number.
    CHECK(numbers(account.subscriptions) == "SUB-2 SUB-1 SUB-3");

    std::string methods;
    for (const auto& m : account.payment_methods)
        methods += m.doc->id + ":" + std::string(to_string(m.status)) + " ";
    // By expiry, then id; card-c expired 2026-10-31.
    CHECK(methods == "card-c:expired card-a:valid card-b:valid ");

    std::string tickets;
    for (const auto& t : account.tickets)
        tickets += t.doc->ref + ":" + std::string(to_string(t.status)) + " ";
    CHECK(tickets == "T3:in_progress T2:solved T1:new ");

    std::string packs;
    for (const auto& p : account.success_packs)
        packs += p.doc->name.en + ":" + p.remaining.to_string() + " ";
    // remaining = hours − used: 5 − 0, 10 − 10, 25 − 10.5
    CHECK(packs == "Pack 0:5 Pack A:0 Pack B:14.5 ");
}

TEST_CASE("the account's currency defaults to the company's, with its decimals") {
    struct Case {
        const char* company_currency;
        const char* customer_currency;
        const char* currency;
        int digits;
        const char* unit_price;
        const char* total;  // 1 × unit_price + GST 5 %
    } cases[] = {
        // 1000.5 + 50.025 → 50.03 = 1050.53
        {"CAD", "", "CAD", 2, "1000.5", "1050.53"},
        {"CAD", "EUR", "EUR", 2, "1000.5", "1050.53"},
        {"EUR", "", "EUR", 2, "1000.5", "1050.53"},
        // JPY: 1000.5 → 1001; 5 % = 50.05 → 50; 1051
        {"CAD", "JPY", "JPY", 0, "1000.5", "1051"},
        {"JPY", "", "JPY", 0, "1000.5", "1051"},
        {"JPY", "CAD", "CAD", 2, "1000.5", "1050.53"},
    };
    for (const auto& k : cases) {
        INFO("company " << k.company_currency << ", customer '" << k.customer_currency << "'");
        Company seller = company();
        seller.currency = k.company_currency;
        Customer c = customer();
        c.currency = k.customer_currency;
        Invoice i = invoice("INV/1", "2026-11-01", "2026-12-01");
        i.lines = {line("1", k.unit_price, {"GST"})};
        c.invoices = {i};
        Account account = compute_account(c, seller, d("2026-11-10"));
        CHECK(account.currency == k.currency);
        CHECK(account.currency_digits == k.digits);
        REQUIRE(account.invoices.size() == 1);
        CHECK(account.invoices[0].totals.total.to_string() == k.total);
        CHECK(account.invoices[0].status.amount_due.to_string() == k.total);
        CHECK(account.customer == &c);
        CHECK(account.company == &seller);
        CHECK(account.as_of == d("2026-11-10"));
    }
}

TEST_CASE("posted credit notes reverse or reduce the invoice they credit") {
    struct Case {
        const char* label;
        std::vector<Invoice> notes;  // credit notes of INV/1 (total 200, due 2026-12-01)
        const char* status;
        const char* amount_due;
        const char* credited;
    } cases[] = {
        {"none", {}, "not_paid", "200", "0"},
        {"full", {credit_note("R1", "2026-11-10", "INV/1", "200")}, "reversed", "0", "200"},
        {"two adding up",
         {credit_note("R1", "2026-11-10", "INV/1", "120"),
          credit_note("R2", "2026-11-11", "INV/1", "80")},
         "reversed",
         "0",
         "200"},
        {"partial", {credit_note("R1", "2026-11-10", "INV/1", "50")}, "not_paid", "150", "50"},
        // A cancelled credit note reverses nothing.
        {"cancelled",
         {credit_note("R1", "2026-11-10", "INV/1", "200", InvoiceState::cancelled)},
         "not_paid",
         "200",
         "0"},
        {"posted + cancelled",
         {credit_note("R1", "2026-11-10", "INV/1", "150"),
          credit_note("R2", "2026-11-10", "INV/1", "50", InvoiceState::cancelled)},
         "not_paid",
         "50",
         "150"},
        // Crediting another invoice does not touch this one.
        {"other invoice",
         {credit_note("R1", "2026-11-10", "INV/2", "200")},
         "not_paid",
         "200",
         "0"},
    };
    for (const auto& k : cases) {
        INFO(k.label);
        Customer c = customer();
        c.invoices = {invoice("INV/1", "2026-11-01", "2026-12-01", "200"),
                      invoice("INV/2", "2026-11-01", "2026-12-01", "200")};
        for (const auto& note : k.notes) c.invoices.push_back(note);
        const Company seller = company();
        Account account = compute_account(c, seller, d("2026-11-20"));
        REQUIRE(account.invoices.size() == 2);
        REQUIRE(account.credit_notes.size() == k.notes.size());
        const ComputedInvoice& view = account.invoices[0];
        REQUIRE(view.doc->number == "INV/1");
        CHECK(to_string(view.status.status) == k.status);
        CHECK(view.status.amount_due.to_string() == k.amount_due);
        CHECK(view.status.credited.to_string() == k.credited);
        for (const auto& note : account.credit_notes) {
            INFO(note.doc->number);
            CHECK(to_string(note.status.status) ==
                  (note.doc->state == InvoiceState::posted ? "credit_note" : "cancelled"));
        }
    }
}

TEST_CASE("which documents raise which alert") {
    struct Case {
        const char* label;
        const char* as_of;
        Customer customer;   // with one document
        const char* alerts;  // describe(): "kind number date days amount\n" each
    };
    // The customer's only card, card-1, is valid through 2026-11-30.
    const Case cases[] = {
        {"nothing", "2026-11-22", customer(), ""},
        // to_renew: no card; next_invoice 2026-11-20, deadline 11-27; amount 100 + GST 5 = 105.
        {"to_renew, first day", "2026-11-20", with(subscription("SUB-1", "2026-11-20")),
         "to_renew SUB-1 2026-11-27 7 105\n"},
        {"to_renew, deadline", "2026-11-27", with(subscription("SUB-1", "2026-11-20")),
         "to_renew SUB-1 2026-11-27 0 105\n"},
        // at_risk: in progress, no card; days = next_invoice − D.
        {"at_risk, no card", "2026-11-19", with(subscription("SUB-1", "2026-11-20")),
         "at_risk SUB-1 2026-11-20 1 105\n"},
        // card-1 is valid today but not on next_invoice 2026-12-01 (9 days away).
        {"at_risk, card expiring", "2026-11-22",
         with(subscription("SUB-1", "2026-12-01", "card-1")), "at_risk SUB-1 2026-12-01 9 105\n"},
        // An unknown payment method id counts as none.
        {"at_risk, unknown card", "2026-11-22", with(subscription("SUB-1", "2026-11-25", "card-9")),
         "at_risk SUB-1 2026-11-25 3 105\n"},
        // card-1 is valid on next_invoice 2026-11-30: no alert, before or after it.
        {"valid card", "2026-11-22", with(subscription("SUB-1", "2026-11-30", "card-1")), ""},
        {"valid card, after next_invoice", "2026-12-05",
         with(subscription("SUB-1", "2026-11-30", "card-1")), ""},
        // Closed by the grace period on 2026-11-28: recently closed for 30 days (day 30 is
        // 2026-12-28), not on day 31.
        {"closed by grace, day 0", "2026-11-28", with(subscription("SUB-1", "2026-11-20")),
         "recently_closed SUB-1 2026-11-28 0 105\n"},
        {"closed by grace, day 30", "2026-12-28", with(subscription("SUB-1", "2026-11-20")),
         "recently_closed SUB-1 2026-11-28 30 105\n"},
        {"closed by grace, day 31", "2026-12-29", with(subscription("SUB-1", "2026-11-20")), ""},
        // Closed by hand on 2026-05-01: day 30 is 2026-05-31.
        {"closed by state, day 30", "2026-05-31", with(closed_subscription("SUB-1", "2026-05-01")),
         "recently_closed SUB-1 2026-05-01 30 105\n"},
        {"closed by state, day 31", "2026-06-01", with(closed_subscription("SUB-1", "2026-05-01")),
         ""},
        {"closed by state, no date", "2026-06-01", with(closed_subscription("SUB-1", nullptr)), ""},
        // Overdue the day after the due date 2026-12-01; amount due 200 − 50 paid = 150.
        {"invoice on due date", "2026-12-01",
         with(paid(invoice("INV/1", "2026-11-01", "2026-12-01"), "50")), ""},
        {"invoice overdue", "2026-12-02",
         with(paid(invoice("INV/1", "2026-11-01", "2026-12-01"), "50")),
         "overdue INV/1 2026-12-01 1 150\n"},
        {"paid invoice after due", "2026-12-02",
         with(paid(invoice("INV/1", "2026-11-01", "2026-12-01"), "200")), ""},
        {"cancelled invoice after due", "2026-12-02",
         with(cancelled(invoice("INV/1", "2026-11-01", "2026-12-01"))), ""},
        {"credit note never overdue", "2027-12-02",
         with(credit_note("R1", "2026-11-01", "INV/0", "10")), ""},
        // Quotations valid until 2026-11-30, total 11.50: announced from 7 days before.
        {"quotation, 8 days", "2026-11-22", with(quotation("S1", "2026-11-01", "2026-11-30")), ""},
        {"quotation, 7 days", "2026-11-23", with(quotation("S1", "2026-11-01", "2026-11-30")),
         "quotation_expiring S1 2026-11-30 7 11.5\n"},
        {"quotation, last day", "2026-11-30", with(quotation("S1", "2026-11-01", "2026-11-30")),
         "quotation_expiring S1 2026-11-30 0 11.5\n"},
        {"quotation, expired", "2026-12-01", with(quotation("S1", "2026-11-01", "2026-11-30")), ""},
        {"quotation, accepted", "2026-11-28",
         with(quotation("S1", "2026-11-01", "2026-11-30", QuotationState::accepted)), ""},
        {"quotation, no valid_until", "2026-11-28", with(quotation("S1", "2026-11-01", nullptr)),
         ""},
    };
    const Company seller = company();
    for (const auto& k : cases) {
        INFO(k.label << ", D " << k.as_of);
        Account account = compute_account(k.customer, seller, d(k.as_of));
        CHECK(describe(account.alerts) == k.alerts);
    }
}

TEST_CASE("alerts come most urgent first") {
    // As of 2026-11-22, grace 7 days, every kind twice or more, given in scrambled order.
    // account.cpp: by kind (to_renew, recently_closed, overdue, at_risk, quotation_expiring),
    // overdue invoices the longest overdue first, the other kinds by the earliest date, then
    // by number.
    Customer c = customer();
    c.payment_methods = {PaymentMethod{"card-1", "visa", "4242", month("2026-11")}};
    c.quotations = {
        quotation("Q-4", "2026-11-01", "2026-11-30"),  // 8 days: no alert
        quotation("Q-3", "2026-11-01", "2026-11-29"),  // 7 days
        quotation("Q-2", "2026-11-01", "2026-11-25"),  // 3 days
        quotation("Q-1", "2026-11-02", "2026-11-25"),  // 3 days, same date: by number
    };
    c.invoices = {
        invoice("INV-3", "2026-10-01", "2026-11-22"),  // due today: not overdue
        invoice("INV-2", "2026-10-01", "2026-11-20"),  // 2 days overdue
        invoice("INV-1", "2026-10-10", "2026-11-01"),  // 21 days overdue
    };
    c.subscriptions = {
        subscription("SUB-G", "2026-11-30", "card-1"),  // valid card: no alert
        subscription("SUB-E", "2026-12-15", "card-1"),  // at risk, next invoice 12-15
        subscription("SUB-F", "2026-12-01"),            // at risk, next invoice 12-01
        // Closed by grace: 2026-10-30 + 7 = 11-06, closed on 11-07, 15 days ago.
        subscription("SUB-D", "2026-10-30"),
        closed_subscription("SUB-C", "2026-11-01"),  // 21 days ago
        // Closed by grace: 2026-10-10 + 7 = 10-17, closed on 10-18, 35 days ago: no alert.
        subscription("SUB-H", "2026-10-10"),
        subscription("SUB-A", "2026-11-20"),  // to renew, deadline 11-27, 5 days left
        subscription("SUB-B", "2026-11-18"),  // to renew, deadline 11-25, 3 days left
    };
    const Company seller = company();
    Account account = compute_account(c, seller, d("2026-11-22"));
    CHECK(describe(account.alerts) ==
          "to_renew SUB-B 2026-11-25 3 105\n"
          "to_renew SUB-A 2026-11-27 5 105\n"
          "recently_closed SUB-C 2026-11-01 21 105\n"
          "recently_closed SUB-D 2026-11-07 15 105\n"
          "overdue INV-1 2026-11-01 21 200\n"
          "overdue INV-2 2026-11-20 2 200\n"
          "at_risk SUB-F 2026-12-01 9 105\n"
          "at_risk SUB-E 2026-12-15 23 105\n"
          "quotation_expiring Q-1 2026-11-25 3 11.5\n"
          "quotation_expiring Q-2 2026-11-25 3 11.5\n"
          "quotation_expiring Q-3 2026-11-29 7 11.5\n");
}

TEST_CASE("alert kinds have their documented names") {
    struct Case {
        AlertKind kind;
        const char* name;
    } cases[] = {
        {AlertKind::to_renew, "to_renew"},
        {AlertKind::recently_closed, "recently_closed"},
        {AlertKind::overdue, "overdue"},
        {AlertKind::at_risk, "at_risk"},
        {AlertKind::quotation_expiring, "quotation_expiring"},
    };
    for (const auto& k : cases) {
        INFO(k.name);
        CHECK(to_string(k.kind) == k.name);
    }
}

TEST_CASE("an account says the same on two dates until a status or a count of days moves") {
    // One invoice due on 2026-12-10, half paid on 2026-12-01 (a payment counts from its date).
    Customer c = customer();
    Invoice invoice;
    invoice.number = "INV/2026/00001";
    invoice.date = d("2026-11-10");
    invoice.due = d("2026-12-10");
    invoice.lines = {line("1", "100.00")};
    invoice.payments = {Payment{d("2026-12-01"), dec("50.00"), ""}};
    c.invoices = {invoice};
    const Company seller = company();
    struct Row {
        const char* before;
        const char* after;
        bool same;
    };
    const Row rows[] = {
        {"2026-11-29", "2026-11-30", true},   // not paid, not due
        {"2026-11-30", "2026-12-01", false},  // the payment counts: partly paid
        {"2026-12-01", "2026-12-02", true},
        {"2026-12-09", "2026-12-10", true},   // due on the 10th: not overdue yet
        {"2026-12-10", "2026-12-11", false},  // overdue from the 11th
        {"2026-12-11", "2026-12-12", false},  // one more day overdue
    };
    for (const Row& row : rows) {
        INFO(row.before << " and " << row.after);
        const Account before = compute_account(c, seller, d(row.before));
        const Account after = compute_account(c, seller, d(row.after));
        CHECK(same_but_date(before, after) == row.same);
        CHECK(same_but_date(after, before) == row.same);
    }
}
