#include "publish/customer_summary.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "model/enums.h"

namespace portalgen {

namespace {

// The dates and flags the report needs, in an object at the end of a document's row (absent
// from summaries stored before the report needed them).
nlohmann::json extras(const DocumentSummary& d) {
    nlohmann::json extra = nlohmann::json::object();
    if (!d.due.empty()) extra["due"] = d.due;
    if (!d.deadline.empty()) extra["deadline"] = d.deadline;
    if (d.at_risk) extra["at_risk"] = true;
    if (!d.expires.empty()) extra["expires"] = d.expires;
    return extra;
}

void read_extras(const nlohmann::json& extra, DocumentSummary& d) {
    d.due = extra.value("due", "");
    d.deadline = extra.value("deadline", "");
    d.at_risk = extra.value("at_risk", false);
    d.expires = extra.value("expires", "");
}

}  // namespace

CustomerSummary summarize(const Account& account) {
    CustomerSummary summary{account.customer->id,
                            account.customer->name,
                            account.currency,
                            {},
                            std::string(to_string(account.customer->language))};
    auto money = [&](Decimal amount) { return amount.to_fixed(account.currency_digits); };
    auto add = [&](std::string kind, const std::string& number, Status status) {
        DocumentSummary document;
        document.kind = std::move(kind);
        document.number = number;
        document.status = to_string(status);
        summary.documents.push_back(std::move(document));
    };
    for (const auto& q : account.quotations) add("quotation", q.doc->number, q.status.status);
    for (const auto& o : account.orders) add("order", o.doc->number, o.status.status);
    for (const auto& i : account.invoices) {
        add("invoice", i.doc->number, i.status.status);
        DocumentSummary& d = summary.documents.back();
        d.total = money(i.totals.total);
        if (i.status.amount_due > Decimal()) d.amount_due = money(i.status.amount_due);
        d.days_overdue = i.status.days_overdue.value_or(0);
        d.due = i.status.due.to_string();
    }
    for (const auto& c : account.credit_notes) {
        add("credit_note", c.doc->number, c.status.status);
        summary.documents.back().total = money(c.totals.total);
    }
    for (const auto& s : account.subscriptions) {
        add("subscription", s.doc->number, s.status.status);
        DocumentSummary& d = summary.documents.back();
        if (s.status.status == Status::to_renew) d.deadline = s.status.deadline->to_string();
        d.at_risk = s.status.status != Status::closed && s.status.at_risk;
    }
    for (const auto& p : account.payment_methods) {
        add("payment_method", p.doc->id, p.status);
        summary.documents.back().expires = p.doc->expires.last_day().to_string();
    }
    for (const auto& t : account.tickets) add("ticket", t.doc->ref, t.status);
    return summary;
}

std::string to_json(const CustomerSummary& summary) {
    nlohmann::json documents = nlohmann::json::array();
    for (const DocumentSummary& d : summary.documents) {
        nlohmann::json row = {d.kind, d.number, d.status};
        if (!d.total.empty() || !d.amount_due.empty())
            row.insert(row.end(), {d.total, d.amount_due, d.days_overdue, d.pdf});
        if (nlohmann::json extra = extras(d); !extra.empty()) row.push_back(std::move(extra));
        documents.push_back(std::move(row));
    }
    return nlohmann::json{{"id", summary.id},
                          {"name", summary.name},
                          {"currency", summary.currency},
                          {"language", summary.language},
                          {"documents", std::move(documents)}}
        .dump();
}

CustomerSummary customer_summary_from_json(std::string_view text) {
    try {
        nlohmann::json json = nlohmann::json::parse(text);
        CustomerSummary summary{
            json.at("id"), json.at("name"), json.at("currency"), {}, json.value("language", "en")};
        for (nlohmann::json row : json.at("documents")) {
            DocumentSummary d;
            if (row.back().is_object()) {
                read_extras(row.back(), d);
                row.erase(row.size() - 1);
            }
            d.kind = row.at(0);
            d.number = row.at(1);
            d.status = row.at(2);
            // 7 cells; 8 before the PDF was one (its fingerprints never match a new one).
            if (row.size() >= 7) {
                d.total = row.at(3);
                d.amount_due = row.at(4);
                d.days_overdue = row.at(5);
                d.pdf = row.at(6);
            }
            summary.documents.push_back(std::move(d));
        }
        return summary;
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(std::string("malformed customer summary: ") + e.what());
    }
}

}  // namespace portalgen
