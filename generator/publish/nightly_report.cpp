#include "publish/nightly_report.h"

#include <stdexcept>
#include <unordered_map>

#include "core/currency.h"

namespace portalgen {

namespace {

using Json = nlohmann::ordered_json;

// The order of the change lists in the report.
constexpr const char* kChangeLists[] = {"build_failed",    "entered_to_renew", "closed",
                                        "became_overdue",  "new_invoices",     "new_credit_notes",
                                        "customers_added", "customers_removed"};

std::size_t age_bucket(int days_overdue) {
    if (days_overdue <= 0) return 0;
    if (days_overdue <= 30) return 1;
    if (days_overdue <= 60) return 2;
    if (days_overdue <= 90) return 3;
    return 4;
}

Json document_entry(const CustomerSummary& customer, const DocumentSummary& document) {
    Json entry{{"customer", customer.id}, {"name", customer.name}, {"number", document.number}};
    if (!document.amount_due.empty()) {
        entry["amount_due"] = document.amount_due;
        entry["currency"] = customer.currency;
    }
    if (document.days_overdue) entry["days_overdue"] = document.days_overdue;
    return entry;
}

}  // namespace

NightlyReport::NightlyReport(Date as_of, std::optional<Date> previous_as_of)
    : as_of_(as_of), previous_as_of_(previous_as_of) {
    for (const char* list : kChangeLists) changes_[list];
}

void NightlyReport::note(const std::string& list, Json entry) {
    ChangeList& changes = changes_[list];
    ++changes.count;
    if (changes.listed.size() < kMaxListed) changes.listed.push_back(std::move(entry));
}

void NightlyReport::add(const CustomerSummary* before, const CustomerSummary* after) {
    bool compare = previous_as_of_.has_value();
    if (!after) {
        if (compare && before)
            note("customers_removed", {{"customer", before->id}, {"name", before->name}});
        return;
    }
    count(*after);
    if (!compare) return;
    if (!before) {
        note("customers_added", {{"customer", after->id}, {"name", after->name}});
        return;
    }
    std::unordered_map<std::string, const DocumentSummary*> previous;
    for (const DocumentSummary& d : before->documents) previous[d.kind + '\n' + d.number] = &d;
    for (const DocumentSummary& d : after->documents) {
        auto found = previous.find(d.kind + '\n' + d.number);
        const DocumentSummary* old = found == previous.end() ? nullptr : found->second;
        bool changed = !old || old->status != d.status;
        if (d.kind == "subscription" && changed && d.status == "to_renew")
            note("entered_to_renew", document_entry(*after, d));
        else if (d.kind == "subscription" && changed && d.status == "closed")
            note("closed", document_entry(*after, d));
        else if (d.kind == "invoice" && changed && d.status == "overdue")
            note("became_overdue", document_entry(*after, d));
        if (!old && d.kind == "invoice") note("new_invoices", document_entry(*after, d));
        if (!old && d.kind == "credit_note") note("new_credit_notes", document_entry(*after, d));
    }
}

void NightlyReport::failed(const std::string& id, const CustomerSummary* published,
                           const std::string& error) {
    Json entry{{"customer", id}, {"name", published ? published->name : ""}, {"error", error}};
    note("build_failed", std::move(entry));
    if (published) count(*published);  // its portal still shows what was published before
}

void NightlyReport::count(const CustomerSummary& customer) {
    ++customers_;
    for (const DocumentSummary& d : customer.documents) {
        ++counts_[d.kind][d.status];
        if (!d.amount_due.empty()) {
            auto& buckets = due_by_age_[customer.currency];
            auto amount = Decimal::parse_any(d.amount_due);
            if (!amount.value)
                throw std::runtime_error("customer summary of " + customer.id +
                                         ": bad amount due: " + amount.error);
            // Checked: a sum the program cannot hold stops the report, never wraps.
            buckets[age_bucket(d.days_overdue)] += *amount.value;
        }
    }
}

Json NightlyReport::to_json() const {
    Json report{{"as_of", as_of_.to_string()}};
    report["previous_as_of"] = previous_as_of_ ? Json(previous_as_of_->to_string()) : Json();
    report["customers"] = customers_;
    Json counts = Json::object();
    for (const auto& [kind, statuses] : counts_)
        for (const auto& [status, n] : statuses) counts[kind][status] = n;
    report["counts"] = std::move(counts);
    Json due = Json::object();
    for (const auto& [currency, buckets] : due_by_age_)
        for (std::size_t i = 0; i < kAgeBuckets.size(); ++i)
            due[currency][kAgeBuckets[i]] = buckets[i].to_fixed(currency_digits(currency));
    report["amount_due_by_age"] = std::move(due);
    Json changes = Json::object();
    for (const char* list : kChangeLists) {
        const ChangeList& c = changes_.at(list);
        changes[list] = {{"count", c.count}, {"listed", c.listed}};
    }
    report["changes"] = std::move(changes);
    return report;
}

}  // namespace portalgen
