// Money that cannot overflow (SPEC 7): every Decimal operation is exact or throws DecimalOverflow,
// inputs are bounded at 10^15, and sums of many large amounts stay exact. The property test checks
// Decimal's sums against a reference that adds whole units and millionths apart, in 64 bits.
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>

#include "compute/totals.h"
#include "core/decimal.h"

using namespace portalgen;

namespace {

Decimal dec(const char* text) {
    auto parsed = Decimal::parse(text);
    REQUIRE(parsed.value.has_value());
    return *parsed.value;
}

// A reference exact sum: whole units and millionths kept apart, normalized only when printed.
struct ReferenceSum {
    int64_t units = 0;
    int64_t millionths = 0;

    void add(bool negative, int64_t u, int64_t m) {
        units += negative ? -u : u;
        millionths += negative ? -m : m;
    }
    // The shortest text, as Decimal::to_string() writes it: "-12.5", "0".
    std::string text() const {
        int64_t u = units + millionths / 1'000'000;
        int64_t m = millionths % 1'000'000;
        if (u > 0 && m < 0) --u, m += 1'000'000;
        if (u < 0 && m > 0) ++u, m -= 1'000'000;
        const bool negative = u < 0 || m < 0;
        std::string fraction = std::to_string(negative ? -m : m);
        fraction.insert(0, 6 - fraction.size(), '0');
        while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
        std::string out = (negative ? "-" : "") + std::to_string(negative ? -u : u);
        return fraction.empty() ? out : out + "." + fraction;
    }
};

}  // namespace

TEST_CASE("input amounts are bounded at 10^15, inclusive") {
    CHECK(dec("1000000000000000").to_string() == "1000000000000000");
    CHECK(dec("-1000000000000000").to_string() == "-1000000000000000");
    CHECK(dec("999999999999999.999999").to_fixed(6) == "999999999999999.999999");
    CHECK(dec("1000000000000000").micros() == Decimal::Micros{1'000'000'000'000'000} * 1'000'000);
    for (const char* text : {"1000000000000000.000001", "-1000000000000000.000001",
                             "1000000000000001", "9999999999999999"}) {
        INFO(text);
        auto parsed = Decimal::parse(text);
        CHECK_FALSE(parsed.value.has_value());
        CHECK(parsed.error ==
              std::string("number too large (at most 1000000000000000): \"") + text + "\"");
    }
    // Longer than any bound: refused without reading the digits into 128 bits.
    CHECK(Decimal::parse("12345678901234567").error == "number too large: \"12345678901234567\"");
    CHECK(Decimal::parse_any("123456789012345678901234567890123456789012").error ==
          "number too large: \"123456789012345678901234567890123456789012\"");
}

TEST_CASE("sums the program writes read back beyond the input bound") {
    auto parsed = Decimal::parse_any("18000000000000000.00");
    REQUIRE(parsed.value.has_value());
    CHECK(parsed.value->to_fixed(2) == "18000000000000000.00");
    CHECK_FALSE(Decimal::parse("18000000000000000.00").value.has_value());
}

TEST_CASE("Decimal arithmetic throws at its bound and never wraps") {
    const Decimal max = Decimal::from_micros(Decimal::kMaxMicros);
    const Decimal one = Decimal::from_micros(1);
    CHECK_THROWS_AS(max + one, DecimalOverflow);
    CHECK_THROWS_AS(Decimal{} - max - one, DecimalOverflow);
    Decimal sum = max;
    CHECK_THROWS_AS(sum += one, DecimalOverflow);
    CHECK(sum == max);  // unchanged by the refused addition
    CHECK_NOTHROW(max - one + one);
    CHECK_THROWS_AS(Decimal::from_micros(Decimal::kMaxMicros + 1), DecimalOverflow);
    CHECK_THROWS_AS(checked_multiply(Decimal::kMaxMicros, Decimal::kMaxMicros), DecimalOverflow);
    CHECK(checked_int64(INT64_MAX) == INT64_MAX);
    CHECK_THROWS_AS(checked_int64(Decimal::Micros{INT64_MAX} + 1), DecimalOverflow);
    // The bound is 10^27 units: 10^12 amounts of 10^15.
    CHECK(max.to_string() == "1000000000000000000000000000");
}

TEST_CASE("twenty amounts of 9 × 10^14 add up exactly (they wrapped in 64 bits)") {
    const Decimal amount = dec("900000000000000.99");
    Decimal sum;
    for (int i = 0; i < 20; ++i) sum += amount;
    CHECK(sum.to_fixed(2) == "18000000000000019.80");
    Decimal rest = amount;
    for (int i = 0; i < 20; ++i) rest -= amount;
    CHECK(rest.to_fixed(2) == "-17100000000000018.81");
}

TEST_CASE("random large sums agree with an independent exact reference") {
    std::mt19937_64 random(20261123);
    std::uniform_int_distribution<int64_t> units(0, Decimal::kMaxInputUnits);
    std::uniform_int_distribution<int64_t> millionths(0, 999'999);
    std::uniform_int_distribution<int> count(1, 1000);
    for (int trial = 0; trial < 300; ++trial) {
        Decimal sum;
        ReferenceSum reference;
        const int n = count(random);
        for (int i = 0; i < n; ++i) {
            const bool negative = random() % 4 == 0;
            int64_t u = units(random), m = millionths(random);
            if (u == Decimal::kMaxInputUnits) m = 0;  // 10^15 exactly, the largest input
            std::string fraction = std::to_string(m);
            fraction.insert(0, 6 - fraction.size(), '0');
            const std::string text = (negative ? "-" : "") + std::to_string(u) + "." + fraction;
            const Decimal value = dec(text.c_str());
            // Each input prints and parses back to itself.
            REQUIRE(Decimal::parse(value.to_string()).value == value);
            sum += value;
            reference.add(negative, u, m);
        }
        INFO("trial " << trial << ", " << n << " values");
        REQUIRE(sum.to_string() == reference.text());
        // The sum reads back exactly as the program would store or report it.
        REQUIRE(Decimal::parse_any(sum.to_string()).value == sum);
    }
}

TEST_CASE("a line at the input bound is exact, and one beyond 128 bits is refused") {
    const std::vector<Tax> taxes = {Tax{"ALL", {"ALL", "ALL"}, dec("100")}};
    const TaxTable table(taxes);
    // 10^15 at 100 % tax: subtotal 10^15, tax 10^15, total 2 × 10^15.
    Line line{"P", "", dec("1"), dec("1000000000000000"), Decimal{}, {"ALL"}};
    Totals totals = compute_totals({line, line}, table, 2);
    CHECK(totals.untaxed.to_fixed(2) == "2000000000000000.00");
    CHECK(totals.total.to_fixed(2) == "4000000000000000.00");
    CHECK(line_total_minor_units(line, table, 2) == Decimal::Micros{200'000'000'000'000'000});
    // 10^15 × 10^15 is 10^42 in millionths²: beyond 128 bits, so refused rather than wrapped.
    Line huge{"P", "", dec("1000000000000000"), dec("1000000000000000"), Decimal{}, {}};
    CHECK_THROWS_AS(line_subtotal_minor_units(huge, 2), DecimalOverflow);
    CHECK_THROWS_AS(compute_totals({huge}, table, 2), DecimalOverflow);
}
