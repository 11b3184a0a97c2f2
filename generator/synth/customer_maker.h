// CustomerMaker: invents one customer's whole record — identity, cards, subscriptions,
// quotations, orders, invoices with payments and credit notes, tickets, success packs — coherent
// as of a date and valid for import.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "model/model.h"

namespace portalgen {

// The seller's document sequences. They run across the whole file, as one company's numbering
// does, so numbers are unique per customer and across customers, and their slugs never collide.
struct SynthNumbering {
    uint64_t quotation = 0;
    uint64_t order = 0;
    uint64_t subscription = 0;
    uint64_t ticket = 0;
    std::map<int, uint64_t> invoice;      // per year
    std::map<int, uint64_t> credit_note;  // per year
};

// Customer number `index` (0-based) of the data set `seed`; its id is C000001 for index 0.
// Everything random about it comes from (seed, index) alone; only its document numbers depend
// on the customers made before it.
Customer make_synthetic_customer(const Company& seller, Date as_of, uint64_t seed, uint64_t index,
                                 SynthNumbering& numbering);

// Decimals of the currencies the synthetic customers use (JPY has none).
int synthetic_currency_digits(const std::string& currency);

}  // namespace portalgen
