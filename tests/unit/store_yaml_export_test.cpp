// YAML export: what it writes imports back to the same data, strings stay strings.
#include <yaml-cpp/yaml.h>

#include "import/validate.h"
#include "import/yaml_source.h"
#include "store/yaml_export.h"
#include "store_fixture.h"

using namespace portalgen;
using namespace portalgen::test;

TEST_CASE("exported YAML keeps tricky strings as they were") {
    const std::vector<std::string> tricky = {
        "yes",
        "017",
        "2026-11-01",
        "null",
        "~",
        "1e3",
        "-",
        "a: b # c",
        "  padded  ",
        "line 1\nline 2\n",
        "tab\there",
        "\"quoted\" 'x'",
        "É€😀",
        "non\u00a0breaking",
        "[not, a, list]",
        "{x}",
        "&anchor",
        "*alias",
        "!tag",
        "",
    };
    Company company = full_company();
    Customer c;
    c.id = "017";
    c.seller = company.name;
    c.name = "É€😀 Ünïcödé";
    c.email = "yes";
    c.language = Language::en;
    Ticket ticket{"0x1F", "true", at("2026-11-10T09:03:00-05:00"), TicketStatus::new_, {}};
    for (const std::string& text : tricky) {
        c.quotations.push_back({text.empty() ? "Q" : text,
                                day("2026-11-01"),
                                std::nullopt,
                                QuotationState::sent,
                                {line(text.c_str(), "1", "0")}});
        ticket.messages.push_back({at("2026-11-10T14:03:00Z"), Party::agent, "Support", text});
    }
    c.tickets = {ticket};

    std::string text = export_yaml(company, {c});
    INFO(text);
    CHECK(text.find("É€😀 Ünïcödé") != std::string::npos);  // UTF-8, not escaped
    YAML::Node root = YAML::Load(text);
    const YAML::Node customer = root["customers"][0];
    CHECK(customer["id"].Scalar() == "017");
    CHECK(customer["id"].Tag() == "!");  // quoted: never read as a number
    CHECK(customer["name"].Scalar() == c.name);
    CHECK(customer["email"].Scalar() == "yes");
    CHECK(customer["tickets"][0]["ref"].Scalar() == "0x1F");
    CHECK(customer["tickets"][0]["subject"].Scalar() == "true");
    CHECK(customer["tickets"][0]["opened"].Scalar() == "2026-11-10T09:03:00-05:00");
    for (size_t i = 0; i < tricky.size(); ++i) {
        CHECK(customer["quotations"][i]["lines"][0]["product"].Scalar() == tricky[i]);
        CHECK(customer["tickets"][0]["messages"][i]["body"].Scalar() == tricky[i]);
    }
    CHECK(customer["quotations"][0]["date"].Scalar() == "2026-11-01");
    CHECK(customer["quotations"][0]["lines"][0]["quantity"].Scalar() == "1");
}

TEST_CASE("exported YAML imports back to the same data") {
    Company company = full_company();
    Customer first = full_customer("C1");
    Customer bare;
    bare.id = "C2";
    bare.seller = company.name;
    bare.name = "Bare";
    bare.email = "bare@example.com";
    std::string text = export_yaml(company, {first, bare});
    INFO(text);

    Dataset data;
    SourceMap positions;
    Diagnostics diagnostics;
    read_yaml_source(text, "export.yaml", data, positions, diagnostics);
    validate_dataset(data, {}, positions, diagnostics);
    CHECK(diagnostics.to_string() == "");
    REQUIRE(data.companies.size() == 1);
    check_same(data.companies[0], company);
    REQUIRE(data.customers.size() == 2);
    check_same(data.customers[0], first);
    check_same(data.customers[1], bare);
}

TEST_CASE("export leaves out what is absent and writes decimals exactly") {
    Company company;
    company.name = "Bare Inc.";
    company.email = "b@x";
    company.currency = "JPY";
    Customer c;
    c.id = "C1";
    c.seller = company.name;
    c.name = "N";
    c.email = "n@x";
    Line l = line("P", "0.000001", "1000000");
    Invoice invoice;
    invoice.number = "I1";
    invoice.date = day("2026-01-31");
    invoice.lines = {l};
    c.invoices.push_back(invoice);
    CHECK(export_yaml(company, {c}) == R"(company:
  name: "Bare Inc."
  email: "b@x"
  currency: "JPY"
  locale:
    en: "en-US"
    fr: "fr-FR"
  payment_terms_days: 30
  grace_days: 7
customers:
  - id: "C1"
    name: "N"
    email: "n@x"
    language: "en"
    invoices:
      - number: "I1"
        kind: "invoice"
        date: 2026-01-31
        state: "posted"
        lines:
          - product: "P"
            quantity: "0.000001"
            unit_price: "1000000"
)");
}
