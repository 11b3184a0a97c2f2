// Statuses and deadlines of every document as of a date D (SPEC section 2): pure functions of
// (document, as-of date), no I/O, no clock.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "compute/totals.h"
#include "model/model.h"

namespace portalgen {

enum class Status {
    // quotations
    waiting,
    expired,
    accepted,
    rejected,
    cancelled,
    // orders
    confirmed,
    upcoming,
    active,
    completed,
    // invoices and credit notes
    reversed,
    paid,
    overdue,
    partial,
    not_paid,
    credit_note,
    // subscriptions (and tickets: in_progress)
    in_progress,
    to_renew,
    closed,
    // payment methods (and `expired`)
    valid,
    // tickets
    new_,
    waiting_customer,
    solved,
};

// The name used in JSON, CSS classes and label keys: "not_paid", "to_renew", "new".
std::string_view to_string(Status status);

struct QuotationStatus {
    Status status;
    std::optional<int> days_to_expiry;  // waiting with a valid_until: valid_until − D
    bool operator==(const QuotationStatus&) const = default;
};
QuotationStatus quotation_status(const Quotation& quotation, Date as_of);

struct OrderStatus {
    Status status;
    std::optional<int> progress;  // 0..100, orders with a service period that are not cancelled
    bool operator==(const OrderStatus&) const = default;
};
OrderStatus order_status(const Order& order, Date as_of);

struct InvoiceStatus {
    Status status;
    Date due;
    Decimal paid;  // payments dated on or before D
    // The payments that count as of D, in input order: the only place that rule is decided
    // (pointers into the invoice, which outlives its status).
    std::vector<const Payment*> counted_payments;
    Decimal credited;  // totals of posted credit notes reversing it
    Decimal amount_due;
    std::optional<Date> paid_on;
    std::optional<int> days_overdue;
    bool operator==(const InvoiceStatus&) const = default;
};
// `credited`: the sum of the totals of posted credit notes that reverse this invoice.
InvoiceStatus invoice_status(const Invoice& invoice, Decimal total, Decimal credited,
                             int payment_terms_days, Date as_of);

// True when the card exists and `date` is on or before the last day of its expiry month.
bool payment_method_valid_on(const PaymentMethod* method, Date date);

struct SubscriptionStatus {
    Status status;
    std::optional<Date> deadline;  // to_renew and closed by grace: next_invoice + grace_days
    std::optional<int> days_left;  // to_renew: deadline − D
    std::optional<Date> closed_on;
    bool at_risk = false;  // in_progress but no valid payment method on next_invoice
    // Not closed, and its payment method had expired by D: the customer must replace it.
    bool card_expired = false;
    bool operator==(const SubscriptionStatus&) const = default;
};
SubscriptionStatus subscription_status(const Subscription& subscription,
                                       const PaymentMethod* method, int grace_days, Date as_of);

Status payment_method_status(const PaymentMethod& method, Date as_of);
Status ticket_status(const Ticket& ticket);

}  // namespace portalgen
