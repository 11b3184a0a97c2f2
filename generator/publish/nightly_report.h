// NightlyReport: the administrators' morning page as data — what needs action today, the amounts
// due by currency and age, what changed since the previous run, the outbox and the archive —
// gathered one customer at a time in bounded memory, and merged from shards' reports.
#pragma once

#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "compute/aging.h"
#include "core/date.h"
#include "core/decimal.h"
#include "publish/customer_summary.h"
#include "publish/report_list.h"

namespace portalgen {

class NightlyReport {
  public:
    // What needs action today, in the report's order.
    static constexpr std::array<const char*, 4> kActionLists = {"overdue", "to_renew", "at_risk",
                                                                "cards_expiring"};
    // What changed since the previous run, in the report's order.
    static constexpr std::array<const char*, 8> kChangeLists = {
        "entered_to_renew", "closed",          "became_overdue",    "new_invoices",
        "new_credit_notes", "customers_added", "customers_removed", "links_rotated"};

    // A customer as a build published it: its summary and its portal's token.
    struct Published {
        const CustomerSummary& summary;
        const std::string& token;
    };

    // `previous_as_of`: the as-of date of the previous build, none on the first one (then
    // nothing counts as a change).
    NightlyReport(Date as_of, std::optional<Date> previous_as_of);

    // One customer: as the previous build left it (nullptr: it is new) and now (nullptr: it was
    // removed).
    void add(const Published* before, const Published* after);
    // A customer whose build failed: listed with `error`, and counted as `published` (what the
    // previous build left of it; nullptr if none) without comparing.
    void failed(const std::string& id, const Published* published, const std::string& error);
    // One message written to the outbox, by its reason ("new_portal", "alerts_changed", ...).
    void message_written(const std::string& reason);
    // The archive's work: PDFs archived, and invoices whose archived PDF would change.
    void archived(std::size_t pdfs, const std::vector<std::string>& conflicts);
    // The gaps of the archive's numbering, each described; a shard's report leaves them out
    // (other shards are still archiving), the merged report has them.
    void numbering_gaps(const std::vector<std::string>& gaps);

    // Adds another report of the same night (a shard's report.json, as to_json() wrote it).
    // Throws std::runtime_error when it is not one.
    void merge(const nlohmann::ordered_json& report);

    Date as_of() const { return as_of_; }
    // Everything but the run (see report_run.h).
    nlohmann::ordered_json to_json() const;

  private:
    void count(const Published& customer);
    void add_due(const CustomerSummary& customer, const DocumentSummary& invoice);
    void note_actions(const Published& customer, const DocumentSummary& d);
    void note_changes(const CustomerSummary& before, const Published& after);

    Date as_of_;
    std::optional<Date> previous_as_of_;
    std::size_t customers_ = 0;
    std::map<std::string, std::map<std::string, std::size_t>> counts_;  // kind → status → n
    std::map<std::string, std::array<Decimal, kAgeBuckets.size()>> due_by_age_;  // per currency
    std::map<std::string, ReportList> actions_;
    std::map<std::string, ReportList> changes_;
    ReportList failures_;
    std::map<std::string, std::size_t> outbox_;  // reason → messages
    std::size_t archived_ = 0;
    ReportList conflicts_;
    bool gaps_known_ = false;
    ReportList gaps_;
};

}  // namespace portalgen
