// The dashboard's view model: the alerts, most urgent first, then one tile per section with its
// count, the services in progress and the success packs.
#include <algorithm>

#include "compute/statement.h"
#include "view/portal_views.h"

namespace portalgen {

namespace {

// What an alert says and which action it offers.
struct AlertText {
    const char* key;        // alert.<key>.title / .text
    const char* level;      // danger, warning or info: how urgent
    const char* days_key;   // note.<days_key>: how the day count reads
    const char* action;     // action.<action>: the link's label
    DocumentKind document;  // the document the alert is about
};

AlertText alert_text(AlertKind kind) {
    switch (kind) {
        case AlertKind::to_renew:
            return {"to_renew", "danger", "days_left", "change_method", DocumentKind::subscription};
        case AlertKind::recently_closed:
            return {"recently_closed", "danger", "days_ago", "support", DocumentKind::subscription};
        case AlertKind::overdue:
            return {"overdue", "danger", "overdue", "pay", DocumentKind::invoice};
        case AlertKind::at_risk:
            return {"at_risk", "warning", "in_days", "change_method", DocumentKind::subscription};
        case AlertKind::quotation_expiring:
            return {"quotation_expiring", "info", "days_left", "accept", DocumentKind::quotation};
    }
    return {"overdue", "danger", "overdue", "pay", DocumentKind::invoice};
}

const std::string& action_template(AlertKind kind, const Actions& actions) {
    switch (kind) {
        case AlertKind::to_renew:
        case AlertKind::at_risk:
            return actions.change_payment_method;
        case AlertKind::recently_closed:
            return actions.support;
        case AlertKind::overdue:
            return actions.pay_invoice;
        case AlertKind::quotation_expiring:
            return actions.accept_quotation;
    }
    return actions.support;
}

// count_<key>, and note_<key> / has_note_<key> when `noted` is not zero.
void set_tile(MustacheData& v, const PortalContext& c, const std::string& key, size_t count,
              size_t noted) {
    v["count_" + key] = c.format.integer(static_cast<long long>(count));
    v["has_note_" + key] = noted > 0;
    v["note_" + key] = noted > 0 ? c.labels.plural("dashboard.tile_note." + key,
                                                   static_cast<long long>(noted), c.format)
                                 : std::string();
}

template <typename Views, typename Pred>
size_t count_if(const Views& views, Pred pred) {
    return static_cast<size_t>(std::count_if(views.begin(), views.end(), pred));
}

void set_tiles(MustacheData& v, const PortalContext& c) {
    const Account& a = c.account;
    auto has = [](Status status, std::initializer_list<Status> any) {
        return std::find(any.begin(), any.end(), status) != any.end();
    };
    set_tile(v, c, "quotations", a.quotations.size(),
             count_if(a.quotations, [&](auto& q) { return q.status.status == Status::waiting; }));
    set_tile(v, c, "orders", a.orders.size(), 0);
    const size_t to_pay = count_if(a.invoices, [](auto& i) { return is_open(i); });
    set_tile(v, c, "invoices", a.invoices.size() + a.credit_notes.size(), to_pay);
    // What is still to pay, net of unapplied credit: the statement's total due.
    v["has_amount_due"] = to_pay > 0;
    set_money(v, "amount_due", total_due(compute_statement(a)), c);
    set_tile(v, c, "subscriptions", a.subscriptions.size(), count_if(a.subscriptions, [&](auto& s) {
                 return s.status.status == Status::to_renew;
             }));
    set_tile(
        v, c, "tickets", a.tickets.size(), count_if(a.tickets, [&](auto& t) {
            return has(t.status, {Status::new_, Status::in_progress, Status::waiting_customer});
        }));
    set_tile(v, c, "payment_methods", a.payment_methods.size(),
             count_if(a.payment_methods, [](auto& m) { return m.status == Status::expired; }));
    Decimal hours_left;
    for (const auto& p : a.success_packs) hours_left += p.remaining;
    v["count_success_packs"] = c.format.integer(static_cast<long long>(a.success_packs.size()));
    v["has_note_success_packs"] = !a.success_packs.empty();
    v["note_success_packs"] = c.labels.format(
        "dashboard.tile_note.success_packs",
        {{"hours",
          c.labels.format("success_packs.hours", {{"hours", c.format.number(hours_left)}})}});
}

}  // namespace

MustacheList alert_rows(const PortalContext& c, const std::string& path) {
    MustacheList list;
    for (const Alert& alert : c.account.alerts) {
        const AlertText text = alert_text(alert.kind);
        const std::string key = std::string("alert.") + text.key;
        const std::string date = c.format.date(alert.date);
        const std::string days =
            c.labels.plural(std::string("note.") + text.days_key, alert.days, c.format);
        const std::string amount = c.format.money(alert.amount);
        MustacheData row;
        row["kind"] = std::string(text.key);
        row["level"] = std::string(text.level);
        row["is_danger"] = std::string(text.level) == "danger";
        row["title"] = c.labels.format(key + ".title", {{"number", alert.number}});
        row["text"] = c.labels.format(key + ".text", {{"number", alert.number},
                                                      {"date", date},
                                                      {"deadline", date},
                                                      {"days", days},
                                                      {"amount", amount}});
        row["number"] = alert.number;
        row["href_document"] = relative_link(path, c.document(text.document, alert.number));
        set_date(row, "date", alert.date, c);
        row["days"] = days;
        set_money(row, "amount", alert.amount, c);
        set_action(row, "action", action_template(alert.kind, c.company().actions), alert.number,
                   c);
        row["action_label"] = c.labels.text(std::string("action.") + text.action);
        list.push_back(std::move(row));
    }
    return list;
}

PageView dashboard_page(const PortalContext& c) {
    const std::string path = c.section(Section::dashboard);
    MustacheData v =
        layout_view(c, path, Section::dashboard, false, c.labels.text("dashboard.title"));
    v["welcome"] = c.labels.format("dashboard.welcome", {{"name", c.customer().name}});
    MustacheList alerts = alert_rows(c, path);
    v["has_alerts"] = !alerts.empty();
    v["alerts"] = std::move(alerts);
    set_tiles(v, c);
    set_download_links(v, c, path);
    v["href_statement_pdf"] = relative_link(path, statement_pdf(c.token, c.account.as_of));
    MustacheList services;
    for (const auto& o : c.account.orders)
        if (o.status.status == Status::active || o.status.status == Status::upcoming)
            services.push_back(order_row(c, path, o));
    v["has_services"] = !services.empty();
    v["services"] = std::move(services);
    MustacheList packs;
    for (const auto& p : c.account.success_packs) packs.push_back(pack_row(c, p));
    v["has_packs"] = !packs.empty();
    v["packs"] = std::move(packs);
    return {path, "dashboard", std::move(v)};
}

}  // namespace portalgen
