// Sums that cannot overflow, from import to report (SPEC 7): many large payments, credit notes or
// invoices add up exactly, or the import refuses them at their FILE:LINE:COL. Every expected
// amount is worked by hand from the inputs.
#include <catch2/catch.hpp>
#include <string>

#include "compute/account.h"
#include "import/validate.h"
#include "import/yaml_source.h"
#include "import_fixture.h"
#include "publish/customer_summary.h"
#include "publish/nightly_report.h"
#include "view/status_report.h"

using namespace portalgen;
using namespace portalgen::test;

namespace {

struct Imported {
    Dataset data;
    std::string errors;
};

// Reads and validates kCompany + `customers` as one file named in.yaml.
Imported import(const std::string& customers) {
    Imported out;
    SourceMap positions;
    Diagnostics diagnostics;
    read_yaml_source(kCompany + customers, "in.yaml", out.data, positions, diagnostics);
    if (diagnostics.empty()) validate_dataset(out.data, {}, positions, diagnostics);
    out.errors = diagnostics.to_string();
    return out;
}

std::string repeat(int n, const std::string& item) {
    std::string out;
    for (int i = 0; i < n; ++i) out += (i ? ", " : "") + item;
    return out;
}

// C1 with one invoice I1 of one line at `price` (no tax), and `payments` (line 11).
std::string invoice_with_payments(const std::string& price, const std::string& payments) {
    return "  - { id: C1, name: M, email: m@x, language: fr,\n"
           "      invoices: [{ number: I1, date: 2026-01-01, state: posted,\n"
           "        lines: [{ product: P, quantity: 1, unit_price: \"" +
           price +
           "\" }],\n"
           "        payments: [" +
           payments + "] }] }\n";
}

Date day(const char* text) {
    return *Date::parse(text);
}

}  // namespace

TEST_CASE("ten payments of 9 × 10^14 on one invoice are refused as an overpayment") {
    const std::string payment = "{ date: 2026-01-05, amount: \"900000000000000.00\" }";
    Imported in = import(invoice_with_payments("900000000000000.00", repeat(10, payment)));
    // 10 × 900000000000000 = 9 × 10^15.
    CHECK(in.errors ==
          "in.yaml:11:19: payments (9000000000000000.00) exceed the invoice total "
          "(900000000000000.00)\n");
    // Exactly the total in ten payments is fine.
    CHECK(import(
              invoice_with_payments("900000000000000.00",
                                    repeat(10, "{ date: 2026-01-05, amount: \"90000000000000\" }")))
              .errors == "");
}

TEST_CASE("eleven payments of 9 × 10^11 (which wrapped in 64 bits) are refused") {
    // 11 × 9 × 10^11 × 10^6 millionths = 9.9 × 10^18 > 2^63: the old sum went negative.
    const std::string payment = "{ date: 2026-01-05, amount: \"900000000000.00\" }";
    Imported in = import(invoice_with_payments("900000000000.00", repeat(11, payment)));
    CHECK(
        in.errors ==
        "in.yaml:11:19: payments (9900000000000.00) exceed the invoice total (900000000000.00)\n");
}

TEST_CASE("amounts and computed totals above 10^15 are refused at their position") {
    struct Case {
        const char* what;
        std::string customer;
        const char* expected;
    } cases[] = {
        {"a payment above 10^15",
         invoice_with_payments("1000000000000000",
                               "{ date: 2026-01-05, amount: \"1000000000000000.01\" }"),
         "in.yaml:11:48: amount: number too large (at most 1000000000000000): "
         "\"1000000000000000.01\"\n"},
        {"a unit price above 10^15", invoice_with_payments("1000000000000001", ""),
         "in.yaml:10:56: unit_price: number too large (at most 1000000000000000): "
         "\"1000000000000001\"\n"},
        {"a line whose quantity × price is above 10^15",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      orders: [{ number: O1, date: 2026-01-01, state: confirmed,\n"
         "        lines: [{ product: P, quantity: 2, unit_price: \"500000000000000.01\" }] }] }\n",
         "in.yaml:10:17: line amount too large (above 1000000000000000)\n"},
        {"a line whose tax takes it above 10^15 (10^15 + 5 %)",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      quotations: [{ number: Q1, date: 2026-01-01, state: sent,\n"
         "        lines: [{ product: P, quantity: 1, unit_price: \"1000000000000000\", taxes: "
         "[GST] }] }] }\n",
         "in.yaml:10:17: line amount too large (above 1000000000000000)\n"},
        {"quantity × price beyond 128 bits: refused, not wrapped",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      orders: [{ number: O1, date: 2026-01-01, state: confirmed,\n"
         "        lines: [{ product: P, quantity: \"1000000000000000\", unit_price: "
         "\"1000000000000000\", discount: 100 }] }] }\n",
         "in.yaml:10:17: line amount too large (above 1000000000000000)\n"},
        {"a document whose lines add up above 10^15",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      invoices: [{ number: I1, date: 2026-01-01, state: posted,\n"
         "        lines: [{ product: P, quantity: 1, unit_price: \"600000000000000\" },\n"
         "                { product: P, quantity: 1, unit_price: \"400000000000000.01\" }] }] }\n",
         "in.yaml:9:18: document total too large (above 1000000000000000)\n"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        CHECK(import(c.customer).errors == c.expected);
    }
    // 10^15 exactly, in one line or two, is accepted.
    CHECK(import("  - { id: C1, name: M, email: m@x, language: fr,\n"
                 "      invoices: [{ number: I1, date: 2026-01-01, state: posted,\n"
                 "        lines: [{ product: P, quantity: 1, unit_price: \"600000000000000\" },\n"
                 "                { product: P, quantity: 1, unit_price: \"400000000000000\" }],\n"
                 "        payments: [{ date: 2026-01-05, amount: \"1000000000000000\" }] }] }\n")
              .errors == "");
}

TEST_CASE("twenty credit notes reversing one invoice add up exactly") {
    std::string notes;
    for (int i = 1; i <= 20; ++i)
        notes += ",\n                 { number: R" + std::to_string(i) +
                 ", kind: credit_note, reverses: I1, date: 2026-01-02, state: posted, lines: "
                 "[{ product: P, quantity: 1, unit_price: \"900000000000000\" }] }";
    Imported in = import(
        "  - { id: C1, name: M, email: m@x, language: fr,\n"
        "      invoices: [{ number: I1, date: 2026-01-01, state: posted, lines: [{ product: P, "
        "quantity: 1, unit_price: \"900000000000000\" }] }" +
        notes + "] }\n");
    REQUIRE(in.errors == "");
    Account account =
        compute_account(in.data.customers[0], in.data.companies[0], day("2026-11-23"));
    REQUIRE(account.invoices.size() == 1);
    const InvoiceStatus& status = account.invoices[0].status;
    // 20 × 9 × 10^14 = 1.8 × 10^16, at least the total: reversed, nothing due.
    CHECK(status.credited.to_fixed(2) == "18000000000000000.00");
    CHECK(to_string(status.status) == "reversed");
    CHECK(status.amount_due.to_fixed(2) == "0.00");
    CHECK(account.alerts.empty());
}

TEST_CASE("twenty large invoices of one customer: exact amounts due, status and report") {
    std::string invoices;
    for (int i = 1; i <= 20; ++i)
        invoices += std::string(i > 1 ? ",\n" : "") + "        { number: I" + std::to_string(i) +
                    ", date: 2026-01-01, state: posted, lines: [{ product: P, quantity: 1, "
                    "unit_price: \"900000000000000\", taxes: [GST] }] }";
    Imported in = import("  - { id: C1, name: M, email: m@x, language: fr, invoices: [\n" +
                         invoices + "] }\n");
    REQUIRE(in.errors == "");
    Account account =
        compute_account(in.data.customers[0], in.data.companies[0], day("2026-11-23"));
    REQUIRE(account.invoices.size() == 20);
    // Each: 9 × 10^14 + GST 5 % (4.5 × 10^13) = 945000000000000.00, due 2026-01-31: overdue.
    Decimal due;
    for (const auto& i : account.invoices) {
        CHECK(to_string(i.status.status) == "overdue");
        CHECK(i.status.amount_due.to_fixed(2) == "945000000000000.00");
        due += i.status.amount_due;
    }
    CHECK(due.to_fixed(2) == "18900000000000000.00");  // 20 × 945 × 10^12

    const std::string json = status_json(day("2026-11-23"), {{account, "token"}});
    size_t found = 0;
    for (size_t at = json.find("\"amount_due\":\"945000000000000.00\""); at != std::string::npos;
         at = json.find("\"amount_due\":\"945000000000000.00\"", at + 1))
        ++found;
    CHECK(found == 20);
    CHECK(json.find('-') == json.find("-11-23"));  // no minus sign but in the dates

    // The report's bucket (296 days overdue: over 90) holds the exact sum, and reads back.
    NightlyReport report(day("2026-11-23"), std::nullopt);
    const CustomerSummary summary = summarize(account);
    const std::string token = "token";
    const NightlyReport::Published published{summary, token};
    report.add(nullptr, &published);
    const auto buckets = report.to_json()["due_by_age"]["CAD"];
    CHECK(buckets["over_90"] == "18900000000000000.00");
    CHECK(buckets["current"] == "0.00");
}
