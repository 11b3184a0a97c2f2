// Line subtotals, per-line taxes and the tax breakdown (SPEC section 1, "Lines"): exact decimals,
// rounded half away from zero at the currency's minor unit. Expected values are worked by hand.
#include "compute/totals.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace portalgen;

namespace {

Decimal dec(const char* text) {
    auto parsed = Decimal::parse(text);
    REQUIRE(parsed.value.has_value());
    return *parsed.value;
}

// Decimals are compared by their exact shortest text: "89.99", "171.31", "1001". This writes an
// expected value in that form ("0.20" → "0.2", "100.00" → "100") without parsing it, so values
// above the 10^12 input limit can be expected too.
std::string exact(const char* text) {
    std::string shortest = text;
    if (shortest.find('.') != std::string::npos) {
        while (shortest.back() == '0') shortest.pop_back();
        if (shortest.back() == '.') shortest.pop_back();
    }
    return shortest;
}

Tax tax(const char* code, const char* rate) {
    return Tax{code, {code, code}, dec(rate)};
}

// The seller's taxes, in its order.
std::vector<Tax> seller_taxes() {
    return {tax("GST", "5"), tax("QST", "9.975"), tax("HST", "13"), tax("PST", "7"),
            tax("ZERO", "0")};
}

Line line(const char* quantity, const char* unit_price, const char* discount = "0",
          std::vector<std::string> taxes = {}) {
    return Line{"ODO50 device",  "", dec(quantity), dec(unit_price), dec(discount),
                std::move(taxes)};
}

std::string to_text(__int128 value) {
    if (value == 0) return "0";
    bool negative = value < 0;
    std::string digits;
    for (; value != 0; value /= 10) {
        int digit = static_cast<int>(value % 10);
        digits.insert(digits.begin(), static_cast<char>('0' + (digit < 0 ? -digit : digit)));
    }
    return negative ? "-" + digits : digits;
}

}  // namespace

TEST_CASE("line subtotal = round(quantity × unit price × (1 − discount/100))") {
    struct Case {
        const char* quantity;
        const char* unit_price;
        const char* discount;
        int digits;
        const char* subtotal;
    } cases[] = {
        {"2", "149.00", "0", 2, "298"},
        // 3 × 33.33 = 99.99; × 0.9 = 89.991 → 89.99
        {"3", "33.33", "10", 2, "89.99"},
        // Exactly half a cent: away from zero (banker's rounding would give 0.12 and 0.14).
        {"1", "0.125", "0", 2, "0.13"},
        {"1", "0.145", "0", 2, "0.15"},
        {"1", "0.124999", "0", 2, "0.12"},
        {"1", "0.005", "0", 2, "0.01"},
        {"1", "0.004999", "0", 2, "0"},
        // 0.5 × 0.05 = 0.025 → 0.03
        {"0.5", "0.05", "0", 2, "0.03"},
        // 12.5 % off 10.00 = 8.75
        {"1", "10.00", "12.5", 2, "8.75"},
        // Half a cent only after the discount: 0.05 × 0.5 = 0.025 → 0.03
        {"1", "0.05", "50", 2, "0.03"},
        // 100 × (1 − 0.33333333) = 66.666667 → 66.67
        {"1", "100", "33.333333", 2, "66.67"},
        // 1 × (1 − 0.00000001) = 0.99999999 → 1.00
        {"1", "1", "0.000001", 2, "1"},
        {"1", "100", "100", 2, "0"},
        {"1", "149.00", "99.99", 2, "0.01"},  // 149 × 0.0001 = 0.0149 → 0.01
        // Quantities with 6 decimals.
        {"3", "0.333333", "0", 2, "1"},            // 0.999999 → 1.00
        {"1.234567", "2", "0", 2, "2.47"},         // 2.469134 → 2.47
        {"0.000001", "5000", "0", 2, "0.01"},      // 0.005 exactly → 0.01
        {"0.000001", "4999.999999", "0", 2, "0"},  // 0.004999999999 → 0.00
        {"2.5", "3.3", "0", 2, "8.25"},
        {"10.5", "12.34", "15", 2, "110.13"},  // 129.57 × 0.85 = 110.1345 → 110.13
        {"0", "149.00", "0", 2, "0"},
        // JPY: 0 decimals.
        {"1", "1000.5", "0", 0, "1001"},
        {"1", "1000.499999", "0", 0, "1000"},
        {"3", "33.5", "0", 0, "101"},    // 100.5 → 101
        {"7", "149", "10", 0, "939"},    // 1043 × 0.9 = 938.7 → 939
        {"3", "1500", "15", 0, "3825"},  // 4500 × 0.85 = 3825
        {"1", "0.5", "0", 0, "1"},
        {"1", "0.499999", "0", 0, "0"},
        // 3 decimals (e.g. KWD): 1.2345 → 1.235
        {"1", "1.2345", "0", 3, "1.235"},
        // Near the 10^12 input limit, still exact.
        {"1", "999999999999.99", "0", 2, "999999999999.99"},
        // 10^12 − 10^-6 → 1000000000000.00
        {"1", "999999999999.999999", "0", 2, "1000000000000"},
        // 999999 × 999999.99 = 999999000000 − 9999.99 = 999998990000.01
        {"999999", "999999.99", "0", 2, "999998990000.01"},
        // (10^6 − 10^-6)² = 10^12 − 2 + 10^-12 → 999999999998.00
        {"999999.999999", "999999.999999", "0", 2, "999999999998"},
        // 999999.999999 × 1.000001 = 999999.999999 + 0.999999999999 = 1000000.999998999999
        {"999999.999999", "1.000001", "0", 2, "1000001"},
        // 999999999999 × 0.9 = 899999999999.1
        {"999999999999", "1", "10", 2, "899999999999.1"},
    };
    const std::vector<Tax> taxes = seller_taxes();
    const TaxTable table(taxes);
    for (const auto& c : cases) {
        INFO(c.quantity << " × " << c.unit_price << " − " << c.discount << " % at " << c.digits
                        << " decimals");
        Totals totals =
            compute_totals({line(c.quantity, c.unit_price, c.discount)}, table, c.digits);
        REQUIRE(totals.lines.size() == 1);
        CHECK(totals.lines[0].subtotal.to_string() == exact(c.subtotal));
        CHECK(totals.lines[0].taxes.to_string() == "0");
        CHECK(totals.untaxed.to_string() == exact(c.subtotal));
        CHECK(totals.total.to_string() == exact(c.subtotal));
        CHECK(totals.taxes.empty());
    }
}

TEST_CASE("the exact subtotal in minor units does not overflow at the largest inputs") {
    // (10^12 − 10^-6)² = 10^24 − 2×10^6 + 10^-12; in cents: 10^26 − 2×10^8 (+10^-10, rounded off).
    Line big = line("999999999999.999999", "999999999999.999999");
    CHECK(to_text(line_subtotal_minor_units(big, 2)) == "99999999999999999800000000");
    // In yen: 10^24 − 2×10^6.
    CHECK(to_text(line_subtotal_minor_units(big, 0)) == "999999999999999998000000");
    // With 10 % off, in cents: 0.9 × (10^26 − 2×10^8) = 9×10^25 − 1.8×10^8.
    Line discounted = line("999999999999.999999", "999999999999.999999", "10");
    CHECK(to_text(line_subtotal_minor_units(discounted, 2)) == "89999999999999999820000000");
    // Small values: 3 × 33.33 × 0.9 = 89.991 → 8999 cents.
    CHECK(to_text(line_subtotal_minor_units(line("3", "33.33", "10"), 2)) == "8999");
}

TEST_CASE("each tax is computed on the rounded line subtotal and rounded per line") {
    struct Case {
        const char* quantity;
        const char* unit_price;
        const char* discount;
        std::vector<std::string> taxes;
        int digits;
        const char* subtotal;
        const char* line_taxes;
        const char* total;
    } cases[] = {
        // GST 149 × 5 % = 7.45; QST 149 × 9.975 % = 14.86275 → 14.86 (not on GST: compounding
        // would give 156.45 × 9.975 % = 15.61). 149 + 7.45 + 14.86 = 171.31.
        {"1", "149.00", "0", {"GST", "QST"}, 2, "149", "22.31", "171.31"},
        // 2 × 149 = 298: GST 14.90, QST 29.7255 → 29.73; 298 + 44.63 = 342.63
        {"2", "149.00", "0", {"GST", "QST"}, 2, "298", "44.63", "342.63"},
        // 0.10 × 5 % = 0.005 → 0.01 (half away from zero)
        {"1", "0.10", "0", {"GST"}, 2, "0.1", "0.01", "0.11"},
        // 0.09 × 5 % = 0.0045 → 0.00
        {"1", "0.09", "0", {"GST"}, 2, "0.09", "0", "0.09"},
        // The tax is on the rounded subtotal: 0.099 → 0.10, 5 % = 0.005 → 0.01 (on 0.099 it
        // would be 0.00495 → 0.00).
        {"1", "0.099", "0", {"GST"}, 2, "0.1", "0.01", "0.11"},
        // 100 × 9.975 % = 9.975 → 9.98
        {"1", "100", "0", {"QST"}, 2, "100", "9.98", "109.98"},
        // 20 × 9.975 % = 1.995 → 2.00
        {"1", "20", "0", {"QST"}, 2, "20", "2", "22"},
        // 12.30 × 9.975 % = 1.226925 → 1.23
        {"1", "12.30", "0", {"QST"}, 2, "12.3", "1.23", "13.53"},
        // 10.05: GST 0.5025 → 0.50, QST 1.0024875 → 1.00
        {"1", "10.05", "0", {"GST", "QST"}, 2, "10.05", "1.5", "11.55"},
        // 89.99 (see above): GST 4.4995 → 4.50, QST 8.9765025 → 8.98; 89.99 + 13.48 = 103.47
        {"3", "33.33", "10", {"GST", "QST"}, 2, "89.99", "13.48", "103.47"},
        // HST 13 % of 19.99 = 2.5987 → 2.60
        {"1", "19.99", "0", {"HST"}, 2, "19.99", "2.6", "22.59"},
        // A zero rate adds nothing.
        {"1", "19.99", "0", {"ZERO"}, 2, "19.99", "0", "19.99"},
        // JPY: 1010 × 5 % = 50.5 → 51; 1000 × 9.975 % = 99.75 → 100
        {"1", "1010", "0", {"GST"}, 0, "1010", "51", "1061"},
        {"1", "1000", "0", {"QST"}, 0, "1000", "100", "1100"},
        {"1", "1000", "0", {"GST", "QST"}, 0, "1000", "150", "1150"},
        // Near 10^12: GST 49999999999.9995 → 50000000000.00; QST 99750000000 − 0.0009975
        // → 99750000000.00; total 999999999999.99 + 149750000000 = 1149749999999.99
        {"1",
         "999999999999.99",
         "0",
         {"GST", "QST"},
         2,
         "999999999999.99",
         "149750000000",
         "1149749999999.99"},
    };
    const std::vector<Tax> taxes = seller_taxes();
    const TaxTable table(taxes);
    for (const auto& c : cases) {
        INFO(c.quantity << " × " << c.unit_price << " − " << c.discount << " %, " << c.taxes.size()
                        << " taxes, " << c.digits << " decimals");
        Totals totals =
            compute_totals({line(c.quantity, c.unit_price, c.discount, c.taxes)}, table, c.digits);
        REQUIRE(totals.lines.size() == 1);
        CHECK(totals.lines[0].subtotal.to_string() == exact(c.subtotal));
        CHECK(totals.lines[0].taxes.to_string() == exact(c.line_taxes));
        CHECK(totals.untaxed.to_string() == exact(c.subtotal));
        CHECK(totals.total.to_string() == exact(c.total));
    }
}

TEST_CASE("the tax breakdown groups per tax code in the seller's order") {
    struct Group {
        const char* code;
        const char* base;
        const char* amount;
    };
    struct LineTotals {
        const char* subtotal;
        const char* taxes;
    };
    struct Case {
        const char* label;
        std::vector<Line> lines;
        std::vector<LineTotals> line_totals;
        std::vector<Group> breakdown;
        const char* untaxed;
        const char* total;
    };
    const Case cases[] = {
        // Two lines of 0.10 at 5 %: 0.005 → 0.01 each, 0.02 in all (5 % of the 0.20 sum would
        // be 0.01).
        {"rounded per line, not on the sum",
         {line("1", "0.10", "0", {"GST"}), line("1", "0.10", "0", {"GST"})},
         {{"0.10", "0.01"}, {"0.10", "0.01"}},
         {{"GST", "0.20", "0.02"}},
         "0.20",
         "0.22"},
        // A: 100 QST → 9.975 → 9.98. B: 50, taxes listed QST first → QST 4.9875 → 4.99, GST 2.50.
        // C: 10, no tax. D: 20 PST → 1.40. HST and ZERO unused: omitted.
        // QST: base 150, amount 9.98 + 4.99 = 14.97 (150 × 9.975 % = 14.9625 would round to
        // 14.96). Taxes 2.50 + 14.97 + 1.40 = 18.87; untaxed 180; total 198.87.
        {"seller's order, unused taxes omitted",
         {line("1", "100", "0", {"QST"}), line("1", "50", "0", {"QST", "GST"}),
          line("1", "10", "0", {}), line("2", "10", "0", {"PST"})},
         {{"100", "9.98"}, {"50", "7.49"}, {"10", "0"}, {"20", "1.40"}},
         {{"GST", "50", "2.50"}, {"QST", "150", "14.97"}, {"PST", "20", "1.40"}},
         "180",
         "198.87"},
        // GST + QST on 149.00 and on 89.99 (3 × 33.33 − 10 %):
        // GST 7.45 + 4.50 = 11.95 on 238.99; QST 14.86 + 8.98 = 23.84 on 238.99;
        // total 238.99 + 11.95 + 23.84 = 274.78.
        {"two lines, two taxes",
         {line("1", "149.00", "0", {"GST", "QST"}), line("3", "33.33", "10", {"GST", "QST"})},
         {{"149", "22.31"}, {"89.99", "13.48"}},
         {{"GST", "238.99", "11.95"}, {"QST", "238.99", "23.84"}},
         "238.99",
         "274.78"},
        // A zero-rate tax used by a line is listed, with amount 0.
        {"zero rate listed",
         {line("1", "19.99", "0", {"ZERO"})},
         {{"19.99", "0"}},
         {{"ZERO", "19.99", "0"}},
         "19.99",
         "19.99"},
        {"no lines", {}, {}, {}, "0", "0"},
        {"no taxes",
         {line("2", "5", "0", {}), line("1", "0.01", "0", {})},
         {{"10", "0"}, {"0.01", "0"}},
         {},
         "10.01",
         "10.01"},
    };
    const std::vector<Tax> taxes = seller_taxes();
    const TaxTable table(taxes);
    for (const auto& c : cases) {
        INFO(c.label);
        Totals totals = compute_totals(c.lines, table, 2);
        REQUIRE(totals.lines.size() == c.line_totals.size());
        for (size_t i = 0; i < c.line_totals.size(); ++i) {
            INFO("line " << i);
            CHECK(totals.lines[i].subtotal.to_string() == exact(c.line_totals[i].subtotal));
            CHECK(totals.lines[i].taxes.to_string() == exact(c.line_totals[i].taxes));
        }
        REQUIRE(totals.taxes.size() == c.breakdown.size());
        for (size_t i = 0; i < c.breakdown.size(); ++i) {
            INFO("tax " << i);
            REQUIRE(totals.taxes[i].tax != nullptr);
            CHECK(totals.taxes[i].tax->code == c.breakdown[i].code);
            CHECK(totals.taxes[i].base.to_string() == exact(c.breakdown[i].base));
            CHECK(totals.taxes[i].amount.to_string() == exact(c.breakdown[i].amount));
        }
        CHECK(totals.untaxed.to_string() == exact(c.untaxed));
        CHECK(totals.total.to_string() == exact(c.total));
    }
}

TEST_CASE("the tax breakdown points into the seller's table") {
    const std::vector<Tax> taxes = seller_taxes();
    const TaxTable table(taxes);
    CHECK(table.find("QST") == &taxes[1]);
    CHECK(table.find("qst") == nullptr);  // codes are exact
    CHECK(table.find("NOPE") == nullptr);
    Totals totals = compute_totals({line("1", "10", "0", {"PST"})}, table, 2);
    REQUIRE(totals.taxes.size() == 1);
    CHECK(totals.taxes[0].tax == &taxes[3]);
}

TEST_CASE("a tax code the seller does not have stops the computation") {
    // Import refuses such a line; a database changed behind portalgen's back must not give an
    // invoice silently missing one of its taxes.
    const std::vector<Tax> taxes = seller_taxes();
    const TaxTable table(taxes);
    CHECK_THROWS_WITH(compute_totals({line("1", "10", "0", {"NOPE", "GST"})}, table, 2),
                      "tax \"NOPE\" of a line is not a tax of its company");
}
