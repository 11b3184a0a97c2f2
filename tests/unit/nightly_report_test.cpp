#include "publish/nightly_report.h"

#include <catch2/catch.hpp>

using namespace portalgen;

namespace {

// An invoice with `due` left to pay, due on `due_date` (days overdue as of kMonday).
DocumentSummary invoice(std::string number, std::string status, std::string due = "",
                        int days_overdue = 0, std::string due_date = "2026-11-23") {
    DocumentSummary d{
        "invoice", std::move(number), std::move(status), std::move(due), days_overdue, "100.00",
        ""};
    d.due = std::move(due_date);
    return d;
}
DocumentSummary subscription(std::string number, std::string status) {
    return {"subscription", std::move(number), std::move(status), "", 0, "", ""};
}

const Date kMonday = *Date::parse("2026-11-23");
const Date kSunday = *Date::parse("2026-11-22");
const std::string kToken = "tok";
const std::string kOtherToken = "new";

}  // namespace

TEST_CASE("a summary survives its JSON form") {
    DocumentSummary with_pdfs = invoice("INV/2", "paid");
    with_pdfs.pdf = "abc";
    DocumentSummary renew = subscription("S2", "to_renew");
    renew.deadline = "2026-11-30";
    renew.at_risk = true;
    DocumentSummary card{"payment_method", "PM1", "valid", "", 0, "", ""};
    card.expires = "2026-11-30";
    CustomerSummary summary{"C1",
                            "Zoé \"Z\" O'Brien",
                            "EUR",
                            {invoice("INV/1", "overdue", "12.50", 3, "2026-11-20"),
                             subscription("S1", "closed"),
                             renew,
                             card,
                             with_pdfs,
                             {"ticket", "T1", "new", "", 0, "", ""}},
                            "fr"};
    CHECK(customer_summary_from_json(to_json(summary)) == summary);
    // A summary stored when each invoice had two PDFs (8 cells) still reads.
    const CustomerSummary old =
        customer_summary_from_json(R"({"id":"C1","name":"A","currency":"EUR","documents":)"
                                   R"([["invoice","INV/2","paid","100.00","",0,"abc","def"]]})");
    REQUIRE(old.documents.size() == 1);
    CHECK(old.documents[0].total == "100.00");
    CHECK(old.documents[0].pdf == "abc");
    CHECK(old.language == "en");
    CHECK_THROWS_WITH(customer_summary_from_json("{\"id\": 3}"),
                      Catch::Contains("malformed customer summary"));
}

TEST_CASE("the report counts statuses and ages amounts due per currency by due date") {
    NightlyReport report(kMonday, std::nullopt);
    CustomerSummary a{"C1",
                      "A",
                      "EUR",
                      {invoice("I1", "not_paid", "10.00", 0, "2026-11-30"),
                       invoice("I2", "overdue", "20.10", 30, "2026-10-24"),
                       invoice("I3", "overdue", "5.00", 31, "2026-10-23"),
                       invoice("I4", "overdue", "1.00", 91, "2026-08-24"), invoice("I5", "paid")}};
    CustomerSummary b{"C2", "B", "JPY", {invoice("I1", "partial", "1001", 0, "2026-11-23")}};
    const NightlyReport::Published pa{a, kToken}, pb{b, kToken};
    report.add(nullptr, &pa);
    report.add(nullptr, &pb);
    auto json = report.to_json();
    CHECK(json["customers"] == 2);
    CHECK(json["counts"]["invoice"]["overdue"] == 3);
    CHECK(json["counts"]["invoice"]["paid"] == 1);
    CHECK(json["due_by_age"]["EUR"]["current"] == "10.00");
    CHECK(json["due_by_age"]["EUR"]["1_30"] == "20.10");
    CHECK(json["due_by_age"]["EUR"]["31_60"] == "5.00");
    CHECK(json["due_by_age"]["EUR"]["61_90"] == "0.00");
    CHECK(json["due_by_age"]["EUR"]["over_90"] == "1.00");
    CHECK(json["due_by_age"]["JPY"]["current"] == "1001");
    // Overdue invoices need action, the oldest first, each linked to the customer's portal.
    const auto& overdue = json["action"]["overdue"];
    CHECK(overdue["count"] == 3);
    CHECK(overdue["listed"][0]["number"] == "I4");
    CHECK(overdue["listed"][0]["age"] == "over_90");
    CHECK(overdue["listed"][0]["page"] == "site/tok/en/invoices/I4.html");
    CHECK(overdue["listed"][2]["number"] == "I2");
    // A first build has nothing to compare with: no change is reported.
    CHECK(json["previous_as_of"].is_null());
    CHECK(json["changes"]["customers_added"]["count"] == 0);
}

TEST_CASE("subscriptions to renew or at risk and cards expiring this month need action") {
    DocumentSummary late = subscription("S2", "to_renew");
    late.deadline = "2026-11-30";
    DocumentSummary soon = subscription("S1", "to_renew");
    soon.deadline = "2026-11-25";
    DocumentSummary risky = subscription("S3", "in_progress");
    risky.at_risk = true;
    DocumentSummary expiring{"payment_method", "PM1", "valid", "", 0, "", ""};
    expiring.expires = "2026-11-30";
    DocumentSummary later{"payment_method", "PM2", "valid", "", 0, "", ""};
    later.expires = "2026-12-31";
    CustomerSummary c{"C1", "A", "EUR", {late, soon, risky, expiring, later}, "fr"};
    NightlyReport report(kMonday, std::nullopt);
    const NightlyReport::Published published{c, kToken};
    report.add(nullptr, &published);
    const auto action = report.to_json()["action"];
    REQUIRE(action["to_renew"]["count"] == 2);
    CHECK(action["to_renew"]["listed"][0]["number"] == "S1");  // the nearest deadline first
    CHECK(action["to_renew"]["listed"][0]["page"] == "site/tok/fr/subscriptions/S1.html");
    CHECK(action["at_risk"]["count"] == 1);
    CHECK(action["at_risk"]["listed"][0]["number"] == "S3");
    REQUIRE(action["cards_expiring"]["count"] == 1);
    CHECK(action["cards_expiring"]["listed"][0]["number"] == "PM1");
    CHECK(action["cards_expiring"]["listed"][0]["page"] == "site/tok/fr/payment-methods.html");
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
                          {invoice("I1", "overdue", "10.00", 1, "2026-11-22"),
                           invoice("I2", "not_paid", "5.00"),
                           {"credit_note", "R1", "credit_note", "", 0, "3.00", ""},
                           subscription("S1", "to_renew"),
                           subscription("S2", "closed"),
                           subscription("S3", "to_renew")}};
    CustomerSummary gone{"C0", "Gone", "EUR", {}};
    CustomerSummary added{"C2", "New", "EUR", {invoice("I9", "not_paid", "1.00")}};
    NightlyReport report(kMonday, kSunday);
    const NightlyReport::Published p_gone{gone, kToken}, p_before{before, kToken},
        p_after{after, kOtherToken}, p_added{added, kToken};
    report.add(&p_gone, nullptr);
    report.add(&p_before, &p_after);
    report.add(nullptr, &p_added);
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
    CHECK(numbers("links_rotated") == std::vector<std::string>{"C1"});
    CHECK(changes["links_rotated"]["listed"][0]["page"] == "site/new/index.html");
    CHECK(changes["became_overdue"]["listed"][0]["days_overdue"] == 1);
    CHECK(report.to_json()["customers"] == 2);
}

TEST_CASE("a customer whose build failed is listed and counted as its portal still shows it") {
    CustomerSummary published{"C1", "A", "EUR", {invoice("I1", "not_paid", "10.00")}};
    NightlyReport report(kMonday, kSunday);
    const NightlyReport::Published p{published, kToken};
    report.failed("C1", &p, "template t.mustache:5: unknown key \"x\"");
    report.failed("C2", nullptr, "disk full");
    auto json = report.to_json();
    CHECK(json["customers"] == 1);  // C2 was never published
    CHECK(json["counts"]["invoice"]["not_paid"] == 1);
    CHECK(json["due_by_age"]["EUR"]["current"] == "10.00");
    const auto& failed = json["failures"];
    CHECK(failed["count"] == 2);
    CHECK(failed["listed"][0]["customer"] == "C1");
    CHECK(failed["listed"][0]["name"] == "A");
    CHECK(failed["listed"][0]["error"] == "template t.mustache:5: unknown key \"x\"");
    CHECK(failed["listed"][1]["error"] == "disk full");
    // Nothing else counts as a change: the failed customers were not compared.
    CHECK(json["changes"]["customers_added"]["count"] == 0);
}

TEST_CASE("the outbox is counted by reason and the archive's work is reported") {
    NightlyReport report(kMonday, std::nullopt);
    report.message_written("new_portal");
    report.message_written("alerts_changed");
    report.message_written("new_portal");
    report.archived(3, {"archive/2026/C1/B.pdf: would change", "archive/2026/C1/A.pdf: x"});
    const auto json = report.to_json();
    CHECK(json["outbox"]["messages"] == 3);
    CHECK(json["outbox"]["by_reason"]["new_portal"] == 2);
    CHECK(json["outbox"]["by_reason"]["alerts_changed"] == 1);
    CHECK(json["archive"]["archived"] == 3);
    CHECK(json["archive"]["conflicts"]["count"] == 2);
    CHECK(json["archive"]["conflicts"]["listed"][0] == "archive/2026/C1/A.pdf: x");
}
