// French SIREN and SIRET numbers by Luhn, and La Poste's own rule (core/siren). The valid values
// were computed apart from this code.
#include "core/siren.h"

#include <catch2/catch.hpp>

#include "core/luhn.h"

using namespace portalgen;

TEST_CASE("Luhn: the check digit of ISO/IEC 7812") {
    CHECK(passes_luhn("79927398713"));
    CHECK_FALSE(passes_luhn("79927398710"));
    CHECK(passes_luhn("0"));
    CHECK_FALSE(passes_luhn(""));
    CHECK_FALSE(passes_luhn("7992739871a"));
}

TEST_CASE("SIREN numbers") {
    struct Case {
        const char* siren;
        const char* problem;
    };
    for (auto [siren, problem] : {
             Case{"912345683", ""},
             Case{"552100554", ""},
             Case{"732829320", ""},
             Case{"356000000", ""},
             Case{"912345684", "SIREN 912345684: wrong check digit"},
             Case{"912345693", "SIREN 912345693: wrong check digit"},
             Case{"91234568", "SIREN 91234568: 9 digits expected, not 8"},
             Case{"9123456830", "SIREN 9123456830: 9 digits expected, not 10"},
             Case{"91234568A", "SIREN 91234568A: digits only, without spaces"},
             Case{"912 345 683", "SIREN 912 345 683: digits only, without spaces"},
             Case{"", "SIREN is empty"},
         }) {
        INFO(siren);
        CHECK(siren_problem(siren) == problem);
    }
}

TEST_CASE("SIRET numbers, La Poste's by the sum of their digits") {
    struct Case {
        const char* siret;
        const char* problem;
    };
    for (auto [siret, problem] : {
             Case{"91234568300011", ""},
             Case{"55210055400013", ""},
             Case{"91234568300012", "SIRET 91234568300012: wrong check digit"},
             Case{"91234568400001",
                  "SIRET 91234568400001: its SIREN 912345684 has a wrong check "
                  "digit"},
             // La Poste: the head office passes Luhn, the other establishments a digit sum
             // multiple of 5 (35600000000014 passes Luhn, not that rule).
             Case{"35600000000048", ""},
             Case{"35600000010000", ""},
             Case{"35600000049837", ""},
             Case{"35600000000014", "SIRET 35600000000014: wrong check digit"},
             Case{"9123456830001", "SIRET 9123456830001: 14 digits expected, not 13"},
             Case{"912345683000110", "SIRET 912345683000110: 14 digits expected, not 15"},
             Case{"912345683 00011", "SIRET 912345683 00011: digits only, without spaces"},
             Case{"", "SIRET is empty"},
         }) {
        INFO(siret);
        CHECK(siret_problem(siret) == problem);
    }
}
