// IBANs by country length and mod 97, and BICs by their shape (core/iban, core/bic). The valid
// IBANs and the expected check digits were computed apart from this code.
#include "core/iban.h"

#include <catch2/catch.hpp>

#include "core/bic.h"

using namespace portalgen;

TEST_CASE("valid IBANs of several countries are accepted") {
    for (const char* iban :
         {"FR7630006000011234567890189", "DE89370400440532013000", "GB29NWBK60161331926819",
          "NL91ABNA0417164300", "BE68539007547034", "CH9300762011623852957", "NO9386011117947",
          "MT84MALT011000012345MTLCAST001S"}) {
        INFO(iban);
        CHECK(iban_problem(iban) == "");
    }
}

TEST_CASE("wrong IBANs are refused, and said so") {
    struct Case {
        const char* iban;
        const char* problem;
    };
    for (auto [iban, problem] : {
             Case{"FR7630006000011234567890188",
                  "IBAN FR7630006000011234567890188: wrong check digits (expected 06)"},
             Case{"FR7730006000011234567890189",
                  "IBAN FR7730006000011234567890189: wrong check digits (expected 76)"},
             Case{"FR763000600001123456789018",
                  "IBAN FR763000600001123456789018: 27 characters expected for FR, not 26"},
             Case{"FR76300060000112345678901890",
                  "IBAN FR76300060000112345678901890: 27 characters expected for FR, not 28"},
             Case{"US7630006000011234567890189",
                  "IBAN US7630006000011234567890189: US is not a country of the IBAN registry"},
             Case{"FRAB30006000011234567890189",
                  "IBAN FRAB30006000011234567890189: the two "
                  "characters after the country are the check "
                  "digits"},
             Case{"7630006000011234567890189",
                  "IBAN 7630006000011234567890189: begins with its country's two letters"},
             Case{"F", "IBAN F: begins with its country's two letters"},
             Case{"FR76 3000 6000 0112 3456 7890 189",
                  "IBAN FR76 3000 6000 0112 3456 7890 189: write it without spaces"},
             Case{"fr7630006000011234567890189",
                  "IBAN fr7630006000011234567890189: upper case letters only"},
             Case{"FR76-30006000011234567890189",
                  "IBAN FR76-30006000011234567890189: letters and digits only"},
             Case{"", "IBAN is empty"},
         }) {
        INFO(iban);
        CHECK(iban_problem(iban) == problem);
    }
}

TEST_CASE("BICs of 8 or 11 characters") {
    struct Case {
        const char* bic;
        const char* problem;
    };
    for (auto [bic, problem] : {
             Case{"AGRIFRPP", ""},
             Case{"DEUTDEFF500", ""},
             Case{"BNPAFRPPXXX", ""},
             Case{"NWBKGB2L", ""},
             Case{"AGRIFRP", "BIC AGRIFRP: 8 or 11 characters expected, not 7"},
             Case{"AGRIFRPPX", "BIC AGRIFRPPX: 8 or 11 characters expected, not 9"},
             Case{"1GRIFRPP",
                  "BIC 1GRIFRPP: its first 6 characters are letters (bank and country)"},
             Case{"AGRIF1PP",
                  "BIC AGRIF1PP: its first 6 characters are letters (bank and country)"},
             Case{"agrifrpp", "BIC agrifrpp: upper case letters only"},
             Case{"AGRI FRPP", "BIC AGRI FRPP: letters and digits only, without spaces"},
             Case{"", "BIC is empty"},
         }) {
        INFO(bic);
        CHECK(bic_problem(bic) == problem);
    }
}
