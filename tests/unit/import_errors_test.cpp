// Every class of input error, with its exact message and FILE:LINE:COL. Columns are 1-based and
// point at the offending value (its first character, or the opening quote of a quoted one); a
// missing key points at the mapping that lacks it.
#include <catch2/catch.hpp>

#include "import/validate.h"
#include "import/yaml_source.h"
#include "import_fixture.h"

using namespace portalgen;
using namespace portalgen::test;

namespace {

// Reads and validates `text` as one file named in.yaml; returns every diagnostic, one per line.
std::string errors_of(const std::string& text) {
    Dataset data;
    SourceMap positions;
    Diagnostics diagnostics;
    read_yaml_source(text, "in.yaml", data, positions, diagnostics);
    if (diagnostics.empty()) validate_dataset(data, {}, positions, diagnostics);
    return diagnostics.to_string();
}

std::string customer_errors(const std::string& customer_yaml) {
    return errors_of(kCompany + customer_yaml);
}

}  // namespace

TEST_CASE("a valid file has no errors") {
    CHECK(customer_errors(R"(  - id: C1
    name: Marie
    email: m@example.com
    language: fr
)") == "");
}

TEST_CASE("each import error is reported at its line and column") {
    struct Case {
        const char* what;
        const char* customer;
        const char* expected;
    } cases[] = {
        {"missing key", "  - { id: C1, name: M, language: fr }\n",
         "in.yaml:8:5: missing email in a customer\n"},
        {"unknown key", "  - { id: C1, name: M, email: m@x, language: fr, lang: en }\n",
         "in.yaml:8:50: unknown key \"lang\" in a customer\n"},
        {"duplicate key", "  - { id: C1, id: C2, name: M, email: m@x, language: fr }\n",
         "in.yaml:8:15: duplicate key \"id\"\n"},
        {"wrong type", "  - { id: [C1], name: M, email: m@x, language: fr }\n",
         "in.yaml:8:11: id must be a single value, found a list\n"},
        {"bad enum", "  - { id: C1, name: M, email: m@x, language: de }\n",
         "in.yaml:8:46: language must be one of en | fr, not \"de\"\n"},
        {"impossible date",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      quotations: [{ number: Q1, date: 2026-02-30, state: sent }] }\n",
         "in.yaml:9:40: date must be a real date YYYY-MM-DD, not \"2026-02-30\"\n"},
        {"start after end",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      orders: [{ number: O1, date: 2026-01-01, start: 2026-05-01, end: 2026-04-30, "
         "state: confirmed }] }\n",
         "in.yaml:9:55: start 2026-05-01 is after end 2026-04-30\n"},
        {"unknown tax code",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      quotations: [{ number: Q1, date: 2026-01-01, state: sent,\n"
         "        lines: [{ product: P, quantity: 1, unit_price: 1, taxes: [GST, HST] }] }] }\n",
         "in.yaml:10:72: unknown tax code \"HST\"\n"},
        {"unknown payment method",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      subscriptions: [{ number: S1, plan: P, start: 2026-01-01, next_invoice: "
         "2026-02-01, period: month, state: open, payment_method: card-9 }] }\n",
         "in.yaml:9:135: unknown payment method \"card-9\"\n"},
        {"unknown order",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      invoices: [{ number: I1, date: 2026-01-01, state: posted, order: O9 }] }\n",
         "in.yaml:9:72: unknown order \"O9\"\n"},
        {"unknown subscription",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      invoices: [{ number: I1, date: 2026-01-01, state: posted, subscription: S9 }] }\n",
         "in.yaml:9:79: unknown subscription \"S9\"\n"},
        {"unknown reversed invoice",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      invoices: [{ number: R1, kind: credit_note, reverses: I9, date: 2026-01-01, "
         "state: posted }] }\n",
         "in.yaml:9:61: unknown invoice \"I9\"\n"},
        {"duplicate number",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      quotations: [{ number: Q1, date: 2026-01-01, state: sent },\n"
         "                   { number: Q1, date: 2026-01-02, state: sent }] }\n",
         "in.yaml:10:30: duplicate quotation \"Q1\"\n"},
        {"slug collision",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      invoices: [{ number: INV/1, date: 2026-01-01, state: posted },\n"
         "                 { number: INV-1, date: 2026-01-02, state: posted }] }\n",
         "in.yaml:10:28: invoice \"INV-1\" and \"INV/1\" would have the same file name "
         "\"INV-1\"\n"},
        {"payments above total",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      invoices: [{ number: I1, date: 2026-01-01, state: posted,\n"
         "        lines: [{ product: P, quantity: 2, unit_price: \"10.00\", taxes: [GST] }],\n"
         "        payments: [{ date: 2026-01-05, amount: \"20.00\" }, { date: 2026-01-06, "
         "amount: \"1.01\" }] }] }\n",
         "in.yaml:11:19: payments (21.01) exceed the invoice total (21.00)\n"},
        {"payments above total, with too many decimals",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      invoices: [{ number: I1, date: 2026-01-01, state: posted,\n"
         "        lines: [{ product: P, quantity: 2, unit_price: \"10.00\", taxes: [GST] }],\n"
         "        payments: [{ date: 2026-01-05, amount: \"21.005\" }] }] }\n",
         "in.yaml:11:19: payments (21.005) exceed the invoice total (21.00)\n"
         "in.yaml:11:48: more decimals than the currency has\n"},
        {"used above hours",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      success_packs: [{ name: SP, purchased: 2026-01-01, hours: 25, used: \"25.5\" }] "
         "}\n",
         "in.yaml:9:75: used (25.5 h) is above hours (25 h)\n"},
        {"negative quantity",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      orders: [{ number: O1, date: 2026-01-01, state: confirmed,\n"
         "        lines: [{ product: P, quantity: -1, unit_price: 1 }] }] }\n",
         "in.yaml:10:41: quantity must not be negative\n"},
        {"negative price",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      orders: [{ number: O1, date: 2026-01-01, state: confirmed,\n"
         "        lines: [{ product: P, quantity: 1, unit_price: \"-0.01\" }] }] }\n",
         "in.yaml:10:56: unit_price must not be negative\n"},
        {"more than 6 decimals",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      orders: [{ number: O1, date: 2026-01-01, state: confirmed,\n"
         "        lines: [{ product: P, quantity: 1.0000001, unit_price: 1 }] }] }\n",
         "in.yaml:10:41: quantity: more than 6 decimals in \"1.0000001\"\n"},
        {"bad customer id", "  - { id: \"C 1\", name: M, email: m@x, language: fr }\n",
         "in.yaml:8:11: a customer id is 1 to 64 characters of A-Z a-z 0-9 . _ -\n"},
        {"closed without closed_on",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      subscriptions: [{ number: S1, plan: P, start: 2026-01-01, next_invoice: "
         "2026-02-01, period: month, state: closed }] }\n",
         "in.yaml:9:23: a closed subscription needs closed_on\n"},
        {"unknown currency", "  - { id: C1, name: M, email: m@x, language: fr, currency: XYZ }\n",
         "in.yaml:8:60: unknown currency \"XYZ\"\n"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        CHECK(customer_errors(c.customer) == c.expected);
    }
}

TEST_CASE("a string over 10,000 characters is refused") {
    std::string body(10'001, 'a');
    CHECK(customer_errors("  - { id: C1, name: \"" + body + "\", email: m@x, language: fr }\n") ==
          "in.yaml:8:21: text longer than 10000 characters (10001 characters)\n");
    std::string ok(10'000, 'a');
    CHECK(customer_errors("  - { id: C1, name: \"" + ok + "\", email: m@x, language: fr }\n") ==
          "");
    // Characters, not bytes: "é" is two bytes.
    std::string accents;
    for (int i = 0; i < 10'000; ++i) accents += "\u00e9";
    CHECK(customer_errors("  - { id: C1, name: \"" + accents +
                          "\", email: m@x, language: fr }\n") == "");
    CHECK(customer_errors("  - { id: C1, name: \"" + accents +
                          "\u00e9\", email: m@x, language: fr }\n") ==
          "in.yaml:8:21: text longer than 10000 characters (10001 characters)\n");
}

TEST_CASE("a NUL or a surrogate written as an escape is refused") {
    CHECK(customer_errors("  - { id: C1, name: \"ab\\0c\", email: m@x, language: fr }\n") ==
          "in.yaml:8:21: a NUL character at character 3\n");
    // yaml-cpp itself refuses a lone surrogate.
    CHECK(customer_errors("  - { id: C1, name: \"ab\\uD800\", email: m@x, language: fr }\n") ==
          "in.yaml:8:30: malformed YAML: invalid unicode: 55296\n");
}

TEST_CASE("the same customer twice in one import is refused") {
    CHECK(customer_errors("  - { id: C1, name: M, email: m@x, language: fr }\n"
                          "  - { id: C1, name: N, email: n@x, language: en }\n") ==
          "in.yaml:9:11: customer \"C1\" is imported twice (first at in.yaml:8:5)\n");
}

TEST_CASE("every problem is reported, not only the first") {
    std::string errors = customer_errors(
        "  - { id: C1, name: M, email: m@x, language: xx,\n"
        "      quotations: [{ number: Q1, date: 2026-02-31, state: maybe }] }\n");
    CHECK(errors ==
          "in.yaml:8:46: language must be one of en | fr, not \"xx\"\n"
          "in.yaml:9:40: date must be a real date YYYY-MM-DD, not \"2026-02-31\"\n"
          "in.yaml:9:59: state must be one of sent | accepted | rejected | cancelled, not "
          "\"maybe\"\n");
}

TEST_CASE("malformed YAML is reported with its position") {
    CHECK(errors_of("company: {name: X\ncustomers: [\n") ==
          "in.yaml:2:10: malformed YAML: end of map flow not found\n");
}

TEST_CASE("ids are read as text, never as numbers") {
    Dataset data;
    SourceMap positions;
    Diagnostics diagnostics;
    read_yaml_source(kCompany +
                         "  - { id: 017, name: M, email: m@x, language: fr,\n"
                         "      orders: [{ number: 0042, date: 2026-01-01, state: confirmed }] }\n",
                     "in.yaml", data, positions, diagnostics);
    REQUIRE(diagnostics.empty());
    CHECK(data.customers.at(0).id == "017");
    CHECK(data.customers.at(0).orders.at(0).number == "0042");
}

TEST_CASE("hostile YAML features are refused") {
    struct Case {
        const char* what;
        std::string text;
        const char* expected;
    } cases[] = {
        {"alias", "company: &c { name: X, email: x@x, currency: EUR }\ncustomers: *c\n",
         "in.yaml:1:10: anchors (&name) are not supported\n"
         "in.yaml:2:12: aliases (*name) are not supported: write the value out\n"},
        {"tag", "company: !!map { name: X, email: x@x, currency: EUR }\n",
         "in.yaml:1:10: explicit tags (tag:yaml.org,2002:map) are not supported\n"},
        {"invalid UTF-8", "company:\n  name: \"\xC3\x28\"\n", "in.yaml:2:10: invalid UTF-8\n"},
        {"NUL byte", std::string("company:\n  name: a\0b\n", 20),
         "in.yaml:2:10: NUL byte in the file\n"},
        {"taxes without company", "taxes: []\n",
         "in.yaml:1:8: taxes belong to a company: put them in the file of its company\n"},
        {"empty file", "",
         "in.yaml:1:1: the file is empty: expected company, taxes or customers\n"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        CHECK(errors_of(c.text) == c.expected);
    }
}

TEST_CASE("a byte-order mark and CRLF line endings are accepted") {
    std::string text =
        "\xEF\xBB\xBF" + kCompany + "  - { id: C1, name: M, email: m@x, language: fr }\n";
    std::string crlf;
    for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    CHECK(errors_of(crlf) == "");
}

// SPEC section 4: names become file names, so they must differ as files do on a case-insensitive
// file system, and fit in one.
TEST_CASE("file names from data: ids and numbers that would be one file are refused", "[names]") {
    struct Case {
        const char* what;
        std::string customers;
        std::string expected;
    } cases[] = {
        {"ids with the same slug",  // ".a" gets a leading '_': both are the folder "_.a"
         "  - { id: .a, name: M, email: m@x, language: fr }\n"
         "  - { id: _.a, name: N, email: n@x, language: en }\n",
         "in.yaml:9:11: customer \"_.a\" and \".a\" (first at in.yaml:8:5) would have the same "
         "file name \"_.a\"\n"},
        {"ids that differ by case",
         "  - { id: C1, name: M, email: m@x, language: fr }\n"
         "  - { id: c1, name: N, email: n@x, language: en }\n",
         "in.yaml:9:11: customer \"c1\" and \"C1\" (first at in.yaml:8:5) would have file names "
         "that differ only by case (\"c1\", \"C1\")\n"},
        {"numbers that differ by case",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      invoices: [{ number: INV/1, date: 2026-01-01, state: posted },\n"
         "                 { number: inv-1, date: 2026-01-02, state: posted }] }\n",
         "in.yaml:10:28: invoice \"inv-1\" and \"INV/1\" would have file names that differ only "
         "by case (\"inv-1\", \"INV-1\")\n"},
        {"tickets that differ by case",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      tickets: [{ ref: T-a, subject: S, opened: 2026-01-01T00:00:00Z, status: new },\n"
         "                { ref: t-A, subject: S, opened: 2026-01-01T00:00:00Z, status: new }] }\n",
         "in.yaml:10:24: ticket \"t-A\" and \"T-a\" would have file names that differ only by case "
         "(\"t-A\", \"T-a\")\n"},
        {"a number too long for a file name",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      orders: [{ number: " +
             std::string(121, 'N') + ", date: 2026-01-01, state: confirmed }] }\n",
         "in.yaml:9:26: number is too long for a file name: 121 bytes, at most 120\n"},
        {"a slug made longer by its leading '_'",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      quotations: [{ number: ." +
             std::string(119, 'q') + ", date: 2026-01-01, state: sent }] }\n",
         "in.yaml:9:30: number is too long for a file name: 121 bytes, at most 120\n"},
        // Numbers of different kinds live in different folders; the same in two customers too.
        {"the same number in two kinds and two customers",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      quotations: [{ number: X1, date: 2026-01-01, state: sent }],\n"
         "      orders: [{ number: x1, date: 2026-01-01, state: confirmed }] }\n"
         "  - { id: C2, name: M, email: m@x, language: fr,\n"
         "      orders: [{ number: X1, date: 2026-01-01, state: confirmed }] }\n",
         ""},
        {"a number of 120 bytes",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      orders: [{ number: " +
             std::string(120, 'N') + ", date: 2026-01-01, state: confirmed }] }\n",
         ""},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        CHECK(customer_errors(c.customers) == c.expected);
    }
}

// A due date or a renewal deadline after 9999-12-31 could not be written YYYY-MM-DD.
TEST_CASE("computed dates past 9999-12-31 are refused at import", "[names]") {
    struct Case {
        const char* what;
        const char* customer;
        const char* expected;
    } cases[] = {
        {"due date from payment_terms_days (30)",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      invoices: [{ number: I1, date: 9999-12-02, state: posted }] }\n",
         "in.yaml:9:38: the due date (date + the company's payment_terms_days, 30) would be after "
         "9999-12-31: give a due date\n"},
        {"due date given",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      invoices: [{ number: I1, date: 9999-12-02, due: 9999-12-31, state: posted }] }\n",
         ""},
        {"due date on the last day",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      invoices: [{ number: I1, date: 9999-12-01, state: posted }] }\n",
         ""},
        {"renewal deadline from grace_days (7)",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      subscriptions: [{ number: S1, plan: P, start: 2026-01-01, next_invoice: "
         "9999-12-25, period: month, state: open }] }\n",
         "in.yaml:9:79: the renewal deadline (next_invoice + the company's grace_days, 7) would "
         "be after 9999-12-31\n"},
        {"renewal deadline on the last day",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      subscriptions: [{ number: S1, plan: P, start: 2026-01-01, next_invoice: "
         "9999-12-24, period: month, state: open }] }\n",
         ""},
        {"a closed subscription has no deadline",
         "  - { id: C1, name: M, email: m@x, language: fr,\n"
         "      subscriptions: [{ number: S1, plan: P, start: 2026-01-01, next_invoice: "
         "9999-12-31, period: month, state: closed, closed_on: 9999-12-31 }] }\n",
         ""},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        CHECK(customer_errors(c.customer) == c.expected);
    }
}
