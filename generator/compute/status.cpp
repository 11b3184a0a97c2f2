#include "compute/status.h"

#include <algorithm>

namespace portalgen {

std::string_view to_string(Status status) {
    switch (status) {
        case Status::waiting:
            return "waiting";
        case Status::expired:
            return "expired";
        case Status::accepted:
            return "accepted";
        case Status::rejected:
            return "rejected";
        case Status::cancelled:
            return "cancelled";
        case Status::confirmed:
            return "confirmed";
        case Status::upcoming:
            return "upcoming";
        case Status::active:
            return "active";
        case Status::completed:
            return "completed";
        case Status::reversed:
            return "reversed";
        case Status::paid:
            return "paid";
        case Status::overdue:
            return "overdue";
        case Status::partial:
            return "partial";
        case Status::not_paid:
            return "not_paid";
        case Status::credit_note:
            return "credit_note";
        case Status::in_progress:
            return "in_progress";
        case Status::to_renew:
            return "to_renew";
        case Status::closed:
            return "closed";
        case Status::valid:
            return "valid";
        case Status::new_:
            return "new";
        case Status::waiting_customer:
            return "waiting_customer";
        case Status::solved:
            return "solved";
    }
    return "?";
}

QuotationStatus quotation_status(const Quotation& quotation, Date as_of) {
    switch (quotation.state) {
        case QuotationState::accepted:
            return {Status::accepted, {}};
        case QuotationState::rejected:
            return {Status::rejected, {}};
        case QuotationState::cancelled:
            return {Status::cancelled, {}};
        case QuotationState::sent:
            break;
    }
    if (!quotation.valid_until) return {Status::waiting, {}};
    if (as_of <= *quotation.valid_until) return {Status::waiting, *quotation.valid_until - as_of};
    return {Status::expired, {}};
}

OrderStatus order_status(const Order& order, Date as_of) {
    if (order.state == OrderState::cancelled) return {Status::cancelled, {}};
    if (!order.start || !order.end) return {Status::confirmed, {}};
    const Date start = *order.start, end = *order.end;
    Status status = as_of < start  ? Status::upcoming
                    : as_of <= end ? Status::active
                                   : Status::completed;
    int progress;
    if (end == start) {
        progress = as_of >= start ? 100 : 0;
    } else {
        // ⌊100 × elapsed / length⌋ with integer days; negative elapsed clamps to 0 below.
        int64_t elapsed = as_of - start, length = end - start;
        int64_t value = elapsed < 0 ? 0 : (100 * elapsed) / length;
        progress = static_cast<int>(std::clamp<int64_t>(value, 0, 100));
    }
    return {status, progress};
}

InvoiceStatus invoice_status(const Invoice& invoice, Decimal total, Decimal credited,
                             int payment_terms_days, Date as_of) {
    InvoiceStatus result{};
    result.due = invoice.due.value_or(invoice.date.plus_days(payment_terms_days));
    if (invoice.kind == InvoiceKind::credit_note) {
        result.status =
            invoice.state == InvoiceState::cancelled ? Status::cancelled : Status::credit_note;
        return result;
    }
    std::optional<Date> last_payment;
    for (const Payment& payment : invoice.payments) {
        if (payment.date > as_of) continue;  // not counted yet (SPEC section 2)
        result.counted_payments.push_back(&payment);
        result.paid += payment.amount;
        if (!last_payment || payment.date > *last_payment) last_payment = payment.date;
    }
    result.credited = credited;
    result.amount_due = std::max(total - result.paid - credited, Decimal{});
    if (invoice.state == InvoiceState::cancelled) {
        result.status = Status::cancelled;
        result.amount_due = Decimal{};  // a cancelled invoice is owed by no one
    } else if (credited > Decimal{} && credited >= total) {
        result.status = Status::reversed;
    } else if (result.amount_due.is_zero()) {
        result.status = Status::paid;
        if (!total.is_zero()) result.paid_on = last_payment;
    } else if (as_of > result.due) {
        result.status = Status::overdue;
        result.days_overdue = as_of - result.due;
    } else if (result.paid > Decimal{} && result.paid < total) {
        result.status = Status::partial;
    } else {
        result.status = Status::not_paid;
    }
    return result;
}

bool payment_method_valid_on(const PaymentMethod* method, Date date) {
    return method != nullptr && date <= method->expires.last_day();
}

SubscriptionStatus subscription_status(const Subscription& subscription,
                                       const PaymentMethod* method, int grace_days, Date as_of) {
    SubscriptionStatus result{};
    if (subscription.state == SubscriptionState::closed) {
        result.status = Status::closed;
        result.closed_on = subscription.closed_on;
        return result;
    }
    const bool renewable = payment_method_valid_on(method, subscription.next_invoice);
    result.card_expired = method != nullptr && !payment_method_valid_on(method, as_of);
    if (as_of < subscription.next_invoice || renewable) {
        result.status = Status::in_progress;
        result.at_risk = !renewable;
        return result;
    }
    const Date deadline = subscription.next_invoice.plus_days(grace_days);
    result.deadline = deadline;
    if (as_of <= deadline) {
        result.status = Status::to_renew;
        result.days_left = deadline - as_of;
    } else {
        result.status = Status::closed;
        result.closed_on = deadline.plus_days(1);
        result.card_expired = false;
    }
    return result;
}

Status payment_method_status(const PaymentMethod& method, Date as_of) {
    return payment_method_valid_on(&method, as_of) ? Status::valid : Status::expired;
}

Status ticket_status(const Ticket& ticket) {
    switch (ticket.status) {
        case TicketStatus::new_:
            return Status::new_;
        case TicketStatus::in_progress:
            return Status::in_progress;
        case TicketStatus::waiting_customer:
            return Status::waiting_customer;
        case TicketStatus::solved:
            return Status::solved;
        case TicketStatus::cancelled:
            return Status::cancelled;
    }
    return Status::new_;
}

}  // namespace portalgen
