// The EN 16931 code lists compiled into the program: units, VAT categories, VATEX exemption
// reasons, electronic address schemes and ICD schemes. Each code below was looked up in the
// validators' own lists, apart from this code.
#include <catch2/catch.hpp>

#include "core/eas_code.h"
#include "core/icd_code.h"
#include "core/unit_code.h"
#include "core/vat_category.h"
#include "core/vatex_code.h"

using namespace portalgen;

TEST_CASE("unit codes of UN/ECE Recommendations 20 and 21") {
    // 10 and ZZ are the first and last of the list.
    for (const char* code :
         {"C62", "HUR", "DAY", "MON", "ANN", "H87", "KGM", "MTR", "LTR", "XBX", "1I", "10", "ZZ"}) {
        INFO(code);
        CHECK(is_unit_code(code));
    }
    for (const char* code : {"c62", "hur", "C6", "C620", "PCE", "HOUR", "ABC", " C62", ""}) {
        INFO(code);
        CHECK_FALSE(is_unit_code(code));
    }
}

TEST_CASE("VAT categories of EN 16931, and those that need an exemption reason") {
    for (const char* code : {"S", "Z", "E", "AE", "K", "G", "O", "L", "M"}) {
        INFO(code);
        CHECK(is_vat_category(code));
    }
    for (const char* code : {"B", "s", "ae", "A", "AE ", "SS", ""}) {
        INFO(code);
        CHECK_FALSE(is_vat_category(code));
    }
    for (const char* code : {"E", "AE", "K", "G", "O"}) {
        INFO(code);
        CHECK(category_needs_exemption(code));
    }
    for (const char* code : {"S", "Z", "L", "M", "B", "e", ""}) {
        INFO(code);
        CHECK_FALSE(category_needs_exemption(code));
    }
}

TEST_CASE("VATEX exemption reason codes") {
    // VATEX-EU-132 and VATEX-FR-FRANCHISE are the first and last of the list.
    for (const char* code : {"VATEX-EU-AE", "VATEX-EU-IC", "VATEX-EU-G", "VATEX-EU-O",
                             "VATEX-EU-79-C", "VATEX-EU-132", "VATEX-FR-FRANCHISE"}) {
        INFO(code);
        CHECK(is_vatex_code(code));
    }
    for (const char* code : {"vatex-eu-ae", "VATEX-EU-XX", "VATEX-EU-AE ", "AE", ""}) {
        INFO(code);
        CHECK_FALSE(is_vatex_code(code));
    }
}

TEST_CASE("electronic address schemes (EAS)") {
    // 0002 and EM are the first and last of the list.
    for (const char* code : {"0225", "0009", "0088", "0002", "9957", "EM"}) {
        INFO(code);
        CHECK(is_eas_code(code));
    }
    // 0219 and 0220 are on the CEN list only: Factur-X refuses them.
    for (const char* code : {"0219", "0220", "0001", "225", "em", "0225 ", ""}) {
        INFO(code);
        CHECK_FALSE(is_eas_code(code));
    }
}

TEST_CASE("ISO 6523 ICD schemes of a legal registration identifier") {
    // 0002 and 0248 are the first and last of the list.
    for (const char* code : {"0002", "0009", "0060", "0088", "0225", "0248"}) {
        INFO(code);
        CHECK(is_icd_code(code));
    }
    for (const char* code : {"0001", "2", "0002 ", "EM", ""}) {
        INFO(code);
        CHECK_FALSE(is_icd_code(code));
    }
}
