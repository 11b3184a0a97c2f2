#include "compute/totals.h"

#include <algorithm>
#include <stdexcept>

namespace portalgen {

namespace {

__int128 power_of_ten(int exponent) {
    __int128 value = 1;
    for (int i = 0; i < exponent; ++i) value *= 10;
    return value;
}

Decimal from_minor_units(__int128 minor, int digits) {
    return Decimal::from_micros(checked_multiply(minor, power_of_ten(6 - digits)));
}

}  // namespace

const Tax* TaxTable::find(const std::string& code) const {
    for (const Tax& tax : taxes_)
        if (tax.code == code) return &tax;
    return nullptr;
}

__int128 line_subtotal_minor_units(const Line& line, int digits) {
    // subtotal = q × p × f / 10^20 units, where q and p are in millionths and f = 10^8 − d × 100
    // is (1 − discount/100) in hundred-millionths. In minor units, divide by D = 10^(20−digits).
    // q × p × f can exceed 128 bits, so split q × p = h × D + l and round only l × f / D.
    constexpr __int128 kWhole = 100'000'000;  // f without discount
    __int128 product = checked_multiply(line.quantity.micros(), line.unit_price.micros());
    __int128 factor = kWhole - line.discount.micros();
    __int128 divisor = power_of_ten(20 - digits);
    __int128 high = product / divisor;
    __int128 low = product % divisor;
    // A discount from 0 to 100 % keeps both products far inside 128 bits; others are checked.
    if (factor >= 0 && factor <= kWhole)
        return high * factor + divide_rounded(low * factor, divisor);
    return checked_multiply(high, factor) + divide_rounded(checked_multiply(low, factor), divisor);
}

__int128 line_tax_minor_units(__int128 subtotal_minor_units, Decimal rate) {
    // subtotal × rate / 100, with the rate in millionths: (s × r) / 10^8, rounded to the unit.
    return divide_rounded(checked_multiply(subtotal_minor_units, rate.micros()), 100'000'000);
}

__int128 line_total_minor_units(const Line& line, const TaxTable& taxes, int digits) {
    const __int128 subtotal = line_subtotal_minor_units(line, digits);
    __int128 total = subtotal;
    for (const std::string& code : line.taxes)
        if (const Tax* tax = taxes.find(code)) total += line_tax_minor_units(subtotal, tax->rate);
    return total;
}

Totals compute_totals(const std::vector<Line>& lines, const TaxTable& taxes, int digits) {
    Totals totals;
    totals.lines.reserve(lines.size());
    std::vector<TaxAmount> by_tax;
    for (const Tax& tax : taxes.all()) by_tax.push_back({&tax, {}, {}});
    for (const Line& line : lines) {
        LineAmounts amounts;
        const __int128 subtotal = line_subtotal_minor_units(line, digits);
        amounts.subtotal = from_minor_units(subtotal, digits);
        for (const std::string& code : line.taxes) {
            const Tax* tax = taxes.find(code);
            // Import refuses such a line, so this is a database changed behind portalgen's back:
            // an invoice without one of its taxes would be issued, and archived, wrong.
            if (!tax)
                throw std::runtime_error("tax \"" + code +
                                         "\" of a line is not a tax of its company");
            Decimal amount = from_minor_units(line_tax_minor_units(subtotal, tax->rate), digits);
            amounts.taxes += amount;
            auto& entry = by_tax[tax - taxes.all().data()];
            entry.base += amounts.subtotal;
            entry.amount += amount;
        }
        totals.untaxed += amounts.subtotal;
        totals.total += amounts.subtotal + amounts.taxes;
        totals.lines.push_back(amounts);
    }
    std::copy_if(by_tax.begin(), by_tax.end(), std::back_inserter(totals.taxes),
                 [&](const TaxAmount& t) {
                     return std::any_of(lines.begin(), lines.end(), [&](const Line& line) {
                         return std::find(line.taxes.begin(), line.taxes.end(), t.tax->code) !=
                                line.taxes.end();
                     });
                 });
    return totals;
}

}  // namespace portalgen
