#include "view/locale_format.h"

#include <unicode/datefmt.h>
#include <unicode/dtptngen.h>
#include <unicode/numberformatter.h>
#include <unicode/plurrule.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <stdexcept>
#include <string_view>

#include "core/currency.h"

namespace portalgen {

namespace {

constexpr double kMillisPerDay = 86'400'000.0;

void check(UErrorCode status, const char* what) {
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("ICU: ") + what + ": " + u_errorName(status));
}

std::string utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

icu::Locale locale_of(const std::string& tag) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = icu::Locale::forLanguageTag(tag, status);
    check(status, "locale");
    return locale;
}

std::unique_ptr<icu::DateFormat> in_utc(icu::DateFormat* format) {
    if (!format) throw std::runtime_error("ICU: no date format");
    format->setTimeZone(*icu::TimeZone::getGMT());
    return std::unique_ptr<icu::DateFormat>(format);
}

// French writes the first day of a month as an ordinal, "1er nov. 2026", which CLDR's patterns
// do not: the pattern's day field ("d", outside quotes) followed by a literal "er".
icu::UnicodeString first_day_pattern(const icu::UnicodeString& pattern) {
    icu::UnicodeString out;
    bool quoted = false;
    for (int32_t i = 0; i < pattern.length(); ++i) {
        const char16_t c = pattern.charAt(i);
        if (c == u'\'') quoted = !quoted;
        out.append(c);
        const bool lone_d = c == u'd' && (i == 0 || pattern.charAt(i - 1) != u'd') &&
                            (i + 1 == pattern.length() || pattern.charAt(i + 1) != u'd');
        if (!quoted && lone_d) out.append(u"'er'");
    }
    return out;
}

// The first-day variant of a format in a French locale; nullptr elsewhere.
std::unique_ptr<icu::SimpleDateFormat> first_day_format(const icu::DateFormat& format,
                                                        const icu::Locale& locale) {
    if (std::string_view(locale.getLanguage()) != "fr") return nullptr;
    const auto* simple = dynamic_cast<const icu::SimpleDateFormat*>(&format);
    if (!simple) throw std::runtime_error("ICU: no date pattern");
    icu::UnicodeString pattern;
    simple->toPattern(pattern);
    UErrorCode status = U_ZERO_ERROR;
    auto first =
        std::make_unique<icu::SimpleDateFormat>(first_day_pattern(pattern), locale, status);
    check(status, "first-day date format");
    first->setTimeZone(format.getTimeZone());
    return first;
}

// A timestamp's own offset as written: "Z" or "-05:00".
std::string offset_of(const Timestamp& at) {
    const std::string& text = at.text;
    if (text.back() == 'Z' || text.back() == 'z') return "Z";
    return text.substr(text.size() - 6);
}

// The ICU zone of an offset: "UTC" for Z, "GMT-05:00" for -05:00.
std::unique_ptr<icu::TimeZone> zone_of(const std::string& offset) {
    const std::string id = offset == "Z" ? "UTC" : "GMT" + offset;
    return std::unique_ptr<icu::TimeZone>(
        icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(id)));
}

// ICU counts time in milliseconds since 1970 as a double: exact for whole days.
double to_udate(Date date) {
    return static_cast<double>(date.days()) * kMillisPerDay;
}

}  // namespace

struct LocaleFormat::Formatters {
    icu::number::LocalizedNumberFormatter money;
    icu::number::LocalizedNumberFormatter unit_price;
    icu::number::LocalizedNumberFormatter number;
    icu::number::LocalizedNumberFormatter percent;
    std::unique_ptr<icu::DateFormat> date;
    std::unique_ptr<icu::SimpleDateFormat> date_first;  // French only: "1er nov. 2026"
    std::unique_ptr<icu::SimpleDateFormat> date_time;
    std::unique_ptr<icu::SimpleDateFormat> date_time_first;
    std::string
        date_time_zone;  // the offset both date_time formats were last given ("Z", "-05:00")
    std::unique_ptr<icu::DateFormat> month;
    std::unique_ptr<icu::PluralRules> plural;
};

LocaleFormat::LocaleFormat(const std::string& locale_tag, const std::string& currency)
    : locale_tag_(locale_tag),
      currency_(currency),
      currency_digits_(portalgen::currency_digits(currency)),
      f_(std::make_unique<Formatters>()) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = locale_of(locale_tag);
    icu::UnicodeString code = icu::UnicodeString::fromUTF8(currency);
    icu::CurrencyUnit unit(code.getTerminatedBuffer(), status);
    check(status, "currency");
    f_->money = icu::number::NumberFormatter::withLocale(locale).unit(unit);
    f_->unit_price = f_->money.precision(
        icu::number::Precision::minMaxFraction(currency_digits_, Decimal::kScaleDigits));
    f_->number = icu::number::NumberFormatter::withLocale(locale);
    f_->percent =
        icu::number::NumberFormatter::withLocale(locale).unit(icu::MeasureUnit::getPercent());
    f_->date = in_utc(icu::DateFormat::createDateInstance(icu::DateFormat::kMedium, locale));
    f_->date_first = first_day_format(*f_->date, locale);
    std::unique_ptr<icu::DateTimePatternGenerator> patterns(
        icu::DateTimePatternGenerator::createInstance(locale, status));
    check(status, "date patterns");
    // Medium date, the locale's hour cycle, minutes and the zone's short name.
    f_->date_time = std::make_unique<icu::SimpleDateFormat>(
        patterns->getBestPattern("yMMMdjmz", status), locale, status);
    check(status, "date and time format");
    f_->date_time_first = first_day_format(*f_->date_time, locale);
    icu::UnicodeString month_pattern = patterns->getBestPattern("yMM", status);
    check(status, "month pattern");
    f_->month = in_utc(new icu::SimpleDateFormat(month_pattern, locale, status));
    check(status, "month format");
    f_->plural.reset(icu::PluralRules::forLocale(locale, status));
    check(status, "plural rules");
}

LocaleFormat::~LocaleFormat() = default;

namespace {

// The text remembered for `key`, or `format()` remembered. All is forgotten once full: a portal
// uses a few hundred values at a time.
template <typename Map, typename Format>
const std::string& remember(Map& remembered, typename Map::key_type key, Format format) {
    constexpr std::size_t kRemembered = 4096;
    if (auto found = remembered.find(key); found != remembered.end()) return found->second;
    if (remembered.size() >= kRemembered) remembered.clear();
    return remembered.emplace(key, format()).first->second;
}

}  // namespace

std::size_t LocaleFormat::remembered() const {
    return dates_.size() + amounts_.size() + unit_prices_.size() + numbers_.size();
}

void LocaleFormat::forget() const {
    dates_.clear();
    amounts_.clear();
    unit_prices_.clear();
    numbers_.clear();
}

std::string LocaleFormat::money(Decimal amount) const {
    return remember(amounts_, amount.micros(), [&] {
        UErrorCode status = U_ZERO_ERROR;
        auto text = f_->money.formatDecimal(money_key(amount), status).toString(status);
        check(status, "money");
        return utf8(text);
    });
}

std::string LocaleFormat::unit_price(Decimal amount) const {
    return remember(unit_prices_, amount.micros(), [&] {
        UErrorCode status = U_ZERO_ERROR;
        auto text = f_->unit_price.formatDecimal(amount.to_string(), status).toString(status);
        check(status, "unit price");
        return utf8(text);
    });
}

std::string LocaleFormat::money_key(Decimal amount) const {
    return amount.rounded(currency_digits_).to_fixed(currency_digits_);
}

std::string LocaleFormat::number(Decimal value) const {
    return remember(numbers_, value.micros(), [&] {
        UErrorCode status = U_ZERO_ERROR;
        auto text = f_->number.formatDecimal(value.to_string(), status).toString(status);
        check(status, "number");
        return utf8(text);
    });
}

std::string LocaleFormat::integer(long long value) const {
    UErrorCode status = U_ZERO_ERROR;
    auto text = f_->number.formatInt(value, status).toString(status);
    check(status, "integer");
    return utf8(text);
}

std::string LocaleFormat::percent(Decimal value) const {
    UErrorCode status = U_ZERO_ERROR;
    auto text = f_->percent.formatDecimal(value.to_string(), status).toString(status);
    check(status, "percent");
    return utf8(text);
}

std::string LocaleFormat::date(Date date) const {
    return remember(dates_, date.days(), [&] {
        const icu::DateFormat& format =
            date.day() == 1 && f_->date_first ? *f_->date_first : *f_->date;
        icu::UnicodeString text;
        format.format(to_udate(date), text);
        return utf8(text);
    });
}

std::string LocaleFormat::date_time(const Timestamp& at) const {
    // The wall-clock time as written, at its own offset, which it names: no seller has a zone.
    // Zones are slow to make: the formats keep theirs while the offset stays the same.
    const std::string offset = offset_of(at);
    if (offset != f_->date_time_zone) {
        const std::unique_ptr<icu::TimeZone> zone = zone_of(offset);
        f_->date_time->setTimeZone(*zone);
        if (f_->date_time_first) f_->date_time_first->setTimeZone(*zone);
        f_->date_time_zone = offset;
    }
    icu::SimpleDateFormat& format =
        at.local_date().day() == 1 && f_->date_time_first ? *f_->date_time_first : *f_->date_time;
    icu::UnicodeString text;
    format.format(static_cast<double>(at.utc_seconds) * 1000.0, text);
    return utf8(text);
}

std::string LocaleFormat::month(Month month) const {
    icu::UnicodeString text;
    f_->month->format(to_udate(*Date::from_ymd(month.year, month.month, 1)), text);
    return utf8(text);
}

std::string LocaleFormat::plural_category(long long count) const {
    // Exact as a double for any count below 2^53.
    return utf8(f_->plural->select(static_cast<double>(count)));
}

std::string LocaleFormat::plural_category(Decimal value) const {
    // From the exact decimal as formatted: the rules look at its visible fraction digits.
    UErrorCode status = U_ZERO_ERROR;
    const auto formatted = f_->number.formatDecimal(value.to_string(), status);
    check(status, "number");
    auto category = f_->plural->select(formatted, status);
    check(status, "plural category");
    return utf8(category);
}

}  // namespace portalgen
