// VAT identifiers by their country's format, and France's key (core/vat_id). The valid French
// values and their keys were computed apart from this code.
#include "core/vat_id.h"

#include <catch2/catch.hpp>

using namespace portalgen;

TEST_CASE("VAT ids of the right format are accepted") {
    for (const char* id : {"FR89912345683",
                           "FR96552100554",
                           "FRXA912345683",
                           "FR4A912345683",
                           "DE123456789",
                           "ATU12345678",
                           "BE0123456789",
                           "BE1123456789",
                           "NL123456789B01",
                           "ESA1234567B",
                           "ES12345678Z",
                           "ESX12345678",
                           "IE1234567T",
                           "IE1234567WA",
                           "IE1S23456L",
                           "IE1+23456L",
                           "EL123456789",
                           "RO12",
                           "RO1234567890",
                           "CY12345678L",
                           "XI123456789",
                           "XIGD123",
                           "GB123456789012",
                           "GBHA123",
                           "CHE123456789",
                           "NO123456789MVA",
                           "US123456789",
                           "CA123456789",
                           "JP12"}) {
        INFO(id);
        CHECK(vat_id_problem(id) == "");
    }
}

TEST_CASE("a French VAT id with a wrong key or SIREN is refused, with the expected key") {
    CHECK(vat_id_problem("FR88912345683") == "VAT id FR88912345683: wrong check key (expected 89)");
    CHECK(vat_id_problem("FR90912345683") == "VAT id FR90912345683: wrong check key (expected 89)");
    CHECK(vat_id_problem("FR97552100554") == "VAT id FR97552100554: wrong check key (expected 96)");
    CHECK(vat_id_problem("FR89912345684") ==
          "VAT id FR89912345684: its SIREN 912345684 has a wrong check digit");
    CHECK(vat_id_problem("FRXA912345684") ==
          "VAT id FRXA912345684: its SIREN 912345684 has a wrong check digit");
}

TEST_CASE("VAT ids of the wrong length or characters are refused, and said so") {
    struct Case {
        const char* id;
        const char* problem;
    };
    for (auto [id, problem] : {
             Case{"FR8991234568",
                  "VAT id FR8991234568: expected FR followed by 2 key characters and the 9-digit "
                  "SIREN"},
             Case{"FR899123456830",
                  "VAT id FR899123456830: expected FR followed by 2 key "
                  "characters and the 9-digit SIREN"},
             Case{"DE12345678", "VAT id DE12345678: expected DE followed by 9 digits"},
             Case{"AT12345678", "VAT id AT12345678: expected AT followed by U and 8 digits"},
             Case{"BE2123456789",
                  "VAT id BE2123456789: expected BE followed by 10 digits, the "
                  "first 0 or 1"},
             Case{"NL123456789A01",
                  "VAT id NL123456789A01: expected NL followed by 9 digits, B "
                  "and 2 digits"},
             Case{"ES123456789",
                  "VAT id ES123456789: expected ES followed by a letter or digit, 7 "
                  "digits, a letter or digit, not both digits"},
             Case{"CH123456789",
                  "VAT id CH123456789: expected CH followed by E and 9 digits "
                  "(CHE123456789)"},
             Case{"NO123456789", "VAT id NO123456789: expected NO followed by 9 digits and MVA"},
             Case{"RO1", "VAT id RO1: expected RO followed by 2 to 10 digits"},
             Case{"GR123456789", "VAT id GR123456789: Greek VAT ids begin with EL"},
             Case{"EU123456789", "VAT id EU123456789: EU is not a country prefix"},
             Case{"QQ123456789", "VAT id QQ123456789: QQ is not a country prefix"},
             Case{"US1", "VAT id US1: 2 to 13 letters or digits expected after US"},
             Case{"US12345678901234",
                  "VAT id US12345678901234: 2 to 13 letters or digits "
                  "expected after US"},
             Case{"US12345+", "VAT id US12345+: 2 to 13 letters or digits expected after US"},
             Case{"fr89912345683", "VAT id fr89912345683: upper case letters only"},
             Case{"FR 89 912345683",
                  "VAT id FR 89 912345683: write it without spaces or "
                  "punctuation"},
             Case{"CHE-123.456.789",
                  "VAT id CHE-123.456.789: write it without spaces or "
                  "punctuation"},
             Case{"FR89912345683\xc3\xa9", "VAT id FR89912345683\xc3\xa9: letters and digits only"},
             Case{"F", "VAT id F: begins with its country's two letters"},
             Case{"912345683", "VAT id 912345683: begins with its country's two letters"},
             Case{"", "VAT id is empty"},
         }) {
        INFO(id);
        CHECK(vat_id_problem(id) == problem);
    }
}
