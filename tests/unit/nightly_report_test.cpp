#include "publish/nightly_report.h"

#include <catch2/catch.hpp>

using namespace portalgen;

namespace {

DocumentSummary invoice(std::string number, std::string status, std::string due = "",
                        int days_overdue = 0) {
    return {"invoice", std::move(number), std::move(status), std::move(due), days_overdue, "100.00",
            ""};
}
DocumentSummary subscription(std::string number, std::string status) {
    return {"subscription", std::move(number), std::move(status), "", 0, "", ""};
}

const Date kMonday = *Date::parse("2026-11-23");
const Date kSunday = *Date::parse("2026-11-22");

}  // namespace

TEST_CASE("a summary survives its JSON form") {
    DocumentSummary with_pdfs = invoice("INV/2", "paid");
    with_pdfs.pdf = "abc";
    CustomerSummary summary{"C1",
                            "Zoé \"Z\" O'Brien",
                            "EUR",
                            {invoice("INV/1", "overdue", "12.50", 3),
                             subscription("S1", "closed"),
                             with_pdfs,
                             {"ticket", "T1", "new", "", 0, "", ""}}};
    CHECK(customer_summary_from_json(to_json(summary)) == summary);
    // A summary stored when each invoice had two PDFs (8 cells) still reads.
    const CustomerSummary old =
        customer_summary_from_json(R"({"id":"C1","name":"A","currency":"EUR","documents":)"
                                   R"([["invoice","INV/2","paid","100.00","",0,"abc","def"]]})");
    REQUIRE(old.documents.size() == 1);
    CHECK(old.documents[0].total == "100.00");
    CHECK(old.documents[0].pdf == "abc");
    CHECK_THROWS_WITH(customer_summary_from_json("{\"id\": 3}"),
                      Catch::Contains("malformed customer summary"));
}

TEST_CASE("the report counts statuses and ages amounts due per currency") {
    NightlyReport report(kMonday, std::nullopt);
    CustomerSummary a{"C1",
                      "A",
                      "EUR",
                      {invoice("I1", "not_paid", "10.00"), invoice("I2", "overdue", "20.10", 30),
                       invoice("I3", "overdue", "5.00", 31), invoice("I4", "overdue", "1.00", 91),
                       invoice("I5", "paid")}};
    CustomerSummary b{"C2", "B", "JPY", {invoice("I1", "partial", "1001")}};
    report.add(nullptr, &a);
    report.add(nullptr, &b);
    auto json = report.to_json();
    CHECK(json["customers"] == 2);
    CHECK(json["counts"]["invoice"]["overdue"] == 3);
    CHECK(json["counts"]["invoice"]["paid"] == 1);
    CHECK(json["amount_due_by_age"]["EUR"]["not_due"] == "10.00");
    CHECK(json["amount_due_by_age"]["EUR"]["1-30"] == "20.10");
    CHECK(json["amount_due_by_age"]["EUR"]["31-60"] == "5.00");
    CHECK(json["amount_due_by_age"]["EUR"]["61-90"] == "0.00");
    CHECK(json["amount_due_by_age"]["EUR"]["over_90"] == "1.00");
    CHECK(json["amount_due_by_age"]["JPY"]["not_due"] == "1001");
    // A first build has nothing to compare with: no change is reported.
    CHECK(json["previous_as_of"].is_null());
    CHECK(json["changes"]["customers_added"]["count"] == 0);
}

TEST_CASE("the report lists what changed since the previous build") {
    CustomerSummary before{"C1",
                           "A",
                           "EUR",
                           {invoice("I1", "not_paid", "10.00"), subscription("S1", "in_progress"),
                            subscription("S2", "to_renew"), subscription("S3", "to_renew")}};
    CustomerSummary after{"C1",
                          "A",
                          "EUR",
                          {invoice("I1", "overdue", "10.00", 1),
                           invoice("I2", "not_paid", "5.00"),
                           {"credit_note", "R1", "credit_note", "", 0, "3.00", ""},
                           subscription("S1", "to_renew"),
                           subscription("S2", "closed"),
                           subscription("S3", "to_renew")}};
    CustomerSummary gone{"C0", "Gone", "EUR", {}};
    CustomerSummary added{"C2", "New", "EUR", {invoice("I9", "not_paid", "1.00")}};
    NightlyReport report(kMonday, kSunday);
    report.add(&gone, nullptr);
    report.add(&before, &after);
    report.add(nullptr, &added);
    auto changes = report.to_json()["changes"];
    auto numbers = [&](const char* list) {
        std::vector<std::string> out;
        for (const auto& entry : changes[list]["listed"])
            out.push_back(entry.contains("number") ? entry["number"] : entry["customer"]);
        return out;
    };
    CHECK(numbers("entered_to_renew") == std::vector<std::string>{"S1"});  // S3 already was
    CHECK(numbers("closed") == std::vector<std::string>{"S2"});
    CHECK(numbers("became_overdue") == std::vector<std::string>{"I1"});
    CHECK(numbers("new_invoices") == std::vector<std::string>{"I2"});  // not the new customer's
    CHECK(numbers("new_credit_notes") == std::vector<std::string>{"R1"});
    CHECK(numbers("customers_added") == std::vector<std::string>{"C2"});
    CHECK(numbers("customers_removed") == std::vector<std::string>{"C0"});
    CHECK(changes["became_overdue"]["listed"][0]["days_overdue"] == 1);
    CHECK(report.to_json()["customers"] == 2);
}

TEST_CASE("a customer whose build failed is listed and counted as its portal still shows it") {
    CustomerSummary published{"C1", "A", "EUR", {invoice("I1", "not_paid", "10.00")}};
    NightlyReport report(kMonday, kSunday);
    report.failed("C1", &published, "template t.mustache:5: unknown key \"x\"");
    report.failed("C2", nullptr, "disk full");
    auto json = report.to_json();
    CHECK(json["customers"] == 1);  // C2 was never published
    CHECK(json["counts"]["invoice"]["not_paid"] == 1);
    CHECK(json["amount_due_by_age"]["EUR"]["not_due"] == "10.00");
    const auto& failed = json["changes"]["build_failed"];
    CHECK(failed["count"] == 2);
    CHECK(failed["listed"][0]["customer"] == "C1");
    CHECK(failed["listed"][0]["name"] == "A");
    CHECK(failed["listed"][0]["error"] == "template t.mustache:5: unknown key \"x\"");
    CHECK(failed["listed"][1]["error"] == "disk full");
    // Nothing else counts as a change: the failed customers were not compared.
    CHECK(json["changes"]["customers_added"]["count"] == 0);
}
