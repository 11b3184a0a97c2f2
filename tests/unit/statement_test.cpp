// The account statement (SPEC 3b): which documents are open, their amounts due and the aging
// buckets by due date as of D. Figures worked out by hand in the comments.
#include "compute/statement.h"

#include <catch2/catch.hpp>
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

Company company() {
    Company company;
    company.name = "Odotrack Inc.";
    company.currency = "CAD";
    company.payment_terms_days = 30;
    company.grace_days = 7;
    return company;
}

// One line of `amount`, no tax: the total is the amount.
Invoice invoice(const char* number, const char* date, const char* due, const char* amount) {
    Invoice i;
    i.number = number;
    i.date = d(date);
    if (due) i.due = d(due);
    i.lines = {Line{"Service", "", dec("1"), dec(amount), Decimal{}, {}}};
    return i;
}

Invoice credit_note(const char* number, const char* date, const char* reverses,
                    const char* amount) {
    Invoice i = invoice(number, date, nullptr, amount);
    i.kind = InvoiceKind::credit_note;
    i.reverses = reverses;
    return i;
}

Invoice with_payment(Invoice i, const char* date, const char* amount) {
    i.payments.push_back(Payment{d(date), dec(amount), ""});
    return i;
}

Customer customer(std::vector<Invoice> invoices) {
    Customer c;
    c.id = "C1001";
    c.seller = "Odotrack Inc.";
    c.name = "Marie Tremblay";
    c.language = Language::en;
    c.invoices = std::move(invoices);
    return c;
}

}  // namespace

TEST_CASE("aging buckets by days past the due date", "[statement]") {
    // D = 2026-11-30; the due date D − n is n days past due.
    const Date as_of = d("2026-11-30");
    struct Row {
        const char* due;
        AgingBucket bucket;
    };
    const std::vector<Row> rows = {
        {"2026-12-15", AgingBucket::current},     // not yet due
        {"2026-11-30", AgingBucket::current},     // D: due today is current
        {"2026-11-29", AgingBucket::days_1_30},   // D − 1
        {"2026-10-31", AgingBucket::days_1_30},   // D − 30
        {"2026-10-30", AgingBucket::days_31_60},  // D − 31
        {"2026-10-01", AgingBucket::days_31_60},  // D − 60
        {"2026-09-30", AgingBucket::days_61_90},  // D − 61
        {"2026-09-01", AgingBucket::days_61_90},  // D − 90
        {"2026-08-31", AgingBucket::over_90},     // D − 91
    };
    for (const Row& row : rows) {
        CAPTURE(row.due);
        CHECK(aging_bucket(as_of - d(row.due)) == row.bucket);
        // The same through the statement: one open invoice of 100 due then.
        const Customer c = customer({invoice("INV-1", "2026-06-01", row.due, "100")});
        const Company co = company();
        const Account account = compute_account(c, co, as_of);
        const Statement s = compute_statement(account);
        REQUIRE(s.currencies.size() == 1);
        const CurrencyStatement& cad = s.currencies[0];
        REQUIRE(cad.entries.size() == 1);
        CHECK(cad.entries[0].bucket == row.bucket);
        CHECK(cad.buckets[static_cast<std::size_t>(row.bucket)] == dec("100"));
        CHECK(cad.total_due == dec("100"));
    }
}

TEST_CASE("a statement's open items, unapplied credit and buckets", "[statement]") {
    const Company co = company();
    const Customer c = customer({
        // due 2026-10-31, unpaid: 30 days past due → 1–30, 200
        invoice("INV-A", "2026-10-01", "2026-10-31", "200"),
        // 300 − 100 paid = 200; due 2026-08-31 is 30 + 31 + 30 = 91 days back → over 90
        with_payment(invoice("INV-B", "2026-08-01", "2026-08-31", "300"), "2026-09-10", "100"),
        // its payment is dated after D, so it does not count: 150, not yet due → current
        with_payment(invoice("INV-C", "2026-11-15", "2026-12-15", "150"), "2026-12-01", "150"),
        // paid in full: not on the statement
        with_payment(invoice("INV-D", "2026-06-01", "2026-07-01", "100"), "2026-07-01", "100"),
        // 120 − 50 credited = 70; due 2026-10-01 is 30 + 30 = 60 days back → 31–60
        invoice("INV-E", "2026-09-01", "2026-10-01", "120"),
        credit_note("CN-1", "2026-09-20", "INV-E", "50"),
        // paid in full, then credited 30: the 30 is unapplied, aged from the credit note's date
        // 2026-09-15, 15 + 31 + 30 = 76 days back → 61–90, −30
        with_payment(invoice("INV-F", "2026-07-01", "2026-07-31", "80"), "2026-08-05", "80"),
        credit_note("CN-2", "2026-09-15", "INV-F", "30"),
        // reverses nothing: unapplied in full, dated D → current, −25
        credit_note("CN-3", "2026-11-30", "", "25"),
    });
    const Account account = compute_account(c, co, d("2026-11-30"));  // the entries point into it
    const Statement s = compute_statement(account);
    REQUIRE(s.currencies.size() == 1);
    const CurrencyStatement& cad = s.currencies[0];
    CHECK(cad.currency == "CAD");

    // By due date (a credit note's date), then number.
    std::vector<std::string> numbers;
    for (const StatementEntry& e : cad.entries) numbers.push_back(e.document->doc->number);
    CHECK(numbers == std::vector<std::string>{"INV-B", "CN-2", "INV-E", "INV-A", "CN-3", "INV-C"});
    CHECK(cad.entries[0].amount_due == dec("200"));
    CHECK(cad.entries[0].days_overdue == 91);
    CHECK(cad.entries[1].amount_due == dec("-30"));
    CHECK_FALSE(cad.entries[1].days_overdue.has_value());
    CHECK(cad.entries[2].amount_due == dec("70"));
    CHECK(cad.entries[5].amount_due == dec("150"));
    CHECK_FALSE(cad.entries[5].days_overdue.has_value());

    // current 150 − 25 = 125; 1–30: 200; 31–60: 70; 61–90: −30; over 90: 200
    CHECK(cad.buckets[0] == dec("125"));
    CHECK(cad.buckets[1] == dec("200"));
    CHECK(cad.buckets[2] == dec("70"));
    CHECK(cad.buckets[3] == dec("-30"));
    CHECK(cad.buckets[4] == dec("200"));
    // 125 + 200 + 70 − 30 + 200 = 565
    CHECK(cad.total_due == dec("565"));
}

TEST_CASE("nothing open, no statement section", "[statement]") {
    const Company co = company();
    const Customer c = customer(
        {with_payment(invoice("INV-D", "2026-06-01", "2026-07-01", "100"), "2026-07-01", "100")});
    CHECK(compute_statement(compute_account(c, co, d("2026-11-30"))).currencies.empty());
}

TEST_CASE("the total due nets unapplied credit; each document's open amount", "[statement]") {
    // D = 2026-11-30. Each case lists invoices and credit notes; the expected total due and the
    // open amount of each document (absent: not open) are worked out by hand.
    struct Expected {
        const char* number;
        const char* open;  // nullptr: not on the statement
    };
    struct Case {
        const char* label;
        std::vector<Invoice> documents;
        const char* total_due;
        std::vector<Expected> open;
    };
    const std::vector<Case> cases = {
        {"nothing", {}, "0", {}},
        // 100 open, a credit note of 30 reversing nothing: 100 − 30 = 70.
        {"free credit",
         {invoice("I1", "2026-11-01", "2026-12-01", "100"),
          credit_note("C1", "2026-11-10", "", "30")},
         "70",
         {{"I1", "100"}, {"C1", "-30"}}},
        // I1 100 paid 100, C1 reverses it for 40: all 40 unapplied. I2 50 open: 50 − 40 = 10.
        {"credit on a paid invoice",
         {with_payment(invoice("I1", "2026-10-01", "2026-10-31", "100"), "2026-10-20", "100"),
          credit_note("C1", "2026-11-05", "I1", "40"),
          invoice("I2", "2026-11-01", "2026-12-01", "50")},
         "10",
         {{"I1", nullptr}, {"C1", "-40"}, {"I2", "50"}}},
        // I1 100 paid 80, C1 reverses it for 50: 20 applied, 30 unapplied; I1 is paid (due 0).
        {"credit partly applied",
         {with_payment(invoice("I1", "2026-10-01", "2026-10-31", "100"), "2026-10-20", "80"),
          credit_note("C1", "2026-11-05", "I1", "50")},
         "-30",
         {{"I1", nullptr}, {"C1", "-30"}}},
        // A credit note within what is left to pay is applied in full: I1 owes 100 − 20 = 80.
        {"credit fully applied",
         {invoice("I1", "2026-10-01", "2026-10-31", "100"),
          credit_note("C1", "2026-11-05", "I1", "20")},
         "80",
         {{"I1", "80"}, {"C1", nullptr}}},
    };
    for (const Case& c : cases) {
        INFO(c.label);
        const Company seller = company();
        const Customer buyer = customer(c.documents);
        const Account account = compute_account(buyer, seller, d("2026-11-30"));
        const Statement statement = compute_statement(account);
        CHECK(total_due(statement) == dec(c.total_due));
        for (const Expected& e : c.open) {
            INFO(e.number);
            const ComputedInvoice* document = nullptr;
            for (const auto* list : {&account.invoices, &account.credit_notes})
                for (const ComputedInvoice& i : *list)
                    if (i.doc->number == e.number) document = &i;
            REQUIRE(document != nullptr);
            const StatementEntry* entry = find_entry(statement, *document);
            CHECK(is_open(*document) ==
                  (entry != nullptr && document->doc->kind == InvoiceKind::invoice));
            if (e.open == nullptr) {
                CHECK(entry == nullptr);
            } else {
                REQUIRE(entry != nullptr);
                CHECK(entry->amount_due == dec(e.open));
            }
        }
    }
}
