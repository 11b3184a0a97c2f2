#include "compute/statement.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "compute/credit_notes.h"

namespace portalgen {

bool is_open(const ComputedInvoice& invoice) {
    const Status s = invoice.status.status;
    return invoice.doc->kind == InvoiceKind::invoice &&
           (s == Status::not_paid || s == Status::partial || s == Status::overdue) &&
           invoice.status.amount_due > Decimal{};
}

namespace {

// What the credit notes reversing each invoice give beyond what was left to pay on it.
std::map<std::string, Decimal> excess_credit(const Account& account) {
    std::map<std::string, Decimal> excess;
    for (const ComputedInvoice& i : account.invoices) {
        // A cancelled invoice owes nothing: all its credit is left over.
        const Decimal owed = i.doc->state == InvoiceState::posted ? i.totals.total : Decimal{};
        const Decimal over = i.status.paid + i.status.credited - owed;
        if (over > Decimal{}) excess[i.doc->number] = std::min(over, i.status.credited);
    }
    return excess;
}

// The credit notes that count, each with its unapplied part (latest first take the excess).
std::vector<std::pair<const ComputedInvoice*, Decimal>> unapplied_credit(const Account& account) {
    std::map<std::string, Decimal> excess = excess_credit(account);
    std::vector<std::pair<const ComputedInvoice*, Decimal>> unapplied;
    for (auto it = account.credit_notes.rbegin(); it != account.credit_notes.rend(); ++it) {
        const Invoice& note = *it->doc;
        if (note.state != InvoiceState::posted) continue;
        const Invoice* reversed = reversed_invoice(*account.customer, note);
        if (reversed == nullptr) {
            unapplied.emplace_back(&*it, it->totals.total);
            continue;
        }
        Decimal& left = excess[reversed->number];
        const Decimal part = std::min(left, it->totals.total);
        left = left - part;
        if (part > Decimal{}) unapplied.emplace_back(&*it, part);
    }
    return unapplied;
}

void add(CurrencyStatement& statement, StatementEntry entry) {
    statement.buckets[static_cast<std::size_t>(entry.bucket)] += entry.amount_due;
    statement.total_due += entry.amount_due;
    statement.entries.push_back(entry);
}

}  // namespace

AgingBucket aging_bucket(int days_past_due) {
    if (days_past_due <= 0) return AgingBucket::current;
    if (days_past_due <= 30) return AgingBucket::days_1_30;
    if (days_past_due <= 60) return AgingBucket::days_31_60;
    if (days_past_due <= 90) return AgingBucket::days_61_90;
    return AgingBucket::over_90;
}

std::string_view to_string(AgingBucket bucket) {
    switch (bucket) {
        case AgingBucket::current:
            return "current";
        case AgingBucket::days_1_30:
            return "days_1_30";
        case AgingBucket::days_31_60:
            return "days_31_60";
        case AgingBucket::days_61_90:
            return "days_61_90";
        case AgingBucket::over_90:
            return "over_90";
    }
    return "?";
}

Statement compute_statement(const Account& account) {
    const Date d = account.as_of;
    CurrencyStatement statement{account.currency, account.currency_digits, {}, {}, {}};
    for (const ComputedInvoice& i : account.invoices) {
        if (!is_open(i)) continue;
        add(statement, {&i, i.status.due, i.status.days_overdue, i.status.amount_due,
                        aging_bucket(d - i.status.due)});
    }
    for (const auto& [note, amount] : unapplied_credit(account))
        add(statement, {note, note->doc->date, std::nullopt, Decimal{} - amount,
                        aging_bucket(d - note->doc->date)});
    std::stable_sort(statement.entries.begin(), statement.entries.end(),
                     [](const StatementEntry& a, const StatementEntry& b) {
                         return std::tie(a.due, a.document->doc->number) <
                                std::tie(b.due, b.document->doc->number);
                     });
    Statement result{d, {}};
    if (!statement.entries.empty()) result.currencies.push_back(std::move(statement));
    return result;
}

Decimal total_due(const Statement& statement) {
    // An account is in one currency: the statement has one group, or none.
    return statement.currencies.empty() ? Decimal{} : statement.currencies.front().total_due;
}

const StatementEntry* find_entry(const Statement& statement, const ComputedInvoice& document) {
    for (const CurrencyStatement& currency : statement.currencies)
        for (const StatementEntry& entry : currency.entries)
            if (entry.document == &document) return &entry;
    return nullptr;
}

}  // namespace portalgen
