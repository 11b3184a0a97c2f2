// What a Factur-X e-invoice needs of the data: the rules of EN 16931 and, for a seller in France,
// the French rules of 2026 (BR-FR) that the data can break, checked at import so that a file
// that imports always yields valid e-invoices (SPEC sections 1b and 8). The build never meets a
// document it cannot express.
#pragma once

#include <string>
#include <vector>

#include "compute/totals.h"
#include "model/model.h"

namespace portalgen {

// One broken rule: the field (a dotted path below the company or the customer, e.g.
// "invoices.2.lines.0.taxes"; empty: the record itself) and what is wrong, naming the rule.
struct EInvoiceProblem {
    std::string field;
    std::string message;
};
using EInvoiceProblems = std::vector<EInvoiceProblem>;

// A factur-x company's own data: its address, identifiers and VAT rates.
EInvoiceProblems factur_x_company_problems(const Company& company);

// A customer of a factur-x seller in `seller_country` whose taxes are `taxes`, and its posted
// invoices and credit notes in `currency` (the customer's, else the seller's), due
// `payment_terms_days` after their date when they give no due date.
EInvoiceProblems factur_x_customer_problems(const Customer& customer,
                                            const std::string& seller_country,
                                            const TaxTable& taxes, const std::string& currency,
                                            int payment_terms_days);

}  // namespace portalgen
