#include "publish/nightly_report.h"

#include <cstdio>
#include <stdexcept>
#include <unordered_map>

#include "core/currency.h"
#include "model/enums.h"
#include "view/output_paths.h"

namespace portalgen {

namespace {

using Json = nlohmann::ordered_json;

constexpr char kSeparator = '\x01';  // sorts before every character of an id or a number

std::string text_of(const Json& entry, const char* field) {
    return entry.contains(field) ? entry[field].get<std::string>() : std::string();
}

// Entries in customer order, then by document number.
std::string by_customer(const Json& entry) {
    return text_of(entry, "customer") + kSeparator + text_of(entry, "number");
}

// The longest overdue first: an administrator chases the oldest debts first.
std::string by_age(const Json& entry) {
    char inverted[16];
    std::snprintf(inverted, sizeof inverted, "%010d",
                  2'000'000'000 - entry.at("days_overdue").get<int>());
    return inverted + (kSeparator + by_customer(entry));
}

// The nearest deadline first.
std::string by_deadline(const Json& entry) {
    return text_of(entry, "deadline") + kSeparator + by_customer(entry);
}

std::string by_text(const Json& entry) {
    return entry.get<std::string>();
}

ReportList::SortKey action_order(const std::string& list) {
    if (list == "overdue") return by_age;
    if (list == "to_renew") return by_deadline;
    return by_customer;
}

Language language_of(const CustomerSummary& customer) {
    return parse_enum<Language>(customer.language).value_or(Language::en);
}

// A document's page in the customer's portal, relative to OUT; "" when it has none.
std::string page_of(const NightlyReport::Published& customer, const DocumentSummary& d) {
    const Language language = language_of(customer.summary);
    if (d.kind == "invoice" || d.kind == "credit_note")
        return document_page(customer.token, language, DocumentKind::invoice, d.number);
    if (d.kind == "subscription")
        return document_page(customer.token, language, DocumentKind::subscription, d.number);
    if (d.kind == "payment_method")
        return section_page(customer.token, language, Section::payment_methods);
    return "";
}

Json customer_entry(const CustomerSummary& customer) {
    return {{"customer", customer.id}, {"name", customer.name}};
}

Json document_entry(const NightlyReport::Published& customer, const DocumentSummary& d) {
    Json entry = customer_entry(customer.summary);
    entry["number"] = d.number;
    if (!d.amount_due.empty()) {
        entry["amount_due"] = d.amount_due;
        entry["currency"] = customer.summary.currency;
    }
    if (!d.due.empty()) entry["due"] = d.due;
    if (d.days_overdue) entry["days_overdue"] = d.days_overdue;
    if (!d.deadline.empty()) entry["deadline"] = d.deadline;
    if (!d.expires.empty()) entry["expires"] = d.expires;
    if (std::string page = page_of(customer, d); !page.empty()) entry["page"] = page;
    return entry;
}

Decimal parse_amount(const std::string& text, const std::string& where) {
    // Report sums may exceed the input limit, hence parse_any.
    auto amount = Decimal::parse_any(text);
    if (!amount.value) throw std::runtime_error(where + ": bad amount: " + amount.error);
    return *amount.value;
}

}  // namespace

NightlyReport::NightlyReport(Date as_of, std::optional<Date> previous_as_of)
    : as_of_(as_of),
      previous_as_of_(previous_as_of),
      failures_(by_customer),
      conflicts_(by_text),
      gaps_(by_text) {
    for (const char* list : kActionLists) actions_.emplace(list, action_order(list));
    for (const char* list : kChangeLists) changes_.emplace(list, by_customer);
}

void NightlyReport::add(const Published* before, const Published* after) {
    const bool compare = previous_as_of_.has_value();
    if (!after) {
        if (compare && before)
            changes_.at("customers_removed").add(customer_entry(before->summary));
        return;
    }
    count(*after);
    if (!compare) return;
    Json portal = customer_entry(after->summary);
    portal["page"] = portal_entry_page(after->token);
    if (!before) {
        changes_.at("customers_added").add(std::move(portal));
        return;
    }
    if (before->token != after->token) changes_.at("links_rotated").add(std::move(portal));
    note_changes(before->summary, *after);
}

void NightlyReport::note_changes(const CustomerSummary& before, const Published& after) {
    std::unordered_map<std::string, const DocumentSummary*> previous;
    for (const DocumentSummary& d : before.documents) previous[d.kind + '\n' + d.number] = &d;
    for (const DocumentSummary& d : after.summary.documents) {
        auto found = previous.find(d.kind + '\n' + d.number);
        const DocumentSummary* old = found == previous.end() ? nullptr : found->second;
        const bool changed = !old || old->status != d.status;
        if (d.kind == "subscription" && changed && d.status == "to_renew")
            changes_.at("entered_to_renew").add(document_entry(after, d));
        else if (d.kind == "subscription" && changed && d.status == "closed")
            changes_.at("closed").add(document_entry(after, d));
        else if (d.kind == "invoice" && changed && d.status == "overdue")
            changes_.at("became_overdue").add(document_entry(after, d));
        if (!old && d.kind == "invoice") changes_.at("new_invoices").add(document_entry(after, d));
        if (!old && d.kind == "credit_note")
            changes_.at("new_credit_notes").add(document_entry(after, d));
    }
}

void NightlyReport::failed(const std::string& id, const Published* published,
                           const std::string& error) {
    failures_.add(
        {{"customer", id}, {"name", published ? published->summary.name : ""}, {"error", error}});
    if (published) count(*published);  // its portal still shows what was published before
}

void NightlyReport::message_written(const std::string& reason) {
    ++outbox_[reason];
}

void NightlyReport::archived(std::size_t pdfs, const std::vector<std::string>& conflicts) {
    archived_ += pdfs;
    for (const std::string& conflict : conflicts) conflicts_.add(conflict);
}

void NightlyReport::numbering_gaps(const std::vector<std::string>& gaps) {
    gaps_known_ = true;
    for (const std::string& gap : gaps) gaps_.add(gap);
}

void NightlyReport::count(const Published& customer) {
    ++customers_;
    for (const DocumentSummary& d : customer.summary.documents) {
        ++counts_[d.kind][d.status];
        if (!d.amount_due.empty()) add_due(customer.summary, d);
        note_actions(customer, d);
    }
}

void NightlyReport::add_due(const CustomerSummary& customer, const DocumentSummary& invoice) {
    // A summary stored before due dates were kept: its days overdue date it.
    const std::optional<Date> due = invoice.due.empty()
                                        ? std::optional(as_of_.plus_days(-invoice.days_overdue))
                                        : Date::parse(invoice.due);
    if (!due) throw std::runtime_error("customer summary of " + customer.id + ": bad due date");
    // Checked: a sum the program cannot hold stops the report, never wraps.
    due_by_age_[customer.currency][static_cast<std::size_t>(age_bucket(*due, as_of_))] +=
        parse_amount(invoice.amount_due, "customer summary of " + customer.id);
}

void NightlyReport::note_actions(const Published& customer, const DocumentSummary& d) {
    if (d.kind == "invoice" && d.status == "overdue") {
        Json entry = document_entry(customer, d);
        const auto due = Date::parse(d.due);
        entry["age"] = to_string(due ? age_bucket(*due, as_of_) : AgeBucket::over_90);
        actions_.at("overdue").add(std::move(entry));
    }
    if (d.kind == "subscription" && d.status == "to_renew")
        actions_.at("to_renew").add(document_entry(customer, d));
    if (d.kind == "subscription" && d.at_risk)
        actions_.at("at_risk").add(document_entry(customer, d));
    const auto expires = Date::parse(d.expires);
    if (d.kind == "payment_method" && d.status == "valid" && expires &&
        expires->year() == as_of_.year() && expires->month() == as_of_.month())
        actions_.at("cards_expiring").add(document_entry(customer, d));
}

void NightlyReport::merge(const Json& report) {
    try {
        customers_ += report.at("customers").get<std::size_t>();
        for (const auto& [kind, statuses] : report.at("counts").items())
            for (const auto& [status, n] : statuses.items())
                counts_[kind][status] += n.get<std::size_t>();
        for (const auto& [currency, buckets] : report.at("due_by_age").items())
            for (AgeBucket bucket : kAgeBuckets)
                due_by_age_[currency][static_cast<std::size_t>(bucket)] += parse_amount(
                    buckets.at(std::string(to_string(bucket))).get<std::string>(), "report");
        for (auto& [name, list] : actions_) list.merge(report.at("action").at(name));
        for (auto& [name, list] : changes_) list.merge(report.at("changes").at(name));
        failures_.merge(report.at("failures"));
        for (const auto& [reason, n] : report.at("outbox").at("by_reason").items())
            outbox_[reason] += n.get<std::size_t>();
        archived_ += report.at("archive").at("archived").get<std::size_t>();
        conflicts_.merge(report.at("archive").at("conflicts"));
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(std::string("not a report of this portalgen: ") + e.what());
    }
}

Json NightlyReport::to_json() const {
    Json report{{"as_of", as_of_.to_string()}};
    report["previous_as_of"] = previous_as_of_ ? Json(previous_as_of_->to_string()) : Json();
    report["customers"] = customers_;
    report["failures"] = failures_.to_json();
    Json action = Json::object();
    for (const char* list : kActionLists) action[list] = actions_.at(list).to_json();
    report["action"] = std::move(action);
    Json due = Json::object();
    for (const auto& [currency, buckets] : due_by_age_)
        for (AgeBucket bucket : kAgeBuckets)
            due[currency][std::string(to_string(bucket))] =
                buckets[static_cast<std::size_t>(bucket)].to_fixed(currency_digits(currency));
    report["due_by_age"] = std::move(due);
    Json changes = Json::object();
    for (const char* list : kChangeLists) changes[list] = changes_.at(list).to_json();
    report["changes"] = std::move(changes);
    std::size_t messages = 0;
    for (const auto& [reason, n] : outbox_) messages += n;
    report["outbox"] = {{"messages", messages}, {"by_reason", outbox_}};
    report["archive"] = {{"archived", archived_},
                         {"conflicts", conflicts_.to_json()},
                         {"gaps", gaps_known_ ? gaps_.to_json() : Json()}};
    Json counts = Json::object();
    for (const auto& [kind, statuses] : counts_)
        for (const auto& [status, n] : statuses) counts[kind][status] = n;
    report["counts"] = std::move(counts);
    return report;
}

}  // namespace portalgen
