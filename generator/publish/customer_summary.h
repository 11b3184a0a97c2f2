// CustomerSummary: the little a build remembers of each customer for the next night's report —
// each document's status and amount due — small enough to keep in the database.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compute/account.h"

namespace portalgen {

struct DocumentSummary {
    std::string kind;        // quotation, order, invoice, credit_note, subscription, ...
    std::string number;      // the document's number (a payment method's id)
    std::string status;      // as in `portalgen status`
    std::string amount_due;  // invoices with something left to pay, in the currency's decimals
    int days_overdue = 0;    // overdue invoices
    std::string total;       // invoices and credit notes
    // Posted invoices and credit notes: the fingerprint of the PDF's view last published (the
    // invoice as issued, archived and served by the portal), so unchanged PDFs are not rendered
    // again.
    std::string pdf;
    // What the report needs to say when to act: an invoice's due date, a subscription's renewal
    // deadline (to_renew) and whether it is at risk, a card's last valid day.
    std::string due{};
    std::string deadline{};
    bool at_risk = false;
    std::string expires{};

    friend bool operator==(const DocumentSummary&, const DocumentSummary&) = default;
};

struct CustomerSummary {
    std::string id;
    std::string name;
    std::string currency;
    std::vector<DocumentSummary> documents;  // in `portalgen status` order
    std::string language = "en";             // of the portal the report links to

    friend bool operator==(const CustomerSummary&, const CustomerSummary&) = default;
};

CustomerSummary summarize(const Account& account);

// Compact JSON, stored between runs. from_json throws std::runtime_error on malformed text.
std::string to_json(const CustomerSummary& summary);
CustomerSummary customer_summary_from_json(std::string_view json);

}  // namespace portalgen
