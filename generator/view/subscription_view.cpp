// The subscriptions list and a subscription's page: plan, period, next invoice, payment method,
// the renewal deadline or closing date, recurring lines, its invoices and the
// "Change payment method" link.
#include "model/enums.h"
#include "view/portal_views.h"

namespace portalgen {

namespace {

// An expired card (the customer must replace it: a link to the payment methods page) says more
// than "at risk", which it implies while the subscription runs: only one of them is shown.
void set_card_warnings(MustacheData& v, const PortalContext& c, const std::string& path,
                       const ComputedSubscription& s) {
    v["is_card_expired"] = s.status.card_expired;
    v["href_payment_methods"] = relative_link(path, c.section(Section::payment_methods));
    v["is_at_risk"] =
        s.status.at_risk && s.status.status == Status::in_progress && !s.status.card_expired;
}

}  // namespace

PageView subscriptions_page(const PortalContext& c) {
    const std::string path = c.section(Section::subscriptions);
    MustacheData v =
        layout_view(c, path, Section::subscriptions, false, c.labels.text("subscriptions.title"));
    MustacheList rows;
    for (const auto& s : c.account.subscriptions) {
        MustacheData row;
        row["number"] = s.doc->number;
        row["href"] = relative_link(path, c.document(DocumentKind::subscription, s.doc->number));
        row["plan"] = s.doc->plan.in(c.language);
        set_date(row, "next_invoice", s.doc->next_invoice, c);
        set_status(row, "subscription", s.status.status, c);
        set_card_warnings(row, c, path, s);
        set_money(row, "total", s.totals.total, c);
        rows.push_back(std::move(row));
    }
    v["count"] = c.format.integer(static_cast<long long>(rows.size()));
    v["has_rows"] = !rows.empty();
    v["rows"] = std::move(rows);
    return {path, "subscriptions", std::move(v)};
}

PageView subscription_page(const PortalContext& c, const ComputedSubscription& s) {
    const Subscription& doc = *s.doc;
    const std::string path = c.document(DocumentKind::subscription, doc.number);
    MustacheData v = layout_view(c, path, Section::subscriptions, true,
                                 c.labels.text("subscription.title") + " " + doc.number);
    v["number"] = doc.number;
    v["plan"] = doc.plan.in(c.language);
    set_status(v, "subscription", s.status.status, c);
    set_date(v, "start", doc.start, c);
    set_date(v, "next_invoice", doc.next_invoice, c);
    v["period_label"] = c.labels.text("period." + std::string(to_string(doc.period)));
    v["has_payment_method"] = s.payment_method != nullptr;
    v["payment_method"] = s.payment_method ? card_label(*s.payment_method, c) : std::string();
    v["payment_method_expires"] =
        s.payment_method ? c.format.month(s.payment_method->expires) : std::string();
    const bool to_renew = s.status.status == Status::to_renew;
    v["is_to_renew"] = to_renew;
    set_date(v, "deadline", s.status.deadline, c);
    v["days_left"] =
        to_renew ? c.labels.plural("note.days_left", *s.status.days_left, c.format) : "";
    v["to_renew_text"] = to_renew ? c.labels.format("subscription.to_renew_banner",
                                                    {{"date", c.format.date(*s.status.deadline)},
                                                     {"days", v["days_left"].string_value()}})
                                  : "";
    v["is_closed"] = s.status.status == Status::closed;
    set_date(v, "closed_on", s.status.closed_on, c);
    v["closed_text"] = s.status.closed_on
                           ? c.labels.format("subscription.closed_banner",
                                             {{"date", c.format.date(*s.status.closed_on)}})
                           : "";
    set_card_warnings(v, c, path, s);
    v["at_risk_text"] = v["is_at_risk"].is_true()
                            ? c.labels.format("subscription.at_risk_banner",
                                              {{"date", c.format.date(doc.next_invoice)}})
                            : "";
    v["card_expired_text"] =
        s.status.card_expired
            ? c.labels.format("subscription.card_expired_banner",
                              {{"card", v["payment_method"].string_value()},
                               {"month", v["payment_method_expires"].string_value()}})
            : "";
    set_lines_and_totals(v, doc.lines, s.totals, c);
    MustacheList invoices;
    for (const ComputedInvoice* i : invoices_and_credit_notes(c.account))
        if (i->doc->subscription == doc.number)
            invoices.push_back(related_row(c, path, DocumentKind::invoice, i->doc->number,
                                           i->doc->date, "invoice", i->status.status,
                                           i->totals.total));
    v["has_invoices"] = !invoices.empty();
    v["invoices"] = std::move(invoices);
    set_action(v, "change_method",
               s.status.status == Status::closed && !s.status.deadline
                   ? ""
                   : c.company().actions.change_payment_method,
               doc.number, c);
    return {path, "subscription", std::move(v)};
}

}  // namespace portalgen
