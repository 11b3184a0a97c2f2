// LocaleFormat: dates, amounts, numbers and percentages written the way a locale writes them,
// by ICU (SPEC section 3). Decimals reach ICU as exact decimal strings, never as doubles.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "core/date.h"
#include "core/decimal.h"

namespace portalgen {

// Not thread-safe (ICU's formatters are not, and dates are remembered): one per thread.
class LocaleFormat {
  public:
    // `locale_tag` is a BCP 47 tag such as "fr-CA"; `currency` an ISO 4217 code.
    LocaleFormat(const std::string& locale_tag, const std::string& currency);
    ~LocaleFormat();
    LocaleFormat(const LocaleFormat&) = delete;
    LocaleFormat& operator=(const LocaleFormat&) = delete;

    const std::string& locale_tag() const { return locale_tag_; }
    const std::string& currency() const { return currency_; }
    int currency_digits() const { return currency_digits_; }

    // "1 234,56 $" (fr-CA), "$1,234.56" (en-CA), "¥1,235" (en-US, JPY): rounded to the currency.
    std::string money(Decimal amount) const;
    // A unit price: the currency's digits at least, up to six ("$0.125", "$149.00").
    std::string unit_price(Decimal amount) const;
    // The amount as a plain decimal with the currency's digits, for sorting: "1234.56".
    std::string money_key(Decimal amount) const;
    // Quantities and hours: "1 234,5" (fr-FR), "10.5" (en).
    std::string number(Decimal value) const;
    std::string integer(long long value) const;
    // A value that already is a percent: 9.975 -> "9,975 %" (fr), "9.975%" (en).
    std::string percent(Decimal value) const;
    // Medium date: "23 nov. 2026", "1er nov. 2026" (fr), "Nov 23, 2026" (en). Every date a
    // customer reads (pages, PDFs, e-mails) is written here.
    std::string date(Date date) const;
    // Medium date, time and zone, at the offset the timestamp was written with:
    // "10 nov. 2026, 09:03 UTC−5" (fr-FR), "Nov 10, 2026, 2:03 PM UTC" (en-US).
    std::string date_time(const Timestamp& at) const;
    // A card's expiry month: "03/2027".
    std::string month(Month month) const;
    // The CLDR plural category of a count in this locale: "one", "other", "many"...
    std::string plural_category(long long count) const;
    // The same for a decimal quantity, as written: "1,5 jour" (fr: one), "1.5 days" (en: other).
    std::string plural_category(Decimal value) const;

    // How many values are remembered (below), and forgetting them all.
    std::size_t remembered() const;
    void forget() const;

  private:
    struct Formatters;
    std::string locale_tag_;
    std::string currency_;
    int currency_digits_;
    std::unique_ptr<Formatters> f_;
    // Dates, amounts and quantities already formatted, by day and by micros: a portal writes
    // the same few on many pages (an invoice's total on its page, the list, the dashboard, its
    // PDF), and ICU took a tenth of a page's time for dates, and as much again for numbers.
    mutable std::unordered_map<int32_t, std::string> dates_;
    struct MicrosHash {
        std::size_t operator()(Decimal::Micros micros) const {
            return std::hash<uint64_t>{}(static_cast<uint64_t>(micros) ^
                                         static_cast<uint64_t>(micros >> 64) * 0x9e3779b97f4a7c15);
        }
    };
    using ByMicros = std::unordered_map<Decimal::Micros, std::string, MicrosHash>;
    mutable ByMicros amounts_;
    mutable ByMicros unit_prices_;
    mutable ByMicros numbers_;
};

}  // namespace portalgen
