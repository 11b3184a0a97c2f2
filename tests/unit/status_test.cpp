// Statuses and deadlines as of a date D (SPEC section 2), each rule checked on the day before, on
// and after its boundary. Every expected value is worked out by hand from the SPEC.
#include "compute/status.h"

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

using namespace portalgen;

namespace {

// Marks an optional integer (days, progress) or date that must be absent.
constexpr int kAbsent = -1;

Date d(const char* text) {
    auto date = Date::parse(text);
    REQUIRE(date.has_value());
    return *date;
}

std::optional<Date> maybe_date(const char* text) {
    if (text == nullptr) return std::nullopt;
    return d(text);
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

// Optionals as text, so a failure prints both sides: "none", "7", "2026-11-27".
std::string show(std::optional<int> value) {
    return value ? std::to_string(*value) : "none";
}
std::string show(std::optional<Date> value) {
    return value ? value->to_string() : "none";
}
std::string expect_int(int value) {
    return value == kAbsent ? "none" : std::to_string(value);
}
std::string expect_date(const char* text) {
    return text == nullptr ? "none" : d(text).to_string();
}
// Decimals compared by their exact shortest text.
std::string exact(const char* text) {
    return dec(text).to_string();
}

// "2026-11-05:40 2026-11-10:60" → two payments.
std::vector<Payment> payments(const std::string& text) {
    std::vector<Payment> out;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t space = text.find(' ', pos);
        if (space == std::string::npos) space = text.size();
        std::string item = text.substr(pos, space - pos);
        size_t colon = item.find(':');
        REQUIRE(colon != std::string::npos);
        out.push_back({d(item.substr(0, colon).c_str()), dec(item.substr(colon + 1).c_str()), ""});
        pos = space + 1;
    }
    return out;
}

std::string describe(const InvoiceStatus& s) {
    return std::string(to_string(s.status)) + " due=" + s.due.to_string() +
           " paid=" + s.paid.to_string() + " amount_due=" + s.amount_due.to_string() +
           " paid_on=" + show(s.paid_on) + " days_overdue=" + show(s.days_overdue);
}

}  // namespace

TEST_CASE("every status has its documented name") {
    struct Case {
        Status status;
        const char* name;
    } cases[] = {
        {Status::waiting, "waiting"},
        {Status::expired, "expired"},
        {Status::accepted, "accepted"},
        {Status::rejected, "rejected"},
        {Status::cancelled, "cancelled"},
        {Status::confirmed, "confirmed"},
        {Status::upcoming, "upcoming"},
        {Status::active, "active"},
        {Status::completed, "completed"},
        {Status::reversed, "reversed"},
        {Status::paid, "paid"},
        {Status::overdue, "overdue"},
        {Status::partial, "partial"},
        {Status::not_paid, "not_paid"},
        {Status::credit_note, "credit_note"},
        {Status::in_progress, "in_progress"},
        {Status::to_renew, "to_renew"},
        {Status::closed, "closed"},
        {Status::valid, "valid"},
        {Status::new_, "new"},
        {Status::waiting_customer, "waiting_customer"},
        {Status::solved, "solved"},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        CHECK(to_string(c.status) == c.name);
    }
}

TEST_CASE("quotation status around valid_until") {
    struct Case {
        const char* label;
        QuotationState state;
        const char* valid_until;  // nullptr: never expires
        const char* as_of;
        const char* status;
        int days_to_expiry;  // valid_until − D, only while waiting with a valid_until
    } cases[] = {
        // valid_until 2026-11-30: waiting through that day, expired the day after.
        {"long before", QuotationState::sent, "2026-11-30", "2026-11-01", "waiting", 29},
        {"day before", QuotationState::sent, "2026-11-30", "2026-11-29", "waiting", 1},
        {"on valid_until", QuotationState::sent, "2026-11-30", "2026-11-30", "waiting", 0},
        {"day after", QuotationState::sent, "2026-11-30", "2026-12-01", "expired", kAbsent},
        {"long after", QuotationState::sent, "2026-11-30", "2027-06-01", "expired", kAbsent},
        // Across a year end: 2026-12-31 is the last valid day.
        {"year end, on", QuotationState::sent, "2026-12-31", "2026-12-31", "waiting", 0},
        {"year end, after", QuotationState::sent, "2026-12-31", "2027-01-01", "expired", kAbsent},
        // 2026-12-25 .. 2027-01-01 is 7 days.
        {"year end, 7 days", QuotationState::sent, "2027-01-01", "2026-12-25", "waiting", 7},
        // No valid_until: never expires.
        {"no valid_until", QuotationState::sent, nullptr, "2026-11-01", "waiting", kAbsent},
        {"no valid_until, far", QuotationState::sent, nullptr, "2099-12-31", "waiting", kAbsent},
        // A final state wins whatever the date.
        {"accepted before", QuotationState::accepted, "2026-11-30", "2026-11-29", "accepted",
         kAbsent},
        {"accepted on", QuotationState::accepted, "2026-11-30", "2026-11-30", "accepted", kAbsent},
        {"accepted after", QuotationState::accepted, "2026-11-30", "2026-12-01", "accepted",
         kAbsent},
        {"rejected before", QuotationState::rejected, "2026-11-30", "2026-11-29", "rejected",
         kAbsent},
        {"rejected after", QuotationState::rejected, "2026-11-30", "2026-12-01", "rejected",
         kAbsent},
        {"cancelled before", QuotationState::cancelled, "2026-11-30", "2026-11-29", "cancelled",
         kAbsent},
        {"cancelled after", QuotationState::cancelled, "2026-11-30", "2026-12-01", "cancelled",
         kAbsent},
        {"accepted, no valid_until", QuotationState::accepted, nullptr, "2026-11-01", "accepted",
         kAbsent},
        {"cancelled, no valid_until", QuotationState::cancelled, nullptr, "2026-11-01", "cancelled",
         kAbsent},
    };
    for (const auto& c : cases) {
        INFO(c.label << ": valid_until " << (c.valid_until ? c.valid_until : "-") << ", D "
                     << c.as_of);
        Quotation quotation;
        quotation.number = "S00042";
        quotation.date = d("2026-10-01");
        quotation.valid_until = maybe_date(c.valid_until);
        quotation.state = c.state;
        QuotationStatus result = quotation_status(quotation, d(c.as_of));
        CHECK(to_string(result.status) == c.status);
        CHECK(show(result.days_to_expiry) == expect_int(c.days_to_expiry));
    }
}

TEST_CASE("order status and progress around its service period") {
    struct Case {
        const char* label;
        OrderState state;
        const char* start;  // nullptr: no service period
        const char* end;
        const char* as_of;
        const char* status;
        int progress;
    } cases[] = {
        // A 3-day period 2026-01-01 .. 2026-01-04: progress = ⌊100 × (D − start) / 3⌋.
        {"day before start", OrderState::confirmed, "2026-01-01", "2026-01-04", "2025-12-31",
         "upcoming", 0},
        {"long before start", OrderState::confirmed, "2026-01-01", "2026-01-04", "2020-01-01",
         "upcoming", 0},
        {"on start", OrderState::confirmed, "2026-01-01", "2026-01-04", "2026-01-01", "active", 0},
        // 100 × 1 / 3 = 33.3 → 33
        {"a third", OrderState::confirmed, "2026-01-01", "2026-01-04", "2026-01-02", "active", 33},
        // 100 × 2 / 3 = 66.7 → 66 (floor, not rounding)
        {"two thirds", OrderState::confirmed, "2026-01-01", "2026-01-04", "2026-01-03", "active",
         66},
        {"on end", OrderState::confirmed, "2026-01-01", "2026-01-04", "2026-01-04", "active", 100},
        {"day after end", OrderState::confirmed, "2026-01-01", "2026-01-04", "2026-01-05",
         "completed", 100},
        {"long after end", OrderState::confirmed, "2026-01-01", "2026-01-04", "2030-06-01",
         "completed", 100},
        // 100 days 2026-01-01 .. 2026-04-11 (31 + 28 + 31 + 10): the day before end is 99.
        {"day before end", OrderState::confirmed, "2026-01-01", "2026-04-11", "2026-04-10",
         "active", 99},
        {"100 days, on end", OrderState::confirmed, "2026-01-01", "2026-04-11", "2026-04-11",
         "active", 100},
        // 2020-09-24 .. 2023-09-23 is 3 × 365 − 1 = 1094 days; 2022-03-24 is 365 + 181 = 546 days
        // in: 100 × 546 / 1094 = 49.9 → 49.
        {"three years", OrderState::confirmed, "2020-09-24", "2023-09-23", "2022-03-24", "active",
         49},
        // Across a leap day: 2028-02-28 .. 2028-03-01 is 2 days; 2028-02-29 is half way.
        {"leap day", OrderState::confirmed, "2028-02-28", "2028-03-01", "2028-02-29", "active", 50},
        // start = end: 0 before, 100 on and after.
        {"one day, before", OrderState::confirmed, "2026-03-15", "2026-03-15", "2026-03-14",
         "upcoming", 0},
        {"one day, on", OrderState::confirmed, "2026-03-15", "2026-03-15", "2026-03-15", "active",
         100},
        {"one day, after", OrderState::confirmed, "2026-03-15", "2026-03-15", "2026-03-16",
         "completed", 100},
        // No service period: confirmed, no progress.
        {"no period", OrderState::confirmed, nullptr, nullptr, "2026-01-02", "confirmed", kAbsent},
        // Cancelled wins, with or without a period, whatever the date.
        {"cancelled, before", OrderState::cancelled, "2026-01-01", "2026-01-04", "2025-12-31",
         "cancelled", kAbsent},
        {"cancelled, during", OrderState::cancelled, "2026-01-01", "2026-01-04", "2026-01-02",
         "cancelled", kAbsent},
        {"cancelled, after", OrderState::cancelled, "2026-01-01", "2026-01-04", "2026-01-05",
         "cancelled", kAbsent},
        {"cancelled, no period", OrderState::cancelled, nullptr, nullptr, "2026-01-02", "cancelled",
         kAbsent},
    };
    for (const auto& c : cases) {
        INFO(c.label << ": " << (c.start ? c.start : "-") << " .. " << (c.end ? c.end : "-")
                     << ", D " << c.as_of);
        Order order;
        order.number = "26367";
        order.date = d("2019-01-01");
        order.start = maybe_date(c.start);
        order.end = maybe_date(c.end);
        order.state = c.state;
        OrderStatus result = order_status(order, d(c.as_of));
        CHECK(to_string(result.status) == c.status);
        CHECK(show(result.progress) == expect_int(c.progress));
    }
}

TEST_CASE("invoice status: due date, payments as of D, credit notes") {
    struct Case {
        const char* label;
        const char* due;       // nullptr: date + payment_terms_days
        int terms;             // payment_terms_days
        const char* payments;  // "DATE:AMOUNT DATE:AMOUNT"
        const char* total;
        const char* credited;  // totals of posted credit notes reversing it
        const char* as_of;
        // status, due, paid, amount_due, paid_on and days_overdue as described by describe().
        const char* expected;
    };
    // Every invoice is dated 2026-11-01.
    const Case cases[] = {
        // Due 2026-12-01, nothing paid: overdue from the day after the due date.
        {"due, day before", "2026-12-01", 30, "", "100", "0", "2026-11-30",
         "not_paid due=2026-12-01 paid=0 amount_due=100 paid_on=none days_overdue=none"},
        {"due, on", "2026-12-01", 30, "", "100", "0", "2026-12-01",
         "not_paid due=2026-12-01 paid=0 amount_due=100 paid_on=none days_overdue=none"},
        {"due, day after", "2026-12-01", 30, "", "100", "0", "2026-12-02",
         "overdue due=2026-12-01 paid=0 amount_due=100 paid_on=none days_overdue=1"},
        // 2026-12-01 .. 2027-01-01 is 31 days.
        {"due, a month after", "2026-12-01", 30, "", "100", "0", "2027-01-01",
         "overdue due=2026-12-01 paid=0 amount_due=100 paid_on=none days_overdue=31"},
        // An explicit due date wins over the payment terms.
        {"explicit due, terms ignored", "2026-11-15", 30, "", "100", "0", "2026-11-16",
         "overdue due=2026-11-15 paid=0 amount_due=100 paid_on=none days_overdue=1"},
        // No due: 2026-11-01 + 30 days = 2026-12-01.
        {"terms 30, on", nullptr, 30, "", "100", "0", "2026-12-01",
         "not_paid due=2026-12-01 paid=0 amount_due=100 paid_on=none days_overdue=none"},
        {"terms 30, after", nullptr, 30, "", "100", "0", "2026-12-02",
         "overdue due=2026-12-01 paid=0 amount_due=100 paid_on=none days_overdue=1"},
        // Terms 0: due the invoice date itself.
        {"terms 0, on", nullptr, 0, "", "100", "0", "2026-11-01",
         "not_paid due=2026-11-01 paid=0 amount_due=100 paid_on=none days_overdue=none"},
        {"terms 0, after", nullptr, 0, "", "100", "0", "2026-11-02",
         "overdue due=2026-11-01 paid=0 amount_due=100 paid_on=none days_overdue=1"},
        // Terms 61: 2026-11-01 + 29 (to 11-30) + 31 (to 12-31) + 1 = 2027-01-01.
        {"terms 61, across year end", nullptr, 61, "", "100", "0", "2027-01-03",
         "overdue due=2027-01-01 paid=0 amount_due=100 paid_on=none days_overdue=2"},
        // Partial payments.
        {"partial", "2026-12-01", 30, "2026-11-05:40", "100", "0", "2026-11-20",
         "partial due=2026-12-01 paid=40 amount_due=60 paid_on=none days_overdue=none"},
        {"partial, on due", "2026-12-01", 30, "2026-11-05:40", "100", "0", "2026-12-01",
         "partial due=2026-12-01 paid=40 amount_due=60 paid_on=none days_overdue=none"},
        {"partial, then overdue", "2026-12-01", 30, "2026-11-05:40", "100", "0", "2026-12-02",
         "overdue due=2026-12-01 paid=40 amount_due=60 paid_on=none days_overdue=1"},
        {"a cent paid", "2026-12-01", 30, "2026-11-05:0.01", "100", "0", "2026-11-20",
         "partial due=2026-12-01 paid=0.01 amount_due=99.99 paid_on=none days_overdue=none"},
        // Only payments dated on or before D count.
        {"payment dated D+1", "2026-12-01", 30, "2026-11-21:40", "100", "0", "2026-11-20",
         "not_paid due=2026-12-01 paid=0 amount_due=100 paid_on=none days_overdue=none"},
        {"payment dated D", "2026-12-01", 30, "2026-11-20:40", "100", "0", "2026-11-20",
         "partial due=2026-12-01 paid=40 amount_due=60 paid_on=none days_overdue=none"},
        {"full payment dated D+1", "2026-12-01", 30, "2026-11-21:100", "100", "0", "2026-11-20",
         "not_paid due=2026-12-01 paid=0 amount_due=100 paid_on=none days_overdue=none"},
        {"full payment dated D", "2026-12-01", 30, "2026-11-21:100", "100", "0", "2026-11-21",
         "paid due=2026-12-01 paid=100 amount_due=0 paid_on=2026-11-21 days_overdue=none"},
        // Paid in two payments: paid_on is the last one that counts.
        {"paid in two", "2026-12-01", 30, "2026-11-05:60 2026-11-10:40", "100", "0", "2026-11-20",
         "paid due=2026-12-01 paid=100 amount_due=0 paid_on=2026-11-10 days_overdue=none"},
        {"paid in two, listed backwards", "2026-12-01", 30, "2026-11-10:40 2026-11-05:60", "100",
         "0", "2026-11-20",
         "paid due=2026-12-01 paid=100 amount_due=0 paid_on=2026-11-10 days_overdue=none"},
        {"second payment not yet counted", "2026-12-01", 30, "2026-11-05:60 2026-11-25:40", "100",
         "0", "2026-11-24",
         "partial due=2026-12-01 paid=60 amount_due=40 paid_on=none days_overdue=none"},
        {"second payment counted", "2026-12-01", 30, "2026-11-05:60 2026-11-25:40", "100", "0",
         "2026-11-25",
         "paid due=2026-12-01 paid=100 amount_due=0 paid_on=2026-11-25 days_overdue=none"},
        // Paid late: overdue until the payment's date (2026-12-09 − 12-01 = 8 days), then paid.
        {"paid late, before payment", "2026-12-01", 30, "2026-12-10:100", "100", "0", "2026-12-09",
         "overdue due=2026-12-01 paid=0 amount_due=100 paid_on=none days_overdue=8"},
        {"paid late, on payment", "2026-12-01", 30, "2026-12-10:100", "100", "0", "2026-12-10",
         "paid due=2026-12-01 paid=100 amount_due=0 paid_on=2026-12-10 days_overdue=none"},
        // Total 0: paid at once, without paid_on, even long after the due date or with a
        // payment of 0.
        {"total 0", "2026-12-01", 30, "", "0", "0", "2026-11-01",
         "paid due=2026-12-01 paid=0 amount_due=0 paid_on=none days_overdue=none"},
        {"total 0, after due", "2026-12-01", 30, "", "0", "0", "2027-12-01",
         "paid due=2026-12-01 paid=0 amount_due=0 paid_on=none days_overdue=none"},
        {"total 0, a payment of 0", "2026-12-01", 30, "2026-11-05:0", "0", "0", "2026-11-20",
         "paid due=2026-12-01 paid=0 amount_due=0 paid_on=none days_overdue=none"},
        // Posted credit notes reversing it: at least its total → reversed.
        {"credited = total", "2026-12-01", 30, "", "100", "100", "2026-12-05",
         "reversed due=2026-12-01 paid=0 amount_due=0 paid_on=none days_overdue=none"},
        {"credited > total", "2026-12-01", 30, "", "100", "150", "2026-11-05",
         "reversed due=2026-12-01 paid=0 amount_due=0 paid_on=none days_overdue=none"},
        // Reversed comes before paid; the amount due never goes below 0 (100 − 100 − 100).
        {"paid and credited", "2026-12-01", 30, "2026-11-05:100", "100", "100", "2026-11-20",
         "reversed due=2026-12-01 paid=100 amount_due=0 paid_on=none days_overdue=none"},
        // Less than the total: it only reduces the amount due.
        {"credited < total", "2026-12-01", 30, "", "100", "30", "2026-11-20",
         "not_paid due=2026-12-01 paid=0 amount_due=70 paid_on=none days_overdue=none"},
        {"credited < total, overdue", "2026-12-01", 30, "", "100", "30", "2026-12-03",
         "overdue due=2026-12-01 paid=0 amount_due=70 paid_on=none days_overdue=2"},
        {"credited a cent short", "2026-12-01", 30, "", "100", "99.99", "2026-11-20",
         "not_paid due=2026-12-01 paid=0 amount_due=0.01 paid_on=none days_overdue=none"},
        {"credited + partial", "2026-12-01", 30, "2026-11-05:50", "100", "30", "2026-11-20",
         "partial due=2026-12-01 paid=50 amount_due=20 paid_on=none days_overdue=none"},
        {"credited + rest paid", "2026-12-01", 30, "2026-11-05:70", "100", "30", "2026-11-20",
         "paid due=2026-12-01 paid=70 amount_due=0 paid_on=2026-11-05 days_overdue=none"},
        // 100 − 100 − 30 < 0: the amount due stays at 0.
        {"credited + all paid", "2026-12-01", 30, "2026-11-05:100", "100", "30", "2026-11-20",
         "paid due=2026-12-01 paid=100 amount_due=0 paid_on=2026-11-05 days_overdue=none"},
    };
    for (const auto& c : cases) {
        INFO(c.label << ": total " << c.total << ", credited " << c.credited << ", payments '"
                     << c.payments << "', D " << c.as_of);
        Invoice invoice;
        invoice.number = "INV/2026/00001";
        invoice.date = d("2026-11-01");
        invoice.due = maybe_date(c.due);
        invoice.payments = payments(c.payments);
        InvoiceStatus result =
            invoice_status(invoice, dec(c.total), dec(c.credited), c.terms, d(c.as_of));
        CHECK(describe(result) == c.expected);
        CHECK(result.credited.to_string() == exact(c.credited));
    }
}

TEST_CASE("a cancelled invoice stays cancelled and is owed nothing") {
    struct Case {
        const char* label;
        const char* payments;
        const char* credited;
        const char* as_of;
    } cases[] = {
        {"before due", "", "0", "2026-11-20"},
        {"long after due", "", "0", "2027-01-01"},
        {"credited", "", "100", "2026-11-20"},
        {"paid", "2026-11-05:100", "0", "2026-11-20"},
        {"partly paid, after due", "2026-11-05:40", "0", "2026-12-20"},
    };
    for (const auto& c : cases) {
        INFO(c.label << ", D " << c.as_of);
        Invoice invoice;
        invoice.number = "INV/2026/00001";
        invoice.date = d("2026-11-01");
        invoice.due = d("2026-12-01");
        invoice.state = InvoiceState::cancelled;
        invoice.payments = payments(c.payments);
        InvoiceStatus result = invoice_status(invoice, dec("100"), dec(c.credited), 30, d(c.as_of));
        CHECK(to_string(result.status) == "cancelled");
        CHECK(result.amount_due.is_zero());
        CHECK(show(result.days_overdue) == "none");
        CHECK(show(result.paid_on) == "none");
    }
}

TEST_CASE("credit note status comes from its state only") {
    struct Case {
        InvoiceState state;
        const char* as_of;
        const char* status;
    } cases[] = {
        {InvoiceState::posted, "2026-11-01", "credit_note"},
        // Long after date + terms: a credit note is never overdue.
        {InvoiceState::posted, "2027-11-01", "credit_note"},
        {InvoiceState::cancelled, "2026-11-01", "cancelled"},
        {InvoiceState::cancelled, "2027-11-01", "cancelled"},
    };
    for (const auto& c : cases) {
        INFO(c.status << " on " << c.as_of);
        Invoice note;
        note.number = "RINV/2026/00001";
        note.kind = InvoiceKind::credit_note;
        note.reverses = "INV/2026/00001";
        note.date = d("2026-11-01");
        note.state = c.state;
        InvoiceStatus result = invoice_status(note, dec("50"), dec("0"), 30, d(c.as_of));
        CHECK(to_string(result.status) == c.status);
        CHECK(show(result.days_overdue) == "none");
        CHECK(show(result.paid_on) == "none");
    }
}

TEST_CASE("a payment method is valid through the last day of its expiry month") {
    struct Case {
        const char* expires;
        const char* date;
        bool valid;
    } cases[] = {
        // February of a leap year ends on the 29th.
        {"2028-02", "2028-02-28", true},
        {"2028-02", "2028-02-29", true},
        {"2028-02", "2028-03-01", false},
        // ... and of a common year on the 28th.
        {"2027-02", "2027-02-28", true},
        {"2027-02", "2027-03-01", false},
        // 2100 is not a leap year, 2000 was.
        {"2100-02", "2100-02-28", true},
        {"2100-02", "2100-03-01", false},
        {"2000-02", "2000-02-29", true},
        // December: through the 31st, expired on January 1st.
        {"2026-12", "2026-12-30", true},
        {"2026-12", "2026-12-31", true},
        {"2026-12", "2027-01-01", false},
        // 30-day months.
        {"2026-11", "2026-11-30", true},
        {"2026-11", "2026-12-01", false},
        {"2026-04", "2026-04-30", true},
        {"2026-04", "2026-05-01", false},
        // Long before its expiry it is valid; long after, expired.
        {"2026-11", "2020-01-01", true},
        {"2026-11", "2030-01-01", false},
    };
    for (const auto& c : cases) {
        INFO("expires " << c.expires << ", on " << c.date);
        PaymentMethod method{"card-1", "visa", "4242", month(c.expires)};
        CHECK(payment_method_valid_on(&method, d(c.date)) == c.valid);
        CHECK(to_string(payment_method_status(method, d(c.date))) ==
              (c.valid ? "valid" : "expired"));
    }
    // No payment method is never valid.
    CHECK_FALSE(payment_method_valid_on(nullptr, d("2026-11-20")));
}

TEST_CASE("subscription status: next invoice, payment method, grace period") {
    struct Case {
        const char* label;
        SubscriptionState state;
        const char* state_closed_on;  // the data's closed_on (state closed)
        const char* next_invoice;
        const char* card_expires;  // nullptr: no payment method
        int grace_days;
        const char* as_of;
        // expected
        const char* status;
        const char* deadline;
        int days_left;
        const char* closed_on;
        bool at_risk;
    };
    const SubscriptionState open = SubscriptionState::open, closed = SubscriptionState::closed;
    const Case cases[] = {
        // Closed by hand: closed, with the data's closed_on, whatever the card or date.
        {"closed by state", closed, "2026-05-01", "2026-11-20", "2027-03", 7, "2026-11-22",
         "closed", nullptr, kAbsent, "2026-05-01", false},
        {"closed by state, no card", closed, "2026-05-01", "2026-11-20", nullptr, 7, "2026-11-19",
         "closed", nullptr, kAbsent, "2026-05-01", false},
        {"closed by state, grace over", closed, "2026-05-01", "2026-11-20", nullptr, 7,
         "2027-01-01", "closed", nullptr, kAbsent, "2026-05-01", false},
        // A valid card on next_invoice: in progress before, on and long after next_invoice.
        {"valid card, day before", open, nullptr, "2026-11-20", "2027-03", 7, "2026-11-19",
         "in_progress", nullptr, kAbsent, nullptr, false},
        {"valid card, on next_invoice", open, nullptr, "2026-11-20", "2027-03", 7, "2026-11-20",
         "in_progress", nullptr, kAbsent, nullptr, false},
        {"valid card, after grace", open, nullptr, "2026-11-20", "2027-03", 7, "2026-12-31",
         "in_progress", nullptr, kAbsent, nullptr, false},
        // A card expiring the month of next_invoice is still valid on it.
        {"card expires that month", open, nullptr, "2026-11-20", "2026-11", 7, "2026-11-25",
         "in_progress", nullptr, kAbsent, nullptr, false},
        {"next_invoice on the card's last day", open, nullptr, "2026-11-30", "2026-11", 7,
         "2026-11-30", "in_progress", nullptr, kAbsent, nullptr, false},
        {"leap day, card 2028-02", open, nullptr, "2028-02-29", "2028-02", 7, "2028-02-29",
         "in_progress", nullptr, kAbsent, nullptr, false},
        // The card expires the month before next_invoice (valid through 2026-10-31).
        {"expiring card, day before", open, nullptr, "2026-11-20", "2026-10", 7, "2026-11-19",
         "in_progress", nullptr, kAbsent, nullptr, true},
        // deadline = 2026-11-20 + 7 = 2026-11-27
        {"expiring card, on next_invoice", open, nullptr, "2026-11-20", "2026-10", 7, "2026-11-20",
         "to_renew", "2026-11-27", 7, nullptr, false},
        {"expiring card, next day", open, nullptr, "2026-11-20", "2026-10", 7, "2026-11-21",
         "to_renew", "2026-11-27", 6, nullptr, false},
        {"expiring card, day before deadline", open, nullptr, "2026-11-20", "2026-10", 7,
         "2026-11-26", "to_renew", "2026-11-27", 1, nullptr, false},
        {"expiring card, on deadline", open, nullptr, "2026-11-20", "2026-10", 7, "2026-11-27",
         "to_renew", "2026-11-27", 0, nullptr, false},
        {"expiring card, day after deadline", open, nullptr, "2026-11-20", "2026-10", 7,
         "2026-11-28", "closed", "2026-11-27", kAbsent, "2026-11-28", false},
        {"expiring card, long after", open, nullptr, "2026-11-20", "2026-10", 7, "2027-03-01",
         "closed", "2026-11-27", kAbsent, "2026-11-28", false},
        // Valid today (2026-11-30) but not on next_invoice (2026-12-01): at risk.
        {"card valid today only", open, nullptr, "2026-12-01", "2026-11", 7, "2026-11-30",
         "in_progress", nullptr, kAbsent, nullptr, true},
        {"card valid today only, then", open, nullptr, "2026-12-01", "2026-11", 7, "2026-12-01",
         "to_renew", "2026-12-08", 7, nullptr, false},
        {"leap year, card 2028-02", open, nullptr, "2028-03-01", "2028-02", 7, "2028-02-29",
         "in_progress", nullptr, kAbsent, nullptr, true},
        // No payment method at all.
        {"no card, long before", open, nullptr, "2026-11-20", nullptr, 7, "2026-01-01",
         "in_progress", nullptr, kAbsent, nullptr, true},
        {"no card, day before", open, nullptr, "2026-11-20", nullptr, 7, "2026-11-19",
         "in_progress", nullptr, kAbsent, nullptr, true},
        {"no card, on next_invoice", open, nullptr, "2026-11-20", nullptr, 7, "2026-11-20",
         "to_renew", "2026-11-27", 7, nullptr, false},
        {"no card, after deadline", open, nullptr, "2026-11-20", nullptr, 7, "2026-11-28", "closed",
         "2026-11-27", kAbsent, "2026-11-28", false},
        // Across a year end: 2026-12-28 + 7 = 2027-01-04, closed on 2027-01-05.
        {"year end, on deadline", open, nullptr, "2026-12-28", nullptr, 7, "2027-01-04", "to_renew",
         "2027-01-04", 0, nullptr, false},
        {"year end, after deadline", open, nullptr, "2026-12-28", nullptr, 7, "2027-01-05",
         "closed", "2027-01-04", kAbsent, "2027-01-05", false},
        // grace_days 0: to renew on next_invoice only, closed the day after.
        {"grace 0, day before", open, nullptr, "2026-11-20", nullptr, 0, "2026-11-19",
         "in_progress", nullptr, kAbsent, nullptr, true},
        {"grace 0, on next_invoice", open, nullptr, "2026-11-20", nullptr, 0, "2026-11-20",
         "to_renew", "2026-11-20", 0, nullptr, false},
        {"grace 0, day after", open, nullptr, "2026-11-20", nullptr, 0, "2026-11-21", "closed",
         "2026-11-20", kAbsent, "2026-11-21", false},
        // A longer grace: 2026-11-20 + 30 = 2026-12-20.
        {"grace 30", open, nullptr, "2026-11-20", nullptr, 30, "2026-12-05", "to_renew",
         "2026-12-20", 15, nullptr, false},
    };
    for (const auto& c : cases) {
        INFO(c.label << ": next_invoice " << c.next_invoice << ", card "
                     << (c.card_expires ? c.card_expires : "none") << ", grace " << c.grace_days
                     << ", D " << c.as_of);
        Subscription subscription;
        subscription.number = "SUB-0001";
        subscription.plan = "Odoo Enterprise";
        subscription.start = d("2025-11-20");
        subscription.next_invoice = d(c.next_invoice);
        subscription.state = c.state;
        subscription.closed_on = maybe_date(c.state_closed_on);
        std::optional<PaymentMethod> card;
        if (c.card_expires) {
            card = PaymentMethod{"card-1", "visa", "4242", month(c.card_expires)};
            subscription.payment_method = "card-1";
        }
        SubscriptionStatus result =
            subscription_status(subscription, card ? &*card : nullptr, c.grace_days, d(c.as_of));
        CHECK(to_string(result.status) == c.status);
        CHECK(show(result.deadline) == expect_date(c.deadline));
        CHECK(show(result.days_left) == expect_int(c.days_left));
        CHECK(show(result.closed_on) == expect_date(c.closed_on));
        CHECK(result.at_risk == c.at_risk);
    }
}

TEST_CASE("a running subscription's card expired by D is flagged; a closed one's is not") {
    struct Case {
        const char* label;
        SubscriptionState state;
        const char* card_expires;  // nullptr: no payment method
        const char* as_of;
        const char* status;  // expected
        bool card_expired;   // expected
    };
    const SubscriptionState open = SubscriptionState::open, closed = SubscriptionState::closed;
    // next_invoice 2026-12-10, grace 7: to renew 2026-12-10..17, closed from 2026-12-18.
    const Case cases[] = {
        {"valid through Nov, D Nov 30", open, "2026-11", "2026-11-30", "in_progress", false},
        {"valid through Nov, D Dec 1", open, "2026-11", "2026-12-01", "in_progress", true},
        {"expired long ago, to renew", open, "2025-01", "2026-12-12", "to_renew", true},
        {"expired, closed by grace", open, "2025-01", "2026-12-18", "closed", false},
        {"expired, closed by hand", closed, "2025-01", "2026-11-20", "closed", false},
        {"valid card, after next invoice", open, "2027-03", "2026-12-20", "in_progress", false},
        {"no card: nothing to flag", open, nullptr, "2026-12-12", "to_renew", false},
    };
    for (const auto& c : cases) {
        INFO(c.label);
        Subscription subscription;
        subscription.number = "SUB-0001";
        subscription.start = d("2025-12-10");
        subscription.next_invoice = d("2026-12-10");
        subscription.state = c.state;
        if (c.state == closed) subscription.closed_on = d("2026-05-01");
        std::optional<PaymentMethod> card;
        if (c.card_expires) card = PaymentMethod{"card-1", "visa", "4242", month(c.card_expires)};
        const SubscriptionStatus result =
            subscription_status(subscription, card ? &*card : nullptr, 7, d(c.as_of));
        CHECK(to_string(result.status) == c.status);
        CHECK(result.card_expired == c.card_expired);
    }
}

TEST_CASE("ticket status comes from the data") {
    struct Case {
        TicketStatus status;
        const char* name;
    } cases[] = {
        {TicketStatus::new_, "new"},
        {TicketStatus::in_progress, "in_progress"},
        {TicketStatus::waiting_customer, "waiting_customer"},
        {TicketStatus::solved, "solved"},
        {TicketStatus::cancelled, "cancelled"},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        Ticket ticket;
        ticket.ref = "12345";
        ticket.status = c.status;
        CHECK(to_string(ticket_status(ticket)) == c.name);
    }
}
