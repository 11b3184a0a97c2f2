// Dates, amounts, numbers and percentages as ICU writes them for each locale, byte for byte
// (the spaces are U+00A0 no-break and U+202F narrow no-break spaces).
#include "view/locale_format.h"

#include <catch2/catch.hpp>

#include "view/locale_format_cache.h"
#include "view_fixture.h"

using namespace portalgen;
using portalgen::testing::at;
using portalgen::testing::day;
using portalgen::testing::dec;

namespace {
const std::string nbsp = "\u00a0";
const std::string nnbsp = "\u202f";
}  // namespace

TEST_CASE("amounts in the currency and the locale") {
    CHECK(LocaleFormat("fr-CA", "CAD").money(dec("1234.56")) == "1" + nbsp + "234,56" + nbsp + "$");
    CHECK(LocaleFormat("en-CA", "CAD").money(dec("1234.56")) == "$1,234.56");
    CHECK(LocaleFormat("en-US", "CAD").money(dec("1234.56")) == "CA$1,234.56");
    CHECK(LocaleFormat("fr-FR", "EUR").money(dec("1234567.89")) ==
          "1" + nnbsp + "234" + nnbsp + "567,89" + nbsp + "€");
    CHECK(LocaleFormat("en-US", "USD").money(dec("0")) == "$0.00");
}

TEST_CASE("JPY has no decimals and rounds half away from zero") {
    CHECK(LocaleFormat("en-US", "JPY").money(dec("1235")) == "¥1,235");
    CHECK(LocaleFormat("en-US", "JPY").money(dec("1234.5")) == "¥1,235");
    CHECK(LocaleFormat("fr-CA", "JPY").money(dec("1235")) == "1" + nbsp + "235" + nbsp + "¥");
    CHECK(LocaleFormat("en-US", "JPY").money_key(dec("1234.5")) == "1235");
    CHECK(LocaleFormat("en-US", "JPY").currency_digits() == 0);
}

TEST_CASE("amounts reach ICU exactly, beyond what a double holds") {
    LocaleFormat en("en-US", "USD");
    // 2^53 + 1 millionths: no double holds it.
    CHECK(en.number(Decimal::from_micros(9007199254740993)) == "9,007,199,254.740993");
    CHECK(en.money(dec("999999999999.99")) == "$999,999,999,999.99");
    CHECK(en.money_key(dec("0.005")) == "0.01");
    CHECK(en.money_key(dec("-0.005")) == "-0.01");
}

TEST_CASE("unit prices keep their decimals, at least the currency's") {
    LocaleFormat en("en-CA", "CAD");
    CHECK(en.unit_price(dec("149")) == "$149.00");
    CHECK(en.unit_price(dec("0.125")) == "$0.125");
    CHECK(LocaleFormat("fr-CA", "CAD").unit_price(dec("0.125")) == "0,125" + nbsp + "$");
}

TEST_CASE("dates are ICU's medium dates") {
    CHECK(LocaleFormat("fr-FR", "EUR").date(day("2026-11-23")) == "23 nov. 2026");
    CHECK(LocaleFormat("fr-CA", "CAD").date(day("2026-03-05")) == "5 mars 2026");
    CHECK(LocaleFormat("en-US", "USD").date(day("2026-11-23")) == "Nov 23, 2026");
    CHECK(LocaleFormat("en-CA", "CAD").date(day("2026-11-23")) == "Nov 23, 2026");
    CHECK(LocaleFormat("fr-FR", "EUR").month(*Month::parse("2027-03")) == "03/2027");
}

TEST_CASE("timestamps show the time as written, at their own offset, which they name") {
    const std::string minus = "\u2212";  // CLDR's French offsets use the minus sign
    LocaleFormat fr("fr-FR", "EUR");
    CHECK(fr.date_time(at("2026-11-10T09:03:00-05:00")) == "10 nov. 2026, 09:03 UTC" + minus + "5");
    CHECK(fr.date_time(at("2026-11-10T14:03:00Z")) == "10 nov. 2026, 14:03 UTC");
    CHECK(fr.date_time(at("2026-11-10T19:33:00+05:30")) == "10 nov. 2026, 19:33 UTC+5:30");
    CHECK(LocaleFormat("fr-CA", "CAD").date_time(at("2026-11-10T14:03:00Z")) ==
          "10 nov. 2026, 14 h 03 UTC");
    LocaleFormat en("en-US", "USD");
    CHECK(en.date_time(at("2026-11-10T14:03:00Z")) == "Nov 10, 2026, 2:03" + nnbsp + "PM UTC");
    CHECK(en.date_time(at("2026-11-10T09:03:00-05:00")) ==
          "Nov 10, 2026, 9:03" + nnbsp + "AM GMT-5");
    // Just after midnight at its offset: the day as written, not the UTC day before.
    CHECK(fr.date_time(at("2026-11-01T00:30:00+01:00")) == "1er nov. 2026, 00:30 UTC+1");
}

TEST_CASE("French writes the first day of a month as 1er, in France and in Quebec") {
    for (const char* locale : {"fr-FR", "fr-CA"}) {
        INFO(locale);
        LocaleFormat fr(locale, "EUR");
        CHECK(fr.date(day("2026-11-01")) == "1er nov. 2026");
        CHECK(fr.date(day("2027-01-01")) == "1er janv. 2027");
        CHECK(fr.date(day("2026-11-02")) == "2 nov. 2026");
        CHECK(fr.date(day("2026-11-10")) == "10 nov. 2026");
        CHECK(fr.date(day("2026-10-31")) == "31 oct. 2026");
        CHECK(fr.date(day("2026-11-11")) == "11 nov. 2026");
    }
    CHECK(LocaleFormat("en-US", "USD").date(day("2026-11-01")) == "Nov 1, 2026");
    CHECK(LocaleFormat("en-CA", "CAD").date(day("2026-11-01")) == "Nov 1, 2026");
}

TEST_CASE("numbers and percentages per locale") {
    CHECK(LocaleFormat("fr-FR", "EUR").number(dec("1234.5")) == "1" + nnbsp + "234,5");
    CHECK(LocaleFormat("fr-CA", "CAD").number(dec("10.5")) == "10,5");
    CHECK(LocaleFormat("en-CA", "CAD").number(dec("10.5")) == "10.5");
    CHECK(LocaleFormat("fr-CA", "CAD").percent(dec("9.975")) == "9,975" + nbsp + "%");
    CHECK(LocaleFormat("en-CA", "CAD").percent(dec("10")) == "10%");
    CHECK(LocaleFormat("fr-FR", "EUR").integer(12345) == "12" + nnbsp + "345");
}

TEST_CASE("CLDR plural categories") {
    LocaleFormat en("en-CA", "CAD"), fr("fr-CA", "CAD");
    CHECK(en.plural_category(1) == "one");
    CHECK(en.plural_category(0) == "other");
    CHECK(en.plural_category(2) == "other");
    CHECK(fr.plural_category(0) == "one");
    CHECK(fr.plural_category(1) == "one");
    CHECK(fr.plural_category(2) == "other");
}

TEST_CASE("a date formatted again, after others, is the same (dates are remembered)") {
    const LocaleFormat fr("fr-FR", "EUR");
    CHECK(fr.date(day("2026-11-23")) == "23 nov. 2026");
    CHECK(fr.date(day("2026-03-05")) == "5 mars 2026");
    CHECK(fr.date(day("2026-11-23")) == "23 nov. 2026");
    // More dates than are remembered: the oldest are formatted again, still right.
    for (int i = 0; i < 5000; ++i) fr.date(day("2020-01-01").plus_days(i));
    CHECK(fr.date(day("2026-03-05")) == "5 mars 2026");
    CHECK(fr.date(day("2020-01-01").plus_days(4999)) == "8 sept. 2033");
}

TEST_CASE("values forgotten between customers are formatted again, the same") {
    const LocaleFormat fr("fr-CA", "CAD");
    CHECK(fr.money(dec("1234.56")) == "1" + nbsp + "234,56" + nbsp + "$");
    CHECK(fr.date(day("2026-11-23")) == "23 nov. 2026");
    fr.forget();
    CHECK(fr.money(dec("1234.56")) == "1" + nbsp + "234,56" + nbsp + "$");
    CHECK(fr.unit_price(dec("0.125")) == "0,125" + nbsp + "$");
    CHECK(fr.number(dec("1234.5")) == "1" + nbsp + "234,5");
    CHECK(fr.date(day("2026-11-23")) == "23 nov. 2026");
}

TEST_CASE("a thread's formats: one per locale and currency, values forgotten past a bound") {
    LocaleFormatCache formats(6);
    const LocaleFormat& fr_cad = formats.get("fr-CA", "CAD");
    CHECK(&formats.get("fr-CA", "CAD") == &fr_cad);
    CHECK(&formats.get("fr-CA", "USD") != &fr_cad);
    CHECK(&formats.get("en-CA", "CAD") != &fr_cad);
    const LocaleFormat& en_cad = formats.get("en-CA", "CAD");
    CHECK(en_cad.money(dec("1234.56")) == "$1,234.56");
    CHECK(en_cad.date(day("2026-11-23")) == "Nov 23, 2026");
    CHECK(fr_cad.money(dec("1234.56")) == "1" + nbsp + "234,56" + nbsp + "$");
    CHECK(fr_cad.money(dec("1")) == "1,00" + nbsp + "$");
    CHECK(fr_cad.number(dec("2")) == "2");
    CHECK(fr_cad.remembered() == 3);
    CHECK(en_cad.remembered() == 2);

    formats.trim();  // 5 of 6: all kept
    CHECK(fr_cad.remembered() == 3);
    CHECK(en_cad.remembered() == 2);
    CHECK(fr_cad.unit_price(dec("0.125")) == "0,125" + nbsp + "$");
    formats.trim();  // 6 of 6: all kept
    CHECK(fr_cad.remembered() == 4);
    CHECK(en_cad.date(day("2026-11-24")) == "Nov 24, 2026");
    formats.trim();  // 7: all forgotten, in every format
    CHECK(fr_cad.remembered() == 0);
    CHECK(en_cad.remembered() == 0);
    CHECK(&formats.get("fr-CA", "CAD") == &fr_cad);
    CHECK(fr_cad.money(dec("1234.56")) == "1" + nbsp + "234,56" + nbsp + "$");
}

TEST_CASE("a thread's formats: the least recently used dropped between customers past a bound") {
    LocaleFormatCache formats(LocaleFormatCache::kRemembered, 2);
    const LocaleFormat& en_cad = formats.get("en-CA", "CAD");
    const LocaleFormat& fr_cad = formats.get("fr-CA", "CAD");
    formats.get("en-CA", "EUR");
    CHECK(formats.size() == 3);  // within a customer, every format stays valid
    CHECK(en_cad.money(dec("1")) == "$1.00");
    formats.get("fr-CA", "CAD");  // used again: now more recent than en-CA EUR
    formats.trim();
    CHECK(formats.size() == 2);
    CHECK(&formats.get("fr-CA", "CAD") == &fr_cad);  // kept, the same object
    CHECK(fr_cad.money(dec("1")) == "1,00" + nbsp + "$");
    formats.get("en-CA", "EUR");  // kept too: en-CA CAD was the one dropped
    CHECK(formats.size() == 2);
    formats.get("en-CA", "CAD");  // made again
    CHECK(formats.size() == 3);
    CHECK(formats.get("en-CA", "CAD").money(dec("1")) == "$1.00");
}
