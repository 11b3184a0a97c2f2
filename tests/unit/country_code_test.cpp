// ISO 3166-1 country codes as the EN 16931 validators accept them, and their names
// (core/country_code).
#include "core/country_code.h"

#include <catch2/catch.hpp>

using namespace portalgen;

TEST_CASE("ISO 3166-1 alpha-2 codes in upper case are countries") {
    for (const char* code : {"FR", "CA", "DE", "BE", "CH", "US", "GB", "JP"}) {
        INFO(code);
        CHECK(is_country_code(code));
    }
}

TEST_CASE("other codes are not") {
    // SS is ISO's but the validators' lists lack it; 1A, XI and XK are not ISO's; AN is withdrawn.
    for (const char* code :
         {"SS", "1A", "XI", "XK", "AN", "EL", "ZZ", "fr", "Fr", "FRA", "F", "", " FR"}) {
        INFO(code);
        CHECK_FALSE(is_country_code(code));
    }
}

TEST_CASE("a country's name in the reader's language") {
    CHECK(country_name("FR", "fr") == "France");
    CHECK(country_name("CA", "en") == "Canada");
    CHECK(country_name("DE", "fr") == "Allemagne");
    CHECK(country_name("DE", "en") == "Germany");
    CHECK(country_name("CH", "fr") == "Suisse");
    CHECK(country_name("US", "fr-CA") == "\xc3\x89tats-Unis");
    CHECK(country_name("ZZ", "en") == "");
    CHECK(country_name("fr", "fr") == "");
}
