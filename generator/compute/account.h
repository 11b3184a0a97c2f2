// Account: everything computed for one customer as of a date — each document with its totals and
// status, and the dashboard alerts, most urgent first. Pure: no I/O, no clock.
#pragma once

#include <string>
#include <vector>

#include "compute/status.h"
#include "compute/totals.h"
#include "model/model.h"
#include "model/seller_facts.h"

namespace portalgen {

// Computed*: one document with what compute decided as of D (not a view model: those live in
// view/).
struct ComputedQuotation {
    const Quotation* doc;
    QuotationStatus status;
    Totals totals;
    bool operator==(const ComputedQuotation&) const = default;
};
struct ComputedOrder {
    const Order* doc;
    OrderStatus status;
    Totals totals;
    bool operator==(const ComputedOrder&) const = default;
};
// Invoices and credit notes alike.
struct ComputedInvoice {
    const Invoice* doc;
    InvoiceStatus status;
    Totals totals;
    bool operator==(const ComputedInvoice&) const = default;
};
struct ComputedSubscription {
    const Subscription* doc;
    const PaymentMethod* payment_method;  // nullptr when none
    SubscriptionStatus status;
    Totals totals;  // the recurring amount
    bool operator==(const ComputedSubscription&) const = default;
};
struct ComputedPaymentMethod {
    const PaymentMethod* doc;
    Status status;
    bool operator==(const ComputedPaymentMethod&) const = default;
};
struct ComputedTicket {
    const Ticket* doc;
    Status status;
    bool operator==(const ComputedTicket&) const = default;
};
struct ComputedSuccessPack {
    const SuccessPack* doc;
    Decimal remaining;
    bool operator==(const ComputedSuccessPack&) const = default;
};

enum class AlertKind { to_renew, recently_closed, overdue, at_risk, quotation_expiring };

// One dashboard alert; `date` is the deadline, closing, due, next invoice or valid-until date.
struct Alert {
    AlertKind kind;
    std::string number;
    Date date;
    int days = 0;    // days left, days since closing, days overdue, days to the next invoice
    Decimal amount;  // amount due, recurring total, quotation total
    bool operator==(const Alert&) const = default;
};

struct Account {
    const Customer* customer;
    const Company* company;
    Date as_of;
    std::string currency;
    int currency_digits;
    // Each list sorted by date then number (SPEC section 2's order within a kind).
    std::vector<ComputedQuotation> quotations;
    std::vector<ComputedOrder> orders;
    std::vector<ComputedInvoice> invoices;      // kind invoice
    std::vector<ComputedInvoice> credit_notes;  // kind credit_note
    std::vector<ComputedSubscription> subscriptions;
    std::vector<ComputedPaymentMethod> payment_methods;
    std::vector<ComputedTicket> tickets;
    std::vector<ComputedSuccessPack> success_packs;
    std::vector<Alert> alerts;
    // The seller's facts of this build (model/seller_facts.h); nullptr: every section shown.
    const SellerFacts* seller = nullptr;
    bool operator==(const Account&) const = default;
};

// The customer and company must outlive the Account (it points into them).
Account compute_account(const Customer& customer, const Company& company, Date as_of);

// Whether an account of the customer as of another date says the same as `now`: every
// document's status and totals equal; only the date differs, and the alerts, which count the
// days from it. What is shown of an account then differs only where the date and the alerts
// are shown.
bool same_but_date(Account other, const Account& now);

std::string_view to_string(AlertKind kind);

}  // namespace portalgen
