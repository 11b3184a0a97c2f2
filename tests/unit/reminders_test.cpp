// The reminder ladder as of a date (SPEC 6 "Outbox"): each step reached on its day, the latest
// one sent once even after missed nights (earlier ones passed over), none for what is not owed.
// Expected steps are worked out by hand from the dates in each row.
#include "compute/reminders.h"

#include <catch2/catch.hpp>
#include <optional>
#include <set>
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
    Company c;
    c.name = "Odotrack Inc.";
    c.currency = "EUR";
    return c;  // the default ladder: before_due [7], after_due [1, 7, 14, 30], card_expiry [30]
}

// INV-1 of 100.00, dated 2026-11-01, due 2026-11-30.
Invoice invoice(const char* number = "INV-1", const char* date = "2026-11-01",
                const char* due = "2026-11-30") {
    Invoice i;
    i.number = number;
    i.date = d(date);
    i.due = d(due);
    i.lines = {Line{"Service", "", dec("1"), dec("100.00"), Decimal{}, {}}};
    return i;
}

Customer customer(std::vector<Invoice> invoices) {
    Customer c;
    c.id = "C1";
    c.seller = "Odotrack Inc.";
    c.name = "Marie";
    c.email = "m@example.com";
    c.invoices = std::move(invoices);
    return c;
}

ReminderStep step(ReminderKind kind, int days, const char* document = "INV-1") {
    return {document, kind, days};
}
const ReminderKind B = ReminderKind::before_due;
const ReminderKind A = ReminderKind::after_due;
const ReminderKind K = ReminderKind::card_expiry;

std::vector<DueReminder> due_on(const Customer& c, const Company& seller, const char* as_of,
                                const std::set<ReminderStep>& dealt_with = {}) {
    static Account account;  // the reminders point into it
    account = compute_account(c, seller, d(as_of));
    return due_reminders(account, dealt_with);
}

}  // namespace

TEST_CASE("an unpaid invoice's ladder: each step on its day, the day before nothing new") {
    struct Row {
        const char* as_of;
        std::set<ReminderStep> dealt_with;
        std::optional<ReminderStep> expected;
        std::vector<ReminderStep> passed_over;
    };
    // before_due 7 → 11-23; after_due 1, 7, 14, 30 → 12-01, 12-07, 12-14, 12-30.
    const std::vector<Row> rows = {
        {"2026-11-22", {}, std::nullopt, {}},
        {"2026-11-23", {}, step(B, 7), {}},
        {"2026-11-24", {}, step(B, 7), {}},              // a missed night does not lose it
        {"2026-11-30", {}, step(B, 7), {}},              // still before due on the due date
        {"2026-11-23", {step(B, 7)}, std::nullopt, {}},  // never twice
        {"2026-11-30", {step(B, 7)}, std::nullopt, {}},
        {"2026-12-01", {step(B, 7)}, step(A, 1), {}},
        {"2026-12-01", {}, step(A, 1), {step(B, 7)}},  // the stale one is passed over
        {"2026-12-06", {step(B, 7), step(A, 1)}, std::nullopt, {}},
        {"2026-12-07", {step(B, 7), step(A, 1)}, step(A, 7), {}},
        {"2026-12-08", {step(B, 7), step(A, 1)}, step(A, 7), {}},
        {"2026-12-10", {step(B, 7)}, step(A, 7), {step(A, 1)}},
        {"2026-12-13", {step(B, 7), step(A, 1), step(A, 7)}, std::nullopt, {}},
        {"2026-12-14", {step(B, 7), step(A, 1), step(A, 7)}, step(A, 14), {}},
        {"2026-12-29", {step(B, 7), step(A, 1), step(A, 7), step(A, 14)}, std::nullopt, {}},
        {"2026-12-30", {step(B, 7), step(A, 1), step(A, 7), step(A, 14)}, step(A, 30), {}},
        {"2027-03-01", {}, step(A, 30), {step(B, 7), step(A, 1), step(A, 7), step(A, 14)}},
        {"2027-03-01", {step(A, 30)}, std::nullopt, {}},  // the last step is the last message
    };
    const Company seller = company();
    const Customer c = customer({invoice()});
    for (const Row& row : rows) {
        INFO("as of " << row.as_of << ", " << row.dealt_with.size() << " dealt with");
        std::vector<DueReminder> due = due_on(c, seller, row.as_of, row.dealt_with);
        if (!row.expected) {
            CHECK(due.empty());
            continue;
        }
        REQUIRE(due.size() == 1);
        CHECK(due[0].step == *row.expected);
        CHECK(due[0].passed_over == row.passed_over);
        CHECK(due[0].deadline == d("2026-11-30"));
        REQUIRE(due[0].invoice != nullptr);
        CHECK(due[0].invoice->status.amount_due == dec("100.00"));
    }
}

TEST_CASE("reminders go only to invoices that are owed") {
    const Company seller = company();
    SECTION("paid in full on or before D: none") {
        Invoice paid = invoice();
        paid.payments = {{d("2026-11-20"), dec("100.00"), ""}};
        CHECK(due_on(customer({paid}), seller, "2026-12-07").empty());
    }
    SECTION("a payment dated after D does not count yet") {
        Invoice later = invoice();
        later.payments = {{d("2026-12-10"), dec("100.00"), ""}};
        CHECK(due_on(customer({later}), seller, "2026-12-07").size() == 1);
        CHECK(due_on(customer({later}), seller, "2026-12-14").empty());
    }
    SECTION("partly paid: reminded of what is left") {
        Invoice partial = invoice();
        partial.payments = {{d("2026-11-05"), dec("40.00"), ""}};
        std::vector<DueReminder> due = due_on(customer({partial}), seller, "2026-11-23");
        REQUIRE(due.size() == 1);
        CHECK(due[0].step == step(B, 7));
        CHECK(due[0].invoice->status.amount_due == dec("60.00"));
    }
    SECTION("a credit note for the whole invoice settles it; a partial one lowers the amount") {
        Invoice credit = invoice("RINV-1", "2026-11-10", "2026-11-10");
        credit.kind = InvoiceKind::credit_note;
        credit.reverses = "INV-1";
        CHECK(due_on(customer({invoice(), credit}), seller, "2026-12-01").empty());
        credit.lines[0].unit_price = dec("30.00");
        std::vector<DueReminder> due = due_on(customer({invoice(), credit}), seller, "2026-12-01");
        REQUIRE(due.size() == 1);  // the credit note itself is never reminded
        CHECK(due[0].step == step(A, 1));
        CHECK(due[0].invoice->status.amount_due == dec("70.00"));
    }
    SECTION("a cancelled invoice: none") {
        Invoice cancelled = invoice();
        cancelled.state = InvoiceState::cancelled;
        CHECK(due_on(customer({cancelled}), seller, "2026-12-01").empty());
    }
    SECTION("each invoice has its own ladder, one message each") {
        std::vector<DueReminder> due =
            due_on(customer({invoice(), invoice("INV-2", "2026-11-01", "2026-12-05")}), seller,
                   "2026-12-01");
        REQUIRE(due.size() == 2);
        CHECK(due[0].step == step(A, 1));
        CHECK(due[1].step == step(B, 7, "INV-2"));  // 12-05 − 7 = 11-28
    }
}

TEST_CASE("ladders the company chose") {
    Company seller = company();
    SECTION("a before_due step before the invoice existed is not reached") {
        const Customer late = customer({invoice("INV-1", "2026-11-28", "2026-11-30")});
        CHECK(due_on(late, seller, "2026-11-29").empty());
    }
    SECTION("before_due 0 is the due date; once overdue a before_due step is stale") {
        seller.reminders = {{0}, {}, {}};
        const Customer c = customer({invoice()});
        CHECK(due_on(c, seller, "2026-11-29").empty());
        REQUIRE(due_on(c, seller, "2026-11-30").size() == 1);
        CHECK(due_on(c, seller, "2026-12-01").empty());  // "pay by yesterday" is never sent
    }
    SECTION("no reminders at all") {
        seller.reminders = {{}, {}, {}};
        CHECK(due_on(customer({invoice()}), seller, "2027-01-01").empty());
    }
}

TEST_CASE("a card's ladder counts back from the last day of its expiry month") {
    const Company seller = company();
    Customer c = customer({});
    c.payment_methods = {{"card-1", "visa", "4242", *Month::parse("2026-12")}};
    // card_expiry 30 → 2026-12-31 − 30 = 2026-12-01.
    CHECK(due_on(c, seller, "2026-11-30").empty());
    std::vector<DueReminder> due = due_on(c, seller, "2026-12-01");
    REQUIRE(due.size() == 1);
    CHECK(due[0].step == step(K, 30, "card-1"));
    CHECK(due[0].deadline == d("2026-12-31"));
    CHECK(due[0].card == &c.payment_methods[0]);
    CHECK(due_on(c, seller, "2026-12-31").size() == 1);  // missed nights: still valid today
    CHECK(due_on(c, seller, "2026-12-31", {step(K, 30, "card-1")}).empty());
    CHECK(due_on(c, seller, "2027-01-01").empty());  // expired: nothing left to warn of
}

TEST_CASE("a ladder is ascending, without repeats, within bounds") {
    CHECK_FALSE(reminder_steps_problem(ReminderKind::after_due, {1, 7, 14, 30}));
    CHECK_FALSE(reminder_steps_problem(ReminderKind::before_due, {0, 365}));
    CHECK_FALSE(reminder_steps_problem(ReminderKind::card_expiry, {}));
    CHECK(reminder_steps_problem(ReminderKind::after_due, {0}) ==
          "after_due steps must be whole numbers of days from 1 to 365, not 0");
    CHECK(reminder_steps_problem(ReminderKind::before_due, {366}) ==
          "before_due steps must be whole numbers of days from 0 to 365, not 366");
    CHECK(reminder_steps_problem(ReminderKind::after_due, {7, 1}) ==
          "after_due steps must be in ascending order without repeats: 1 comes after 7");
    CHECK(reminder_steps_problem(ReminderKind::card_expiry, {30, 30}) ==
          "card_expiry steps must be in ascending order without repeats: 30 comes after 30");
    CHECK(parse_day_list("[1,7, 14 ,30]") == std::vector<int>{1, 7, 14, 30});
    CHECK(parse_day_list(" [ ] ") == std::vector<int>{});
    CHECK_FALSE(parse_day_list("[1,,7]"));
    CHECK_FALSE(parse_day_list("[1.5]"));
    CHECK_FALSE(parse_day_list("[-1]"));
    CHECK_FALSE(parse_day_list("1,7"));
    CHECK(day_list_text({1, 7, 14, 30}) == "[1,7,14,30]");
}
