#include "compute/reminders.h"

#include <optional>

namespace portalgen {

namespace {

struct ReachedStep {
    ReminderStep step;
    Date day;
};

// Every step of one document's ladder reached on or before `as_of`, in the order they are
// reached (the earliest first): before_due from the largest days down, then after_due up.
std::vector<ReachedStep> reached_invoice_steps(const ReminderLadder& ladder,
                                               const ComputedInvoice& invoice, Date as_of) {
    std::vector<ReachedStep> reached;
    const Date due = invoice.status.due;
    const std::vector<int>& before = ladder.before_due;
    for (auto days = before.rbegin(); days != before.rend(); ++days) {
        const Date day = due.plus_days(-*days);
        if (day >= invoice.doc->date && day <= as_of)
            reached.push_back({{invoice.doc->number, ReminderKind::before_due, *days}, day});
    }
    for (int days : ladder.after_due) {
        const Date day = due.plus_days(days);
        if (day <= as_of)
            reached.push_back({{invoice.doc->number, ReminderKind::after_due, days}, day});
    }
    return reached;
}

std::vector<ReachedStep> reached_card_steps(const ReminderLadder& ladder, const PaymentMethod& card,
                                            Date as_of) {
    std::vector<ReachedStep> reached;
    const Date last_day = card.expires.last_day();
    const std::vector<int>& steps = ladder.card_expiry;
    for (auto days = steps.rbegin(); days != steps.rend(); ++days) {
        const Date day = last_day.plus_days(-*days);
        if (day <= as_of) reached.push_back({{card.id, ReminderKind::card_expiry, *days}, day});
    }
    return reached;
}

// The latest reached step, unless already dealt with; the earlier ones not dealt with ride
// along as passed over.
std::optional<DueReminder> latest_step(const std::vector<ReachedStep>& reached,
                                       const std::set<ReminderStep>& dealt_with) {
    if (reached.empty() || dealt_with.contains(reached.back().step)) return std::nullopt;
    DueReminder due;
    due.step = reached.back().step;
    due.reached_on = reached.back().day;
    for (std::size_t i = 0; i + 1 < reached.size(); ++i)
        if (!dealt_with.contains(reached[i].step)) due.passed_over.push_back(reached[i].step);
    return due;
}

bool awaits_payment(const ComputedInvoice& invoice) {
    const Status status = invoice.status.status;
    return invoice.doc->kind == InvoiceKind::invoice &&
           invoice.doc->state == InvoiceState::posted &&
           (status == Status::not_paid || status == Status::partial || status == Status::overdue) &&
           invoice.status.amount_due > Decimal{};
}

}  // namespace

std::vector<DueReminder> due_reminders(const Account& account,
                                       const std::set<ReminderStep>& dealt_with) {
    const ReminderLadder& ladder = account.company->reminders;
    const Date as_of = account.as_of;
    std::vector<DueReminder> due;
    for (const ComputedInvoice& invoice : account.invoices) {
        if (!awaits_payment(invoice)) continue;
        std::optional<DueReminder> next =
            latest_step(reached_invoice_steps(ladder, invoice, as_of), dealt_with);
        // A reminder to pay "by" a date already past would be stale: the overdue steps say it.
        if (!next || (next->step.kind == ReminderKind::before_due && as_of > invoice.status.due))
            continue;
        next->deadline = invoice.status.due;
        next->invoice = &invoice;
        due.push_back(std::move(*next));
    }
    for (const ComputedPaymentMethod& method : account.payment_methods) {
        if (!payment_method_valid_on(method.doc, as_of)) continue;
        std::optional<DueReminder> next =
            latest_step(reached_card_steps(ladder, *method.doc, as_of), dealt_with);
        if (!next) continue;
        next->deadline = method.doc->expires.last_day();
        next->card = method.doc;
        due.push_back(std::move(*next));
    }
    return due;
}

}  // namespace portalgen
