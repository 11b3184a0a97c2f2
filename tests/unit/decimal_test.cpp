// Exact decimals: parsing, rounding half away from zero, printing.
#include "core/decimal.h"

#include <catch2/catch.hpp>

using portalgen::Decimal;

static Decimal dec(const char* text) {
    auto parsed = Decimal::parse(text);
    REQUIRE(parsed.value.has_value());
    return *parsed.value;
}

TEST_CASE("Decimal parses plain decimals exactly") {
    struct Case {
        const char* text;
        int64_t micros;
    } cases[] = {
        {"0", 0},
        {"19.99", 19'990'000},
        {"-3.5", -3'500'000},
        {"+2", 2'000'000},
        {"9.975", 9'975'000},
        {"0.000001", 1},
        {"017", 17'000'000},
        {"100.000000", 100'000'000},
        {"999999999999.999999", 999'999'999'999'999'999},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(dec(c.text).micros() == c.micros);
    }
}

TEST_CASE("Decimal refuses what is not an exact decimal") {
    struct Case {
        const char* text;
        const char* error;
    } cases[] = {
        {"", "expected a decimal number like 12 or 19.99, got \"\""},
        {"1.", "expected a decimal number like 12 or 19.99, got \"1.\""},
        {".5", "expected a decimal number like 12 or 19.99, got \".5\""},
        {"1e3", "expected a decimal number like 12 or 19.99, got \"1e3\""},
        {"1,5", "expected a decimal number like 12 or 19.99, got \"1,5\""},
        {"0x10", "expected a decimal number like 12 or 19.99, got \"0x10\""},
        {" 1", "expected a decimal number like 12 or 19.99, got \" 1\""},
        {"1.0000001", "more than 6 decimals in \"1.0000001\""},
        // SPEC 7: above 10^15 is refused (the limit was 10^12 − 10^-6 before).
        {"1000000000000000.000001",
         "number too large (at most 1000000000000000): \"1000000000000000.000001\""},
        {"99999999999999999999", "number too large: \"99999999999999999999\""},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto parsed = Decimal::parse(c.text);
        CHECK_FALSE(parsed.value.has_value());
        CHECK(parsed.error == c.error);
    }
}

TEST_CASE("Decimal rounds half away from zero") {
    struct Case {
        const char* value;
        int digits;
        const char* expected;
    } cases[] = {
        {"2.345", 2, "2.35"},    {"2.344999", 2, "2.34"}, {"-2.345", 2, "-2.35"},
        {"-2.344", 2, "-2.34"},  {"0.005", 2, "0.01"},    {"-0.005", 2, "-0.01"},
        {"0.004999", 2, "0"},    {"1000.5", 0, "1001"},   {"1000.499999", 0, "1000"},
        {"-1000.5", 0, "-1001"}, {"1.2345675", 6, ""},    {"7", 2, "7"},
    };
    for (const auto& c : cases) {
        INFO(c.value << " to " << c.digits);
        auto parsed = Decimal::parse(c.value);
        if (!parsed.value) {  // 7 decimals: refused at input, never rounded silently
            CHECK(std::string(c.expected).empty());
            continue;
        }
        CHECK(parsed.value->rounded(c.digits).to_string() == c.expected);
    }
}

TEST_CASE("Decimal prints shortest and fixed forms") {
    CHECK(dec("14.50").to_string() == "14.5");
    CHECK(dec("0.000").to_string() == "0");
    CHECK(dec("-0.0").to_string() == "0");
    CHECK(dec("1001").to_fixed(0) == "1001");
    CHECK(dec("14.5").to_fixed(2) == "14.50");
    CHECK(dec("-3.1").to_fixed(2) == "-3.10");
    CHECK(dec("0.000001").to_string() == "0.000001");
    CHECK((dec("0.1") + dec("0.2")) == dec("0.3"));
}
