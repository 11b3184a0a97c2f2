// NightlyReport: the administrators' summary of a build — counts per status, amounts due by age,
// and what changed since the previous run — gathered one customer at a time in bounded memory.
#pragma once

#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/decimal.h"
#include "publish/customer_summary.h"

namespace portalgen {

class NightlyReport {
  public:
    // Age buckets of the amounts due, by days overdue.
    static constexpr std::array<const char*, 5> kAgeBuckets = {"not_due", "1-30", "31-60", "61-90",
                                                               "over_90"};
    // Each list of changes keeps at most this many entries (and counts them all).
    static constexpr std::size_t kMaxListed = 500;

    // `previous_as_of`: the as-of date of the previous build, none on the first one (then
    // nothing counts as a change).
    NightlyReport(Date as_of, std::optional<Date> previous_as_of);

    // One customer: as the previous build left it (nullptr: it is new) and now (nullptr: it was
    // removed). Call in customer id order for a stable report.
    void add(const CustomerSummary* before, const CustomerSummary* after);
    // A customer whose build failed: listed with `error`, and counted as `published` (what the
    // previous build left of it; nullptr if none) without comparing.
    void failed(const std::string& id, const CustomerSummary* published, const std::string& error);

    nlohmann::ordered_json to_json() const;

  private:
    struct ChangeList {
        std::size_t count = 0;
        std::vector<nlohmann::ordered_json> listed;
    };
    void note(const std::string& list, nlohmann::ordered_json entry);
    // Adds a customer's documents to the counts and amounts due.
    void count(const CustomerSummary& customer);

    Date as_of_;
    std::optional<Date> previous_as_of_;
    std::size_t customers_ = 0;
    std::map<std::string, std::map<std::string, std::size_t>> counts_;  // kind → status → n
    std::map<std::string, std::array<Decimal, kAgeBuckets.size()>> due_by_age_;  // per currency
    std::map<std::string, ChangeList> changes_;
};

}  // namespace portalgen
