// The shards' reports merge into the report of a whole build: sums, lists in one order, the
// first entries kept of long lists, and the run from the earliest start to the latest end.
#include <catch2/catch.hpp>

#include "publish/nightly_report.h"
#include "publish/report_run.h"

using namespace portalgen;

namespace {

const Date kToday = *Date::parse("2026-11-23");
const Date kYesterday = *Date::parse("2026-11-22");

// Customer `i` on two nights: one overdue invoice, due `i` days ago, and a subscription to renew;
// one in two has a new invoice since yesterday.
struct TwoNights {
    CustomerSummary before, after;
    std::string token;
};

TwoNights customer(int i) {
    const std::string id = "C" + std::to_string(1000 + i);
    DocumentSummary overdue{"invoice", "INV-" + id, "overdue", std::to_string(i) + ".25",
                            i,         "900.00",    ""};
    overdue.due = kToday.plus_days(-i).to_string();
    DocumentSummary renew{"subscription", "SUB-" + id, "to_renew", "", 0, "", ""};
    renew.deadline = kToday.plus_days(i % 7).to_string();
    DocumentSummary fresh{"invoice", "NEW-" + id, "not_paid", "10.00", 0, "10.00", ""};
    fresh.due = kToday.plus_days(30).to_string();
    const std::string currency = i % 3 ? "EUR" : "JPY";
    TwoNights c{{id, "Name " + id, currency, {overdue}, "en"},
                {id, "Name " + id, currency, {overdue, renew}, i % 5 ? "en" : "fr"},
                "t" + std::to_string(i)};
    if (i % 2) c.after.documents.push_back(fresh);
    if (currency == "JPY") c.after.documents[0].amount_due = std::to_string(i);
    return c;
}

void add(NightlyReport& report, const TwoNights& c) {
    const NightlyReport::Published before{c.before, c.token}, after{c.after, c.token};
    report.add(&before, &after);
    report.message_written(c.before.id.back() == '0' ? "new_portal" : "alerts_changed");
}

}  // namespace

TEST_CASE("three shards' reports merge into the whole build's report") {
    // More customers than a list keeps, so the merge must keep the same first entries.
    const int customers = 1234;
    NightlyReport whole(kToday, kYesterday);
    std::vector<NightlyReport> shards(3, NightlyReport(kToday, kYesterday));
    for (int i = 1; i <= customers; ++i) {
        const TwoNights c = customer(i);
        add(whole, c);
        add(shards[static_cast<std::size_t>(i * 7 % 3)], c);  // not in id order per shard
    }
    whole.failed("C9999", nullptr, "disk full");
    shards[1].failed("C9999", nullptr, "disk full");
    whole.archived(4, {"b", "a"});
    shards[0].archived(1, {"b"});
    shards[2].archived(3, {"a"});

    NightlyReport merged(kToday, kYesterday);
    for (const NightlyReport& shard : shards) merged.merge(shard.to_json());
    const auto expected = whole.to_json();
    const auto got = merged.to_json();
    CHECK(got["action"]["overdue"]["count"] == customers);
    CHECK(got["action"]["overdue"]["listed"].size() == ReportList::kMaxListed);
    CHECK(got["action"]["overdue"]["listed"][0]["days_overdue"] == customers);  // the oldest
    for (const auto& [section, value] : expected.items()) CHECK(got[section] == value);
    CHECK(got == expected);
}

TEST_CASE("a merge refuses what is not a report") {
    NightlyReport merged(kToday, std::nullopt);
    CHECK_THROWS_WITH(merged.merge(nlohmann::ordered_json{{"as_of", "2026-11-23"}}),
                      Catch::Contains("not a report"));
}

TEST_CASE("the night's run: earliest start, latest end, worst exit status, sums") {
    ReportRun a{"2026-11-23T02:00:05Z",
                "2026-11-23T02:10:00Z",
                595000,
                "1.0",
                "1-of-2",
                0,
                10,
                2,
                0,
                0,
                {}};
    ReportRun b{
        "2026-11-23T01:59:00Z", "2026-11-23T02:03:30Z", 270000, "1.0", "2-of-2", 1, 7, 0, 1, 0, {}};
    const ReportRun night = merge_runs({a, b});
    CHECK(night.started == "2026-11-23T01:59:00Z");
    CHECK(night.finished == "2026-11-23T02:10:00Z");
    CHECK(night.duration_ms == 660000);
    CHECK(night.exit_status == 1);
    CHECK(night.built == 17);
    CHECK(night.unchanged == 2);
    CHECK(night.failed == 1);
    CHECK(night.shard == "merged");
    CHECK(night.version == "1.0");
    CHECK(report_run_from_json(to_json(a)).started == a.started);
    CHECK(milliseconds_between("2026-11-22T23:59:59Z", "2026-11-23T00:00:01Z") == 2000);
}
