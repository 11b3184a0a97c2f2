#include "compute/account.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "compute/credit_notes.h"
#include "core/currency.h"

namespace portalgen {

namespace {

// Quotations expiring within this many days are announced on the dashboard.
constexpr int kExpiringSoonDays = 7;
// Subscriptions closed within this many days stay on the dashboard.
constexpr int kRecentlyClosedDays = 30;

template <typename View, typename Key>
void sort_by(std::vector<View>& views, Key key) {
    std::stable_sort(views.begin(), views.end(),
                     [&](const View& a, const View& b) { return key(a) < key(b); });
}

const PaymentMethod* find_method(const Customer& customer, const std::string& id) {
    for (const auto& method : customer.payment_methods)
        if (method.id == id) return &method;
    return nullptr;
}

void add_alerts(Account& account) {
    auto& alerts = account.alerts;
    const Date today = account.as_of;
    for (const auto& s : account.subscriptions) {
        if (s.status.status == Status::to_renew)
            alerts.push_back({AlertKind::to_renew, s.doc->number, *s.status.deadline,
                              *s.status.days_left, s.totals.total});
    }
    for (const auto& s : account.subscriptions) {
        if (s.status.status != Status::closed || !s.status.closed_on) continue;
        int since = today - *s.status.closed_on;
        if (since >= 0 && since <= kRecentlyClosedDays)
            alerts.push_back({AlertKind::recently_closed, s.doc->number, *s.status.closed_on, since,
                              s.totals.total});
    }
    for (const auto& i : account.invoices) {
        if (i.status.status == Status::overdue)
            alerts.push_back({AlertKind::overdue, i.doc->number, i.status.due,
                              *i.status.days_overdue, i.status.amount_due});
    }
    for (const auto& s : account.subscriptions) {
        if (s.status.status == Status::in_progress && s.status.at_risk)
            alerts.push_back({AlertKind::at_risk, s.doc->number, s.doc->next_invoice,
                              s.doc->next_invoice - today, s.totals.total});
    }
    for (const auto& q : account.quotations) {
        if (q.status.days_to_expiry && *q.status.days_to_expiry <= kExpiringSoonDays)
            alerts.push_back({AlertKind::quotation_expiring, q.doc->number, *q.doc->valid_until,
                              *q.status.days_to_expiry, q.totals.total});
    }
    // Most urgent first: by kind (the order above), then the earliest date, then number.
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert& a, const Alert& b) {
        bool a_overdue = a.kind == AlertKind::overdue, b_overdue = b.kind == AlertKind::overdue;
        // The longest overdue first; other kinds by the nearest date.
        auto key = [](const Alert& x, bool overdue) {
            return std::make_tuple(static_cast<int>(x.kind), overdue ? -x.days : x.date.days(),
                                   x.number);
        };
        return key(a, a_overdue) < key(b, b_overdue);
    });
}

}  // namespace

std::string_view to_string(AlertKind kind) {
    switch (kind) {
        case AlertKind::to_renew:
            return "to_renew";
        case AlertKind::recently_closed:
            return "recently_closed";
        case AlertKind::overdue:
            return "overdue";
        case AlertKind::at_risk:
            return "at_risk";
        case AlertKind::quotation_expiring:
            return "quotation_expiring";
    }
    return "?";
}

// Invoices and credit notes, credit notes' totals first: they decide whether an invoice is
// reversed or still due.
static void add_invoices(Account& account, const TaxTable& taxes, Date as_of) {
    const int digits = account.currency_digits;
    std::map<std::string, Decimal> credited;
    std::map<const Invoice*, Totals> invoice_totals;
    for (const auto& i : account.customer->invoices) {
        Totals totals = compute_totals(i.lines, taxes, digits);
        if (counts_against(i, i.reverses)) credited[i.reverses] += totals.total;
        invoice_totals.emplace(&i, std::move(totals));
    }
    for (const auto& i : account.customer->invoices) {
        Totals& totals = invoice_totals[&i];
        auto credit = credited.find(i.number);
        Decimal credit_total = credit == credited.end() ? Decimal{} : credit->second;
        InvoiceStatus status = invoice_status(i, totals.total, credit_total,
                                              account.company->payment_terms_days, as_of);
        auto& list = i.kind == InvoiceKind::invoice ? account.invoices : account.credit_notes;
        list.push_back({&i, status, std::move(totals)});
    }
}

Account compute_account(const Customer& customer, const Company& company, Date as_of) {
    Account account{&customer, &company, as_of, {}, 2, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    account.currency = customer.currency.empty() ? company.currency : customer.currency;
    account.currency_digits = currency_digits(account.currency);
    const int digits = account.currency_digits;
    const TaxTable taxes(company.taxes);

    for (const auto& q : customer.quotations)
        account.quotations.push_back(
            {&q, quotation_status(q, as_of), compute_totals(q.lines, taxes, digits)});
    for (const auto& o : customer.orders)
        account.orders.push_back(
            {&o, order_status(o, as_of), compute_totals(o.lines, taxes, digits)});

    add_invoices(account, taxes, as_of);

    for (const auto& s : customer.subscriptions) {
        const PaymentMethod* method = find_method(customer, s.payment_method);
        account.subscriptions.push_back({&s, method,
                                         subscription_status(s, method, company.grace_days, as_of),
                                         compute_totals(s.lines, taxes, digits)});
    }
    for (const auto& m : customer.payment_methods)
        account.payment_methods.push_back({&m, payment_method_status(m, as_of)});
    for (const auto& t : customer.tickets) account.tickets.push_back({&t, ticket_status(t)});
    for (const auto& p : customer.success_packs)
        account.success_packs.push_back({&p, p.hours - p.used});

    auto dated = [](const auto& view) { return std::tie(view.doc->date, view.doc->number); };
    sort_by(account.quotations, dated);
    sort_by(account.orders, dated);
    sort_by(account.invoices, dated);
    sort_by(account.credit_notes, dated);
    sort_by(account.subscriptions,
            [](const ComputedSubscription& v) { return std::tie(v.doc->start, v.doc->number); });
    sort_by(account.payment_methods, [](const ComputedPaymentMethod& v) {
        return std::make_tuple(v.doc->expires, std::cref(v.doc->id));
    });
    sort_by(account.tickets, [](const ComputedTicket& v) {
        return std::make_tuple(v.doc->opened.utc_seconds, std::cref(v.doc->ref));
    });
    sort_by(account.success_packs,
            [](const ComputedSuccessPack& v) { return std::tie(v.doc->purchased, v.doc->name); });
    add_alerts(account);
    return account;
}

bool same_but_date(Account other, const Account& now) {
    other.as_of = now.as_of;
    other.alerts = now.alerts;
    return other == now;
}

}  // namespace portalgen
