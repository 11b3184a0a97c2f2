// Account statement as of a date D (SPEC 3b): what a customer still owes, document by document,
// and how long it has been due. Built from the computed account, so that what is open and how
// much is due are decided once (compute/status, compute/account).
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "compute/account.h"

namespace portalgen {

// The aging buckets, by days past the due date as of D: current (not yet due, or due on D),
// 1–30, 31–60, 61–90, over 90.
enum class AgingBucket { current, days_1_30, days_31_60, days_61_90, over_90 };
inline constexpr std::size_t kAgingBuckets = 5;

// The bucket of an amount `days_past_due` days after its due date (0 or less: current).
AgingBucket aging_bucket(int days_past_due);
// Its name in label keys: "current", "days_1_30", "days_31_60", "days_61_90", "over_90".
std::string_view to_string(AgingBucket bucket);

struct StatementEntry {
    const ComputedInvoice* document;  // an invoice or a credit note of the account
    Date due;                         // an invoice's due date; a credit note's date
    std::optional<int> days_overdue;  // invoices past their due date
    Decimal amount_due;               // negative for a credit note's unapplied part
    AgingBucket bucket;
};

// One currency's open items: a customer's documents are all in its currency, so an account gives
// one, but the statement keeps the grouping the page and the PDF show.
struct CurrencyStatement {
    std::string currency;
    int digits = 2;
    std::vector<StatementEntry> entries;  // by due date, then number
    std::array<Decimal, kAgingBuckets> buckets{};
    Decimal total_due;  // the sum of the entries (= the sum of the buckets)
};

struct Statement {
    Date as_of;
    std::vector<CurrencyStatement> currencies;  // none when nothing is open
};

// Is an invoice open (posted, not reversed, something still due as of D)? The statement, the
// invoices list's "unpaid" filter, the "Pay now" link and the dashboard all ask here.
bool is_open(const ComputedInvoice& invoice);

// The account must outlive the statement (its entries point into it).
// Open invoices: posted, not reversed, with an amount due (partial, not paid, overdue). Unapplied
// credit: a posted credit note that reverses no invoice counts in full; one that reverses an
// invoice counts for what exceeds that invoice's remaining balance (total − payments), the latest
// credit notes taking the excess first. Credit is aged by the credit note's date.
Statement compute_statement(const Account& account);

// What the customer still owes, net of unapplied credit: the total due of the account's currency
// (0 when nothing is open). The statement's, the invoices list's and the dashboard's total.
Decimal total_due(const Statement& statement);

// The statement's entry for a document, or nullptr when it is not open.
const StatementEntry* find_entry(const Statement& statement, const ComputedInvoice& document);

}  // namespace portalgen
