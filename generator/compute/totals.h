// Totals of a document's lines: per-line subtotals and taxes rounded at the currency's minor
// unit (half away from zero), a breakdown per tax code, and the total (SPEC section 1, "Lines").
#pragma once

#include <string>
#include <vector>

#include "model/model.h"

namespace portalgen {

// The taxes a seller defines, looked up by code.
class TaxTable {
  public:
    explicit TaxTable(const std::vector<Tax>& taxes) : taxes_(taxes) {}
    const Tax* find(const std::string& code) const;
    const std::vector<Tax>& all() const { return taxes_; }

  private:
    const std::vector<Tax>& taxes_;
};

struct LineAmounts {
    Decimal subtotal;  // quantity × unit price × (1 − discount), rounded
    Decimal taxes;     // the sum of this line's rounded taxes
    bool operator==(const LineAmounts&) const = default;
};

struct TaxAmount {
    const Tax* tax = nullptr;
    Decimal base;    // the sum of the subtotals of the lines it applies to
    Decimal amount;  // the sum of the per-line rounded amounts
    bool operator==(const TaxAmount&) const = default;
};

struct Totals {
    std::vector<LineAmounts> lines;  // parallel to the document's lines
    Decimal untaxed;
    std::vector<TaxAmount> taxes;  // in the order of the seller's tax list
    Decimal total;
    bool operator==(const Totals&) const = default;
};

// The exact line subtotal in minor units (cents), before any range check: the validator uses it
// to refuse amounts above the limit. DecimalOverflow when quantity × unit price does not fit in
// 128 bits (far above any limit).
__int128 line_subtotal_minor_units(const Line& line, int currency_digits);

// One tax of a line: round(subtotal × rate / 100), in minor units, from the rounded subtotal in
// minor units. DecimalOverflow when the product does not fit in 128 bits.
__int128 line_tax_minor_units(__int128 subtotal_minor_units, Decimal rate);

// A line's subtotal plus its taxes, in minor units, as compute_totals() adds them to the total
// (unknown tax codes skipped). DecimalOverflow as above.
__int128 line_total_minor_units(const Line& line, const TaxTable& taxes, int currency_digits);

// Throws std::runtime_error for a line's tax code that `taxes` does not know (import refuses them;
// skipping one would silently give a wrong total). DecimalOverflow when an amount leaves Decimal's
// range (data that was not validated).
Totals compute_totals(const std::vector<Line>& lines, const TaxTable& taxes, int currency_digits);

}  // namespace portalgen
