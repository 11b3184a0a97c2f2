#include "view/calendar_view.h"

#include <algorithm>
#include <tuple>

#include "core/slug.h"
#include "core/url_host.h"

namespace portalgen {

namespace {

class CalendarBuilder {
  public:
    explicit CalendarBuilder(const PortalContext& c)
        : c_(c), host_(url_host(c.company().portal_url)), customer_(slug_of(c.customer().id)) {}

    CalendarView build() {
        CalendarView v{c_.labels.format("calendar.name", {{"company", c_.company().name}}),
                       language_folder(c_.language),
                       c_.account.as_of,
                       {}};
        invoices(v.events);
        subscriptions(v.events);
        quotations(v.events);
        cards(v.events);
        std::stable_sort(v.events.begin(), v.events.end(),
                         [](const CalendarEvent& a, const CalendarEvent& b) {
                             return std::tie(a.date, a.uid) < std::tie(b.date, b.uid);
                         });
        return v;
    }

  private:
    std::string uid(const char* kind, const std::string& id) const {
        return std::string(kind) + "-" + customer_ + "-" + slug_of(id) + "@" + host_;
    }

    CalendarEvent event(const char* kind, const std::string& id, Date date, const std::string& key,
                        LabelArgs args) const {
        return {uid(kind, id), date, c_.labels.format("calendar." + key, args),
                c_.labels.format("calendar." + key + "_text", args)};
    }

    void invoices(std::vector<CalendarEvent>& out) const {
        for (const ComputedInvoice& i : c_.account.invoices) {
            const Status s = i.status.status;
            if (s != Status::not_paid && s != Status::partial && s != Status::overdue) continue;
            out.push_back(event("invoice", i.doc->number, i.status.due, "invoice_due",
                                {{"number", i.doc->number},
                                 {"amount", c_.format.money(i.status.amount_due)},
                                 {"company", c_.company().name}}));
        }
    }

    void subscriptions(std::vector<CalendarEvent>& out) const {
        for (const ComputedSubscription& s : c_.account.subscriptions) {
            const bool to_renew = s.status.status == Status::to_renew;
            if (!to_renew && s.status.status != Status::in_progress) continue;
            const Date date = to_renew ? *s.status.deadline : s.doc->next_invoice;
            out.push_back(event("renewal", s.doc->number, date,
                                to_renew ? "renewal_deadline" : "renewal",
                                {{"number", s.doc->number},
                                 {"plan", s.doc->plan.in(c_.language)},
                                 {"amount", c_.format.money(s.totals.total)},
                                 {"company", c_.company().name}}));
        }
    }

    void quotations(std::vector<CalendarEvent>& out) const {
        for (const ComputedQuotation& q : c_.account.quotations) {
            if (q.status.status != Status::waiting || !q.doc->valid_until) continue;
            out.push_back(event("quotation", q.doc->number, *q.doc->valid_until, "quotation_expiry",
                                {{"number", q.doc->number},
                                 {"amount", c_.format.money(q.totals.total)},
                                 {"company", c_.company().name}}));
        }
    }

    void cards(std::vector<CalendarEvent>& out) const {
        for (const ComputedPaymentMethod& m : c_.account.payment_methods) {
            if (m.status != Status::valid) continue;
            out.push_back(
                event("card", m.doc->id, m.doc->expires.last_day(), "card_expiry",
                      {{"card", card_label(*m.doc, c_)}, {"company", c_.company().name}}));
        }
    }

    const PortalContext& c_;
    const std::string host_;
    const std::string customer_;
};

}  // namespace

CalendarView calendar_view(const PortalContext& c) {
    return CalendarBuilder(c).build();
}

}  // namespace portalgen
