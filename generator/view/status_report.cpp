#include "view/status_report.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/terminal_text.h"
#include "model/enums.h"
#include "view/output_paths.h"

namespace portalgen {

namespace {

using Json = nlohmann::ordered_json;

std::string money(const Account& a, Decimal amount) {
    return amount.to_fixed(a.currency_digits);
}

Json quotation_row(const Account& a, const ComputedQuotation& q) {
    Json row{
        {"kind", "quotation"}, {"number", q.doc->number}, {"status", to_string(q.status.status)}};
    if (q.doc->valid_until) row["valid_until"] = q.doc->valid_until->to_string();
    row["total"] = money(a, q.totals.total);
    return row;
}

Json order_row(const Account& a, const ComputedOrder& o) {
    Json row{{"kind", "order"}, {"number", o.doc->number}, {"status", to_string(o.status.status)}};
    if (o.status.progress) row["progress"] = *o.status.progress;
    row["total"] = money(a, o.totals.total);
    return row;
}

Json invoice_row(const Account& a, const ComputedInvoice& i) {
    Json row{{"kind", "invoice"},
             {"number", i.doc->number},
             {"status", to_string(i.status.status)},
             {"total", money(a, i.totals.total)},
             {"amount_due", money(a, i.status.amount_due)},
             {"due", i.status.due.to_string()}};
    if (i.status.paid_on) row["paid_on"] = i.status.paid_on->to_string();
    if (i.status.days_overdue) row["days_overdue"] = *i.status.days_overdue;
    return row;
}

Json subscription_row(const ComputedSubscription& s) {
    Json row{{"kind", "subscription"},
             {"number", s.doc->number},
             {"status", to_string(s.status.status)},
             {"next_invoice", s.doc->next_invoice.to_string()}};
    if (s.status.status == Status::to_renew) {
        row["deadline"] = s.status.deadline->to_string();
        row["days_left"] = *s.status.days_left;
    }
    if (s.status.closed_on) row["closed_on"] = s.status.closed_on->to_string();
    if (s.status.status != Status::closed) row["at_risk"] = s.status.at_risk;
    return row;
}

// One row per document, in SPEC section 2's order; fields that do not apply are left out.
std::vector<Json> documents(const Account& a) {
    std::vector<Json> out;
    for (const auto& q : a.quotations) out.push_back(quotation_row(a, q));
    for (const auto& o : a.orders) out.push_back(order_row(a, o));
    for (const auto& i : a.invoices) out.push_back(invoice_row(a, i));
    for (const auto& c : a.credit_notes)
        out.push_back({{"kind", "credit_note"},
                       {"number", c.doc->number},
                       {"status", to_string(c.status.status)},
                       {"total", money(a, c.totals.total)}});
    for (const auto& s : a.subscriptions) out.push_back(subscription_row(s));
    for (const auto& m : a.payment_methods)
        out.push_back({{"kind", "payment_method"},
                       {"number", m.doc->id},
                       {"status", to_string(m.status)},
                       {"expires_on", m.doc->expires.last_day().to_string()}});
    for (const auto& t : a.tickets)
        out.push_back(
            {{"kind", "ticket"}, {"number", t.doc->ref}, {"status", to_string(t.status)}});
    for (const auto& p : a.success_packs)
        out.push_back({{"kind", "success_pack"},
                       {"number", p.doc->name.en},
                       {"remaining", p.remaining.to_string()}});
    return out;
}

// Left-aligned columns wide enough for their longest cell (UTF-8 aware), each cell's control
// characters escaped.
std::string columns(std::vector<std::vector<std::string>> rows) {
    for (auto& row : rows)
        for (std::string& cell : row) cell = escape_controls(cell);
    auto width = [](const std::string& s) {
        return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) {
            return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        }));
    };
    std::vector<size_t> widths;
    for (const auto& row : rows)
        for (size_t i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) widths.push_back(0);
            widths[i] = std::max(widths[i], width(row[i]));
        }
    std::string out;
    for (const auto& row : rows) {
        std::string line = "  ";
        for (size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line += std::string(widths[i] - width(row[i]) + 2, ' ');
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    }
    return out;
}

}  // namespace

std::string status_json(Date as_of, const std::vector<AccountWithToken>& accounts) {
    Json customers = Json::array();
    for (const auto& [account, token] : accounts) {
        customers.push_back({{"id", account.customer->id},
                             {"portal", portal_folder(token)},
                             {"documents", documents(account)}});
    }
    Json root{{"as_of", as_of.to_string()}, {"customers", std::move(customers)}};
    // dump() escapes the C0 controls only; the others would reach a terminal raw.
    return escape_controls(root.dump(), EscapeStyle::json) + "\n";
}

std::string status_table(Date as_of, const std::vector<AccountWithToken>& accounts) {
    std::ostringstream out;
    out << "Statuses as of " << as_of.to_string() << "\n";
    for (const auto& [account, token] : accounts) {
        const Customer& c = *account.customer;
        out << "\n"
            << escape_controls(c.id + "  " + c.name) << "  (" << to_string(c.language) << ", "
            << account.currency << ")  " << portal_folder(token) << "\n";
        std::vector<std::vector<std::string>> rows{{"KIND", "NUMBER", "STATUS", "DETAILS"}};
        for (const Json& doc : documents(account)) {
            std::string details;
            for (const auto& [key, value] : doc.items()) {
                if (key == "kind" || key == "number" || key == "status") continue;
                details += (details.empty() ? "" : "  ") + key + " " +
                           (value.is_string() ? value.get<std::string>() : value.dump());
            }
            rows.push_back({doc["kind"].get<std::string>(), doc["number"].get<std::string>(),
                            doc.value("status", "-"), details});
        }
        if (rows.size() == 1) rows.push_back({"(no documents)"});
        out << columns(rows);
    }
    return out.str();
}

}  // namespace portalgen
