// Reminders due as of a date D (SPEC 6 "Outbox"): for each unpaid invoice and each card still
// valid, the latest step of the company's ladder reached and not yet dealt with. Pure: the steps
// already dealt with come in, no I/O, no clock.
#pragma once

#include <set>
#include <vector>

#include "compute/account.h"
#include "model/reminder_ladder.h"

namespace portalgen {

// A reminder to send now, and the earlier steps of the same document that it makes stale: a
// missed night must not flood the customer with old reminders, so those are recorded as dealt
// with, never sent.
struct DueReminder {
    ReminderStep step;
    Date reached_on;                           // the step's day: due − s, due + s, expiry − s
    Date deadline;                             // the invoice's due date, the card's last day
    const ComputedInvoice* invoice = nullptr;  // before_due, after_due
    const PaymentMethod* card = nullptr;       // card_expiry
    std::vector<ReminderStep> passed_over;
};

// A step is reached on its day and stays reached. Per document, the latest reached step is due
// unless `dealt_with` has it; before_due steps only while the invoice is not yet overdue, and
// none before the invoice's own date. Invoices: kind invoice, posted, amount due above zero
// (not paid, partial, overdue). Cards: valid on D (payment_method_valid_on). In the order of
// the account's lists: invoices, then cards.
std::vector<DueReminder> due_reminders(const Account& account,
                                       const std::set<ReminderStep>& dealt_with);

}  // namespace portalgen
