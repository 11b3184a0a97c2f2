#include "synth/customer_maker.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

#include "compute/totals.h"
#include "synth/identifiers.h"
#include "synth/random.h"
#include "synth/vocabulary.h"

namespace portalgen {

using namespace synth;

namespace {

constexpr int64_t kUnit = Decimal::kScale;  // one currency unit, in millionths

enum class Size { small, medium, large, huge };

enum class Scenario { normal, renewing, at_risk, to_renew, closed_by_grace, closed_by_hand };

int64_t power_of_ten(int exponent) {
    int64_t value = 1;
    for (int i = 0; i < exponent; ++i) value *= 10;
    return value;
}

std::string padded(uint64_t value, int width) {
    std::string digits = std::to_string(value);
    if (digits.size() < static_cast<size_t>(width))
        digits.insert(0, static_cast<size_t>(width) - digits.size(), '0');
    return digits;
}

int month_index(Date date) {
    return date.year() * 12 + date.month() - 1;
}

Month month_of_index(int index) {
    return Month{index / 12, index % 12 + 1};
}

Date add_months(Date date, int months) {
    Month target = month_of_index(month_index(date) + months);
    int last = target.last_day().day();
    return *Date::from_ymd(target.year, target.month, std::min(date.day(), last));
}

// A list price in the customer's currency: round prices (149.00 CAD, 109.99 USD, 16,390 JPY)
// for whole amounts, the minor unit below ten, a thousandth below one.
int64_t convert_price(int64_t cad_micros, const std::string& currency) {
    if (cad_micros == 0) return 0;
    int64_t micros = cad_micros;
    if (currency == "USD") micros = cad_micros * 74 / 100;
    if (currency == "EUR") micros = cad_micros * 68 / 100;
    if (currency == "JPY") micros = cad_micros * 110;
    if (currency == "CAD") return micros;
    if (micros >= 10 * kUnit) {
        if (currency == "JPY") return (micros + 5 * kUnit) / (10 * kUnit) * (10 * kUnit);
        return (micros + kUnit / 2) / kUnit * kUnit - kUnit / 100;
    }
    const int64_t step = micros >= kUnit ? (currency == "JPY" ? kUnit : kUnit / 100) : 1000;
    return std::max<int64_t>(step, (micros + step / 2) / step * step);
}

// Lowercase ASCII of a Latin name, for an e-mail address: "Étienne" -> "etienne".
std::string ascii_login(std::string_view text) {
    // Latin-1 letters U+00C0..U+00FF, lowercased and without their accents.
    static constexpr std::string_view kFolded[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c >= 'A' && c <= 'Z') {
            out.push_back(static_cast<char>(c - 'A' + 'a'));
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
            out.push_back(static_cast<char>(c));
        } else if (c == 0xC3 && i + 1 < text.size()) {
            auto next = static_cast<unsigned char>(text[++i]);
            if (next >= 0x80 && next <= 0xBF) out.append(kFolded[next - 0x80]);
        } else if (c >= 0x80) {
            while (i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80)
                ++i;  // another script's letter: skipped
        }
    }
    return out;
}

std::string capitalized(std::string_view ascii) {
    std::string out(ascii);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
    return out;
}

std::string replace_all(std::string_view pattern, std::string_view from, std::string_view to) {
    std::string out;
    size_t start = 0;
    for (size_t at; (at = pattern.find(from, start)) != std::string_view::npos;
         start = at + from.size()) {
        out.append(pattern.substr(start, at - start));
        out.append(to);
    }
    out.append(pattern.substr(start));
    return out;
}

// An ISO 8601 timestamp of an instant, written in a time zone: with its offset, or in UTC (Z).
Timestamp make_timestamp(int64_t utc_seconds, int offset_minutes, bool in_utc) {
    const int offset = in_utc ? 0 : offset_minutes;
    const int64_t local = utc_seconds + int64_t{offset} * 60;
    const int64_t days = (local >= 0 ? local : local - 86399) / 86400;
    const int64_t seconds = local - days * 86400;
    Date date = Date::from_days(static_cast<int32_t>(days));
    char text[40];
    if (in_utc) {
        std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(),
                      date.month(), date.day(), static_cast<int>(seconds / 3600),
                      static_cast<int>(seconds / 60 % 60), static_cast<int>(seconds % 60));
    } else {
        const int magnitude = offset < 0 ? -offset : offset;
        std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", date.year(),
                      date.month(), date.day(), static_cast<int>(seconds / 3600),
                      static_cast<int>(seconds / 60 % 60), static_cast<int>(seconds % 60),
                      offset < 0 ? '-' : '+', magnitude / 60, magnitude % 60);
    }
    return Timestamp{text, utc_seconds};
}

// An invoice or credit note before the customer's invoices are sorted and numbered.
struct PendingInvoice {
    Invoice invoice;
    int reverses = -1;  // credit notes: the index of the invoice they credit
};

class CustomerMaker {
  public:
    CustomerMaker(const Company& seller, Date as_of, uint64_t seed, uint64_t index,
                  SynthNumbering& numbering)
        : seller_(seller),
          taxes_(seller.taxes),
          today_(as_of),
          rng_(seed, index),
          numbering_(numbering),
          index_(index),
          factur_x_(seller.e_invoice == EInvoiceFormat::factur_x),
          structured_(factur_x_) {}

    Customer make() {
        // The Factur-X seller's customers have ids of their own, so that both sets can be
        // imported into one database.
        c_.id = (factur_x_ ? "F" : "C") + padded(index_ + 1, 6);
        c_.seller = seller_.name;
        choose_region();
        make_identity();
        size_ = static_cast<Size>(rng_.weighted({700, 240, 50, 10}));
        const int32_t age = size_ == Size::huge    ? static_cast<int32_t>(rng_.between(1800, 2600))
                            : size_ == Size::large ? static_cast<int32_t>(rng_.between(700, 2400))
                                                   : static_cast<int32_t>(rng_.between(30, 2400));
        since_ = today_.plus_days(-age);
        // A few accounts were just opened and hold nothing yet.
        if (size_ == Size::small && rng_.percent(4)) return std::move(c_);
        make_spare_cards();
        make_subscriptions();
        make_quotations_and_orders();
        make_service_invoices();
        number_invoices();
        make_tickets();
        make_success_packs();
        return std::move(c_);
    }

  private:
    // --- who the customer is -------------------------------------------------------------

    void choose_region() {
        int total = 0;
        for (const RegionProfile& r : kRegions) total += region_weight(r);
        auto draw = static_cast<int>(rng_.below(static_cast<uint64_t>(total)));
        region_ = &kRegions[0];
        for (const RegionProfile& r : kRegions) {
            if (draw < region_weight(r)) {
                region_ = &r;
                break;
            }
            draw -= region_weight(r);
        }
        language_ = rng_.percent(region_->french_percent) ? Language::fr : Language::en;
        c_.language = language_;
        currency_ = std::string(region_->currency);
        digits_ = synthetic_currency_digits(currency_);
        // The currency is optional for the seller's own; most exports still name it.
        if (currency_ != seller_.currency || rng_.percent(70)) c_.currency = currency_;
    }

    void make_identity() {
        const Name& first = rng_.pick(region_->first_names);
        const Name& last = rng_.pick(region_->last_names);
        const bool romanized = rng_.percent(region_->romanized_percent);
        std::string first_text = romanized ? capitalized(first.ascii) : std::string(first.text);
        std::string last_text = romanized ? capitalized(last.ascii) : std::string(last.text);
        c_.name = region_->family_name_first && !romanized ? last_text + " " + first_text
                                                           : first_text + " " + last_text;
        std::string login =
            (first.ascii.empty() ? ascii_login(first.text) : std::string(first.ascii)) + "." +
            (last.ascii.empty() ? ascii_login(last.text) : std::string(last.ascii));
        if (rng_.percent(30)) login += std::to_string(rng_.between(1, 99));
        c_.email = login + "@" + std::string(rng_.pick(region_->mail_domains));
        if (rng_.percent(55))
            c_.company = replace_all(rng_.pick(region_->companies), "{L}", last_text);
        make_address();
        if (factur_x_) make_tax_identity();
    }

    // Customers per thousand in the region, for this seller.
    int region_weight(const RegionProfile& region) const {
        if (!factur_x_) return region.weight;
        for (const RegionWeight& r : kFacturXRegionWeights)
            if (r.key == region.key) return r.weight;
        return 0;
    }

    bool in_the_eu() const {
        const std::string& country = c_.address.country;
        return country == "FR" || country == "BE" || country == "DE" || country == "ES" ||
               country == "GR";
    }

    // What a French seller's e-invoice says of the customer, and the one VAT tax of its lines
    // (EN 16931): French VAT in France and for consumers in the EU, reverse charge for EU
    // businesses with a VAT id, export outside the EU. French businesses give their SIREN and
    // the electronic address it makes; the others are reached at their e-mail address.
    void make_tax_identity() {
        if (!in_the_eu()) {
            line_tax_ = "EXPORT";
            return;
        }
        line_tax_ = "VAT20";
        if (c_.company.empty()) return;
        const std::string country = c_.address.country;
        if (country == "FR") {
            const std::string siren = siren_from(std::to_string(rng_.between(3, 9)) + digits(7));
            c_.legal_id = {"0002", siren};
            c_.electronic_address = {"0225", siren};
            c_.vat_id = french_vat_id(siren);
            return;
        }
        if (rng_.percent(10)) return;  // a business not registered for VAT: taxed as a consumer
        if (country == "BE")
            c_.vat_id = belgian_vat_id("0" + std::to_string(rng_.between(2, 9)) + digits(6));
        else if (country == "DE")
            c_.vat_id = german_vat_id(std::to_string(rng_.between(1, 9)) + digits(7));
        else if (country == "ES")
            c_.vat_id = spanish_vat_id(digits(7));
        else
            c_.vat_id = greek_vat_id("0" + digits(7));
        line_tax_ = "RC";
    }

    std::string digits(int count) {
        std::string out;
        for (int i = 0; i < count; ++i) out.push_back(static_cast<char>('0' + rng_.below(10)));
        return out;
    }

    // A Canadian postal code of the city's area: H3B 2B6.
    std::string canadian_postal_code(std::string_view prefix) {
        static constexpr std::string_view kLetters = "ABCEGHJKLMNPRSTVXY";
        std::string code(prefix);
        code += digits(1);
        code += kLetters[rng_.below(kLetters.size())];
        code += ' ';
        code += digits(1);
        code += kLetters[rng_.below(kLetters.size())];
        code += digits(1);
        return code;
    }

    // The address in the list form of its printed lines or, for the Factur-X seller's customers,
    // structured: street lines, postcode, city, region and ISO country code. Both forms draw the
    // same numbers.
    void make_address() {
        const std::string_view key = region_->key;
        const City& city = rng_.pick(region_->cities);
        const std::string street(rng_.pick(region_->streets));
        const std::string number = std::to_string(rng_.between(1, 9999));
        Address& a = c_.address;
        auto& lines = a.lines;
        // Sets the parts of a structured address; the list form has its own lines.
        auto parts = [&](std::string postcode, std::string_view town, std::string_view region,
                         std::string_view country) {
            a.postcode = std::move(postcode);
            a.city = std::string(town);
            a.region = std::string(region);
            a.country = std::string(country);
        };
        if (key == "quebec") {
            lines.push_back(number + ", " + street);
            if (rng_.percent(20))
                lines.back() += ", bureau " + std::to_string(rng_.between(1, 9) * 100);
            std::string postcode = canadian_postal_code(city.postal_prefix);
            if (structured_)
                parts(std::move(postcode), city.name, "QC", "CA");
            else
                lines.push_back(std::string(city.name) + " QC  " + postcode);
        } else if (key == "ontario" || key == "british_columbia" || key == "alberta") {
            const std::string_view province = key == "ontario"   ? "ON"
                                              : key == "alberta" ? "AB"
                                                                 : "BC";
            if (rng_.percent(20))
                lines.push_back("Suite " + std::to_string(rng_.between(1, 30) * 100));
            lines.push_back(number + " " + street);
            std::string postcode = canadian_postal_code(city.postal_prefix);
            if (structured_)
                parts(std::move(postcode), city.name, province, "CA");
            else
                lines.push_back(std::string(city.name) + " " + std::string(province) + "  " +
                                postcode);
        } else if (key == "usa") {
            lines.push_back(number + " " + street);
            if (rng_.percent(30))
                lines.push_back("Suite " + std::to_string(rng_.between(100, 999)));
            std::string postcode = std::string(city.postal_prefix) + digits(2);
            if (structured_) {
                parts(std::move(postcode), city.name, city.state, "US");
            } else {
                lines.push_back(std::string(city.name) + ", " + std::string(city.state) + " " +
                                postcode);
                lines.push_back("USA");
            }
        } else if (key == "france") {
            lines.push_back(std::to_string(rng_.between(1, 200)) + ", " + street);
            european(std::string(city.postal_prefix) + "0" + digits(2), city.name, "France", "FR");
        } else if (key == "belgium") {
            lines.push_back(street + " " + std::to_string(rng_.between(1, 300)));
            european(std::string(city.postal_prefix) + digits(2), city.name, "Belgique", "BE");
        } else if (key == "germany") {
            lines.push_back(street + " " + std::to_string(rng_.between(1, 200)));
            european(std::string(city.postal_prefix) + digits(3), city.name, "Deutschland", "DE");
        } else if (key == "spain") {
            lines.push_back(street + ", " + std::to_string(rng_.between(1, 200)));
            european(std::string(city.postal_prefix) + digits(3), city.name, "España", "ES");
        } else if (key == "greece") {
            lines.push_back(street + " " + std::to_string(rng_.between(1, 150)));
            const std::string head = digits(1), tail = digits(2);
            european(std::string(city.postal_prefix) + head + " " + tail, city.name, "Ελλάδα",
                     "GR");
        } else if (key == "ukraine") {
            lines.push_back(street + ", " + std::to_string(rng_.between(1, 150)));
            std::string postcode = std::string(city.postal_prefix) + digits(3);
            if (structured_) {
                parts(std::move(postcode), city.name, "", "UA");
            } else {
                lines.push_back(std::string(city.name) + " " + postcode);
                lines.push_back("Україна");
            }
        } else {  // japan
            std::string postcode = std::string(city.postal_prefix) + "-" + digits(4);
            const int64_t chome = rng_.between(1, 9), block = rng_.between(1, 20),
                          house = rng_.between(1, 30);
            const std::string address_number =
                std::to_string(chome) + "-" + std::to_string(block) + "-" + std::to_string(house);
            if (structured_) {
                const JapaneseAddress& japanese =
                    kJapanAddressParts[static_cast<size_t>(&city - region_->cities.data())];
                lines.push_back(std::string(japanese.district) + address_number);
                parts(std::move(postcode), japanese.city, japanese.prefecture, "JP");
            } else {
                lines.push_back("〒" + postcode);
                lines.push_back(std::string(city.name) + address_number);
                lines.push_back("Japan");
            }
        }
    }

    // The end of a European address: "75012 Paris" and the country's name, or their parts.
    void european(std::string postcode, std::string_view city, std::string_view country_name,
                  std::string_view country) {
        Address& a = c_.address;
        if (structured_) {
            a.postcode = std::move(postcode);
            a.city = std::string(city);
            a.country = std::string(country);
            return;
        }
        a.lines.push_back(postcode + " " + std::string(city));
        a.lines.push_back(std::string(country_name));
    }

    // --- cards ---------------------------------------------------------------------------

    std::string add_card(int expiry_month_index) {
        PaymentMethod card;
        card.id = "card-" + std::to_string(c_.payment_methods.size() + 1);
        card.brand = std::string(rng_.pick(region_->card_brands));
        card.last4 = digits(4);
        card.expires = month_of_index(expiry_month_index);
        c_.payment_methods.push_back(card);
        return card.id;
    }

    // Cards on file besides those of subscriptions: some still valid, some long expired.
    void make_spare_cards() {
        const int count = size_ == Size::small    ? (rng_.percent(45) ? 1 : 0)
                          : size_ == Size::medium ? static_cast<int>(rng_.between(0, 2))
                                                  : static_cast<int>(rng_.between(1, 3));
        for (int i = 0; i < count; ++i)
            add_card(month_index(today_) + static_cast<int>(rng_.between(-30, 48)));
    }

    const PaymentMethod* card_valid_on(Date date) const {
        for (const PaymentMethod& card : c_.payment_methods)
            if (date <= card.expires.last_day()) return &card;
        return nullptr;
    }

    // --- lines ---------------------------------------------------------------------------

    std::string_view in_language(std::string_view en, std::string_view fr) const {
        return language_ == Language::fr ? fr : en;
    }

    template <typename T, size_t N>
    const T& pick(const T (&items)[N]) {
        return items[rng_.below(N)];
    }

    std::vector<std::string> line_taxes() {
        if (factur_x_) return {line_tax_};
        std::vector<std::string> codes;
        const bool exported = region_->tax_codes.size() == 1 && region_->tax_codes[0] == "ZERO";
        if (exported ? rng_.percent(40) : rng_.percent(3)) return codes;  // exempt
        for (std::string_view code : region_->tax_codes) codes.emplace_back(code);
        return codes;
    }

    Decimal discount() {
        if (!rng_.percent(15)) return {};
        static constexpr int64_t kPercents[] = {5 * kUnit,  10 * kUnit, 12 * kUnit + kUnit / 2,
                                                15 * kUnit, 20 * kUnit, 100 * kUnit};
        return Decimal::from_micros(kPercents[rng_.weighted({3, 4, 2, 2, 1, 1})]);
    }

    std::string imei() { return "IMEI 35" + digits(13); }

    // `serial`: a device, which may be described by its IMEI.
    Line product_line(const Product& product, bool serial) {
        Line line;
        line.product = std::string(in_language(product.en, product.fr));
        switch (product.unit) {
            case Unit::piece: {
                const size_t bucket = rng_.weighted({40, 35, 20, 5});
                const int64_t lo[] = {1, 2, 6, 21}, hi[] = {1, 5, 20, 200};
                line.quantity = Decimal::from_units(rng_.between(lo[bucket], hi[bucket]));
                break;
            }
            case Unit::hour:
                line.quantity = Decimal::from_micros(rng_.between(2, 32) * kUnit / 2);
                break;
            case Unit::message:
                line.quantity = Decimal::from_units(rng_.between(500, 20000));
                break;
        }
        int64_t price = convert_price(product.cad_micros, currency_);
        if (price >= kUnit && rng_.percent(8)) {  // a negotiated price
            const int64_t minor = power_of_ten(6 - digits_);
            price = std::max(minor, price * rng_.between(85, 115) / 100 / minor * minor);
        }
        line.unit_price = Decimal::from_micros(price);
        line.discount = discount();
        line.taxes = line_taxes();
        describe(line, product.unit, serial);
        if (factur_x_) {
            if (product.unit == Unit::hour) line.unit = "HUR";
            line.kind = is_goods(product) ? "goods" : "service";
            // Books are taxed at the reduced rate where French VAT applies.
            if (&product == &kPrintedGuide && line.taxes.front() == "VAT20") line.taxes = {"VAT55"};
        }
        return line;
    }

    static bool is_goods(const Product& product) {
        if (product.unit != Unit::piece) return false;
        for (std::string_view service : {"Extended warranty, 2 years", "Rush shipping"})
            if (product.en == service) return false;
        return true;
    }

    void describe(Line& line, Unit unit, bool serial) {
        if (!region_->local_descriptions.empty() && rng_.percent(15)) {
            line.description = std::string(rng_.pick(region_->local_descriptions));
        } else if (serial && rng_.percent(25)) {
            line.description = imei();
        } else if (unit == Unit::hour && rng_.percent(40)) {
            const std::string_view who = kAgents[1 + rng_.below(std::size(kAgents) - 2)];
            line.description =
                std::string(in_language("Technician: ", "Technicien : ")) + std::string(who);
        } else if (rng_.percent(3)) {
            line.description =
                std::string(in_language("Includes:\n- mounting\n- activation\n- road test",
                                        "Comprend :\n- fixation\n- activation\n- essai routier"));
        }
    }

    // The lines of a quotation or order: devices, accessories and services; now and then a
    // fleet roll-out with one line per vehicle.
    std::vector<Line> sale_lines() {
        std::vector<Line> lines;
        if (rng_.per_mille(7)) {
            const Product& device = pick(kDevices);
            const int vehicles = static_cast<int>(rng_.between(96, 116));
            for (int k = 1; k <= vehicles; ++k) {
                Line line = product_line(device, false);
                line.quantity = Decimal::from_units(1);
                line.description = std::string(in_language("Truck #", "Camion no ")) +
                                   std::to_string(k) + " — " + imei();
                lines.push_back(std::move(line));
            }
            for (int k = 0; k < 4; ++k) lines.push_back(product_line(pick(kAccessories), false));
            return lines;
        }
        const int count = static_cast<int>(rng_.between(6, 18));
        for (int k = 0; k < count; ++k) {
            switch (rng_.weighted({45, 35, 20})) {
                case 0:
                    lines.push_back(product_line(pick(kDevices), true));
                    break;
                case 1:
                    lines.push_back(product_line(pick(kAccessories), false));
                    break;
                default:
                    lines.push_back(product_line(pick(kServices), false));
                    break;
            }
        }
        return lines;
    }

    Line plan_line(const Plan& plan, int64_t quantity, int months) {
        Line line;
        line.product = std::string(in_language(plan.en, plan.fr));
        line.quantity = Decimal::from_units(quantity);
        // A year costs ten months.
        line.unit_price = Decimal::from_micros(
            convert_price(plan.cad_micros * (months == 12 ? 10 : 1), currency_));
        line.taxes = line_taxes();
        if (factur_x_) line.kind = "service";
        return line;
    }

    // --- subscriptions -------------------------------------------------------------------

    void make_subscriptions() {
        int count = 0;
        switch (size_) {
            case Size::small:
                count = rng_.percent(40) ? 1 : 0;
                break;
            case Size::medium:
                count = rng_.percent(65) ? static_cast<int>(rng_.between(1, 2)) : 0;
                break;
            case Size::large:
                count = static_cast<int>(rng_.between(1, 3));
                break;
            case Size::huge:
                count = static_cast<int>(rng_.between(1, 3));
                break;
        }
        for (int k = 0; k < count; ++k) make_subscription(size_ == Size::huge && k == 0);
    }

    // A card for a subscription, valid on `date` or not; reuses a card on file when it fits.
    std::string card_for(Date date, bool valid) {
        const int due_month = month_index(date);
        if (valid) {
            if (const PaymentMethod* card = card_valid_on(date); card && rng_.percent(60))
                return card->id;
            return add_card(due_month + static_cast<int>(rng_.between(0, 36)));
        }
        return add_card(due_month - static_cast<int>(rng_.between(1, 14)));
    }

    void make_subscription(bool long_history) {
        Subscription s;
        s.number = "SUB-" + padded(++numbering_.subscription, 5);
        const Plan& plan = pick(kPlans);
        s.plan = std::string(in_language(plan.en, plan.fr));
        const bool yearly = !long_history && rng_.percent(20);
        s.period = yearly ? Period::year : Period::month;
        const int months = yearly ? 12 : 1;
        const int period_days = yearly ? 364 : 28;

        const int64_t vehicles = long_history ? rng_.between(40, 400) : rng_.between(1, 40);
        s.lines.push_back(plan_line(plan, 1, months));
        if (factur_x_) s.lines.back().unit = yearly ? "ANN" : "MON";  // one period of the plan
        if (rng_.percent(10))
            s.lines.back().discount = Decimal::from_units(rng_.percent(50) ? 10 : 15);
        s.lines.push_back(plan_line(kVehicleLicence, vehicles, months));
        size_t order[std::size(kAddOns)];
        std::iota(std::begin(order), std::end(order), size_t{0});
        const auto add_ons = static_cast<size_t>(rng_.between(1, 5));
        for (size_t k = 0; k < add_ons; ++k) {  // distinct add-ons: a partial shuffle
            std::swap(order[k], order[k + rng_.below(std::size(order) - k)]);
            const Plan& add_on = kAddOns[order[k]];
            const int64_t quantity = add_on.en == "Driver mobile app" ? vehicles
                                     : add_on.en == "Additional user" ? rng_.between(1, 15)
                                     : add_on.en.starts_with("SMS")   ? rng_.between(1, 4)
                                                                      : 1;
            s.lines.push_back(plan_line(add_on, quantity, months));
        }

        const int grace = seller_.grace_days;
        std::optional<Date> closed_on;
        switch (static_cast<Scenario>(rng_.weighted({60, 3, 9, 7, 8, 13}))) {
            case Scenario::normal:
                s.next_invoice =
                    today_.plus_days(static_cast<int32_t>(rng_.between(1, period_days)));
                s.payment_method = card_for(s.next_invoice, true);
                break;
            case Scenario::renewing:  // charged on its day: still in progress
                s.next_invoice = today_.plus_days(-static_cast<int32_t>(rng_.between(0, 2)));
                s.payment_method = card_for(s.next_invoice, true);
                break;
            case Scenario::at_risk:  // the card will have expired by the next invoice, or none
                s.next_invoice =
                    today_.plus_days(static_cast<int32_t>(rng_.between(1, period_days)));
                if (rng_.percent(60)) {
                    const int lo = month_index(today_) - 6, hi = month_index(s.next_invoice) - 1;
                    s.payment_method =
                        add_card(static_cast<int>(rng_.between(lo, std::max(lo, hi))));
                }
                break;
            case Scenario::to_renew:
                s.next_invoice = today_.plus_days(-static_cast<int32_t>(rng_.between(0, grace)));
                if (rng_.percent(60)) s.payment_method = card_for(s.next_invoice, false);
                break;
            case Scenario::closed_by_grace:
                s.next_invoice =
                    today_.plus_days(-grace - static_cast<int32_t>(rng_.between(1, 240)));
                if (rng_.percent(60)) s.payment_method = card_for(s.next_invoice, false);
                break;
            case Scenario::closed_by_hand:
                closed_on = today_.plus_days(-1 - rng_.recent_days(700));
                s.next_invoice =
                    closed_on->plus_days(static_cast<int32_t>(rng_.between(1, period_days)));
                s.state = SubscriptionState::closed;
                s.closed_on = closed_on;
                if (rng_.percent(50)) s.payment_method = card_for(s.next_invoice, rng_.percent(50));
                break;
        }
        const int periods = long_history ? static_cast<int>(rng_.between(50, 80))
                            : yearly     ? static_cast<int>(rng_.between(1, 4))
                                         : 1 + rng_.recent_days(30);
        s.start = add_months(s.next_invoice, -periods * months);
        since_ = std::min(since_, s.start);

        // The invoices of the last periods (all of them for a long-standing account).
        const int shown = long_history            ? periods
                          : size_ == Size::small  ? 2
                          : size_ == Size::medium ? 4
                                                  : 8;
        for (int j = std::max(0, periods - shown); j < periods; ++j) {
            const Date from = add_months(s.start, j * months);
            if (from > today_ || (closed_on && from > *closed_on)) break;
            const Date to = add_months(s.start, (j + 1) * months).plus_days(-1);
            PendingInvoice pending;
            pending.invoice.date = from;
            pending.invoice.subscription = s.number;
            pending.invoice.lines = s.lines;
            pending.invoice.lines.front().description =
                std::string(in_language("Period: ", "Période : du ")) + from.to_string() +
                std::string(in_language(" to ", " au ")) + to.to_string();
            if (factur_x_) {
                pending.invoice.service_start = from;
                pending.invoice.service_end = to;
            }
            settle(std::move(pending), true, s.payment_method);
        }
        c_.subscriptions.push_back(std::move(s));
    }

    // --- quotations and orders -----------------------------------------------------------

    struct Range {
        int lo, hi;
    };
    // How many documents of a kind: small accounts by weights of 0, 1, 2...; others in a range.
    int count_for_size(std::initializer_list<int> small_weights, Range medium, Range large,
                       Range huge) {
        if (size_ == Size::small) return static_cast<int>(rng_.weighted(small_weights));
        const Range range = size_ == Size::medium ? medium : size_ == Size::large ? large : huge;
        return static_cast<int>(rng_.between(range.lo, range.hi));
    }

    Date recent_date() { return today_.plus_days(-rng_.recent_days(today_ - since_)); }

    template <typename Document>
    static void sort_by_date(std::vector<Document>& documents) {
        std::stable_sort(documents.begin(), documents.end(),
                         [](const Document& a, const Document& b) { return a.date < b.date; });
    }

    void make_quotations_and_orders() {
        const int quotations = count_for_size({55, 30, 15}, {1, 3}, {2, 6}, {3, 8});
        for (int k = 0; k < quotations; ++k) {
            Quotation q;
            q.state = static_cast<QuotationState>(rng_.weighted({33, 45, 11, 11}));
            // Quotations still open are recent ones.
            q.date = q.state == QuotationState::sent
                         ? today_.plus_days(-rng_.recent_days(std::min(120, today_ - since_)))
                         : recent_date();
            static constexpr int32_t kValidity[] = {30, 30, 15, 60};
            if (rng_.percent(88))
                q.valid_until = q.date.plus_days(kValidity[rng_.below(std::size(kValidity))]);
            q.lines = sale_lines();
            c_.quotations.push_back(std::move(q));
        }
        sort_by_date(c_.quotations);
        for (Quotation& q : c_.quotations) q.number = "S" + padded(++numbering_.quotation, 5);

        std::vector<Order>& orders = c_.orders;
        for (const Quotation& q : c_.quotations) {
            if (q.state != QuotationState::accepted) continue;
            Order o;
            o.date = std::min(today_, q.date.plus_days(static_cast<int32_t>(rng_.between(0, 7))));
            o.quotation = q.number;
            o.lines = q.lines;
            orders.push_back(std::move(o));
        }
        const int direct = count_for_size({60, 30, 10}, {0, 2}, {1, 5}, {3, 10});
        for (int k = 0; k < direct; ++k) {
            Order o;
            o.date = recent_date();
            o.lines = sale_lines();
            orders.push_back(std::move(o));
        }
        for (Order& o : orders) {
            if (rng_.percent(5)) o.state = OrderState::cancelled;
            if (!rng_.percent(50)) continue;
            // A service contract of one to three years; some start later than ordered.
            Date start = rng_.percent(4)
                             ? today_.plus_days(static_cast<int32_t>(rng_.between(1, 60)))
                             : o.date.plus_days(static_cast<int32_t>(rng_.between(0, 21)));
            o.start = start;
            o.end = add_months(start, 12 * static_cast<int>(rng_.between(1, 3))).plus_days(-1);
        }
        sort_by_date(orders);
        for (Order& o : orders) {
            o.number = std::to_string(20000 + ++numbering_.order);
            invoice_order(o);
        }
    }

    void invoice_order(const Order& o) {
        const Date date =
            std::min(today_, o.date.plus_days(static_cast<int32_t>(rng_.between(0, 5))));
        if (o.state == OrderState::cancelled) {
            if (!rng_.percent(30)) return;
            PendingInvoice pending;
            pending.invoice.date = date;
            pending.invoice.order = o.number;
            pending.invoice.state = InvoiceState::cancelled;
            pending.invoice.lines = o.lines;
            pending_.push_back(std::move(pending));
            return;
        }
        // A business may give its purchase order number, which its invoices then quote.
        std::string purchase_order;
        if (factur_x_ && !c_.company.empty() && rng_.percent(40))
            purchase_order = "PO-" + digits(6);
        // Large orders are often billed in two instalments.
        size_t split =
            o.lines.size() > 14 && rng_.percent(30) ? o.lines.size() / 2 : o.lines.size();
        PendingInvoice first;
        first.invoice.date = date;
        first.invoice.order = o.number;
        first.invoice.lines.assign(o.lines.begin(),
                                   o.lines.begin() + static_cast<ptrdiff_t>(split));
        if (factur_x_) set_order_references(first.invoice, purchase_order);
        settle(std::move(first), false, {});
        const Date later = date.plus_days(static_cast<int32_t>(rng_.between(10, 60)));
        if (split == o.lines.size() || later > today_) return;
        PendingInvoice second;
        second.invoice.date = later;
        second.invoice.order = o.number;
        second.invoice.lines.assign(o.lines.begin() + static_cast<ptrdiff_t>(split), o.lines.end());
        if (factur_x_) set_order_references(second.invoice, purchase_order);
        settle(std::move(second), false, {});
    }

    // An order's invoice quotes the buyer's purchase order, and goods are delivered on its date.
    static void set_order_references(Invoice& invoice, const std::string& purchase_order) {
        invoice.purchase_order = purchase_order;
        for (const Line& line : invoice.lines)
            if (line.kind == "goods") invoice.delivery_date = invoice.date;
    }

    // Invoices for work done outside any order: training, installation, accessories.
    void make_service_invoices() {
        const int count = count_for_size({50, 30, 20}, {1, 3}, {2, 8}, {4, 12});
        for (int k = 0; k < count; ++k) {
            PendingInvoice pending;
            pending.invoice.date = recent_date();
            const int lines = static_cast<int>(rng_.between(1, 6));
            for (int n = 0; n < lines; ++n) {
                const bool service = rng_.percent(60);
                if (factur_x_ && !service && rng_.percent(15)) {
                    pending.invoice.lines.push_back(product_line(kPrintedGuide, false));
                    continue;
                }
                pending.invoice.lines.push_back(
                    product_line(service ? pick(kServices) : pick(kAccessories), false));
            }
            settle(std::move(pending), false, {});
        }
    }

    // --- invoices, payments and credit notes ---------------------------------------------

    Decimal minor_units(int64_t count) const {
        return Decimal::from_micros(count * power_of_ten(6 - digits_));
    }

    int64_t total_in_minor_units(const std::vector<Line>& lines) const {
        return checked_int64(compute_totals(lines, taxes_, digits_).total.micros() /
                             power_of_ten(6 - digits_));
    }

    Date pay_date(Date from, int32_t latest_offset) {
        const int32_t window = std::max(0, std::min(today_ - from, latest_offset));
        return from.plus_days(static_cast<int32_t>(rng_.between(0, window)));
    }

    void pay(Invoice& invoice, Date date, int64_t amount, const std::string& card) {
        Payment payment{date, minor_units(amount), {}};
        if (!card.empty()) {
            for (const PaymentMethod& m : c_.payment_methods)
                if (m.id == card && date <= m.expires.last_day()) payment.method = card;
        } else if (rng_.percent(50)) {
            if (const PaymentMethod* m = card_valid_on(date)) payment.method = m->id;
        }
        invoice.payments.push_back(std::move(payment));
    }

    int64_t part_of(int64_t total) {
        return std::clamp<int64_t>(total * rng_.between(10, 90) / 100, 1, total - 1);
    }

    void credit(size_t invoice_index, std::vector<Line> lines, InvoiceState state) {
        PendingInvoice note;
        note.invoice.kind = InvoiceKind::credit_note;
        note.invoice.date = std::min(today_, pending_[invoice_index].invoice.date.plus_days(
                                                 static_cast<int32_t>(rng_.between(1, 30))));
        note.invoice.state = state;
        note.invoice.lines = std::move(lines);
        note.reverses = static_cast<int>(invoice_index);
        pending_.push_back(std::move(note));
    }

    // Gives a posted invoice its fate as of today: cancelled, reversed, partly credited, or
    // paid, partly paid or unpaid (overdue when past due); subscription invoices are charged to
    // their card on their date.
    void settle(PendingInvoice pending, bool automatic, const std::string& card) {
        Invoice& invoice = pending.invoice;
        if (!automatic && rng_.percent(50)) {
            static constexpr int32_t kTerms[] = {30, 30, 30, 15, 45, 60, 0};
            invoice.due = invoice.date.plus_days(kTerms[rng_.below(std::size(kTerms))]);
        }
        const int64_t total = total_in_minor_units(invoice.lines);
        const size_t index = pending_.size();
        pending_.push_back(std::move(pending));
        Invoice& posted = pending_[index].invoice;
        if (rng_.percent(2)) {
            posted.state = InvoiceState::cancelled;
            return;
        }
        if (total <= 0) return;
        if (!automatic && rng_.percent(3)) {  // reversed in full
            credit(index, posted.lines, InvoiceState::posted);
            return;
        }
        const int64_t owed = total;
        if (!automatic && posted.lines.size() >= 2 && rng_.percent(2)) {  // one line credited
            const Date date = posted.date;  // `posted` moves when the credit note is added
            std::vector<Line> credited(posted.lines.begin(), posted.lines.begin() + 1);
            const int64_t rest = std::max<int64_t>(0, total - total_in_minor_units(credited));
            credit(index, std::move(credited), InvoiceState::posted);
            if (rest > 0 && rng_.percent(50))
                pay(pending_[index].invoice, pay_date(date, 30), rest, {});
            return;
        }
        if (rng_.percent(1)) credit(index, posted.lines, InvoiceState::cancelled);

        Invoice& target = pending_[index].invoice;
        const Date due = target.due.value_or(target.date.plus_days(seller_.payment_terms_days));
        if (automatic) {
            // Charged on its date when the card works; otherwise paid late by hand, or not.
            const bool charged = !card.empty() && target.date <= card_last_day(card);
            if (charged || rng_.percent(due < today_ ? 90 : 40))
                pay(target, charged ? target.date : pay_date(target.date, due - target.date), owed,
                    card);
            return;
        }
        enum Fate { paid, paid_twice, partial, unpaid };
        Fate fate;
        if (due < today_) {
            const int age = today_ - due;
            const int late = age < 60 ? 25 : age < 365 ? 6 : 1;
            fate = rng_.percent(late) ? (rng_.percent(60) ? unpaid : partial)
                                      : (rng_.percent(15) ? paid_twice : paid);
        } else {
            fate = static_cast<Fate>(rng_.weighted({30, 5, 15, 50}));
        }
        if (owed < 2 && (fate == partial || fate == paid_twice)) fate = paid;
        switch (fate) {
            case paid:
                pay(target, pay_date(target.date, due - target.date + 10), owed, {});
                break;
            case paid_twice: {
                const int64_t first = part_of(owed);
                const Date on = pay_date(target.date, due - target.date);
                pay(target, on, first, {});
                pay(target, pay_date(on, due - on + 10), owed - first, {});
                break;
            }
            case partial: {
                const int64_t part = part_of(owed);
                pay(target, pay_date(target.date, due - target.date), part, {});
                break;
            }
            case unpaid:
                break;
        }
    }

    Date card_last_day(const std::string& id) const {
        for (const PaymentMethod& m : c_.payment_methods)
            if (m.id == id) return m.expires.last_day();
        return Date::from_days(0);
    }

    // Sorts the customer's invoices and credit notes by date and numbers them in the seller's
    // yearly sequences: INV/2026/00001, RINV/2026/00001.
    void number_invoices() {
        std::vector<size_t> order(pending_.size());
        std::iota(order.begin(), order.end(), size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            return pending_[a].invoice.date < pending_[b].invoice.date;
        });
        for (size_t i : order) {
            Invoice& invoice = pending_[i].invoice;
            const int year = invoice.date.year();
            const bool note = invoice.kind == InvoiceKind::credit_note;
            const uint64_t number = ++(note ? numbering_.credit_note : numbering_.invoice)[year];
            // The French seller's sequences: FA (factures) and AV (avoirs).
            const char* prefix = factur_x_ ? (note ? "AV/" : "FA/") : (note ? "RINV/" : "INV/");
            invoice.number = prefix + std::to_string(year) + "/" + padded(number, 5);
        }
        for (PendingInvoice& pending : pending_)
            if (pending.reverses >= 0)
                pending.invoice.reverses =
                    pending_[static_cast<size_t>(pending.reverses)].invoice.number;
        for (size_t i : order) c_.invoices.push_back(std::move(pending_[i].invoice));
        pending_.clear();
    }

    // --- tickets and success packs -------------------------------------------------------

    int utc_offset(Date date) const {
        const int month = date.month();
        return month >= 4 && month <= 10 ? region_->utc_offset_summer : region_->utc_offset_winter;
    }

    void make_tickets() {
        int count = 0;
        switch (size_) {
            case Size::small:
                count = rng_.percent(22) ? static_cast<int>(rng_.between(1, 2)) : 0;
                break;
            case Size::medium:
                count = rng_.percent(50) ? static_cast<int>(rng_.between(1, 4)) : 0;
                break;
            case Size::large:
                count = rng_.percent(85) ? static_cast<int>(rng_.between(2, 8)) : 0;
                break;
            case Size::huge:
                count = static_cast<int>(rng_.between(3, 12));
                break;
        }
        std::vector<Ticket>& tickets = c_.tickets;
        for (int k = 0; k < count; ++k) tickets.push_back(make_ticket());
        std::stable_sort(tickets.begin(), tickets.end(), [](const Ticket& a, const Ticket& b) {
            return a.opened.utc_seconds < b.opened.utc_seconds;
        });
        for (Ticket& t : tickets) t.ref = std::to_string(10000 + ++numbering_.ticket);
    }

    Ticket make_ticket() {
        Ticket t;
        t.status = static_cast<TicketStatus>(rng_.weighted({12, 22, 14, 42, 10}));
        const bool open = t.status == TicketStatus::new_ || t.status == TicketStatus::in_progress ||
                          t.status == TicketStatus::waiting_customer;
        const int32_t back = open ? static_cast<int32_t>(rng_.between(0, 30))
                                  : 1 + rng_.recent_days(std::min(900, today_ - since_));
        const Date day = today_.plus_days(-back);
        const int offset = utc_offset(day);
        const int64_t hour = rng_.between(7, 18), minute = rng_.between(0, 59),
                      second = rng_.between(0, 59);
        const int64_t local = int64_t{day.days()} * 86400 + hour * 3600 + minute * 60 + second;
        int64_t at = local - int64_t{offset} * 60;
        // No message is later than this evening.
        const int64_t limit = int64_t{today_.days()} * 86400 + 23 * 3600 - int64_t{offset} * 60;
        const TicketTopic& topic = pick(kTicketTopics);
        t.subject = std::string(in_language(topic.subject.en, topic.subject.fr));

        int messages = 1;
        switch (t.status) {
            case TicketStatus::new_:
                messages = rng_.percent(20) ? 2 : 1;
                break;
            case TicketStatus::in_progress:
                messages = static_cast<int>(rng_.between(2, 4));
                break;
            case TicketStatus::waiting_customer:  // the agent spoke last
                messages = 2 * static_cast<int>(rng_.between(1, 2));
                break;
            case TicketStatus::solved:
                messages = static_cast<int>(rng_.between(2, 6));
                break;
            case TicketStatus::cancelled:
                messages = static_cast<int>(rng_.between(1, 2));
                break;
        }
        for (int k = 0; k < messages; ++k) {
            Message m;
            // New and cancelled tickets hold only the customer's words.
            const bool agent =
                k % 2 == 1 && t.status != TicketStatus::new_ && t.status != TicketStatus::cancelled;
            m.from = agent ? Party::agent : Party::customer;
            if (k > 0) at = std::min(limit, at + rng_.between(600, 2 * 86400));
            m.at = make_timestamp(at, offset, agent && rng_.percent(50));
            if (agent) {
                m.author = std::string(pick(kAgents));
                const Bilingual& reply = pick(kAgentReplies);
                m.body = std::string(in_language(reply.en, reply.fr));
            } else {
                m.author = c_.name;
                if (k == 0) {
                    m.body = std::string(in_language(topic.opening.en, topic.opening.fr));
                    if (!region_->greeting.empty() && rng_.percent(50))
                        m.body = std::string(region_->greeting) + "\n" + m.body;
                } else {
                    const size_t last = std::size(kCustomerFollowUps) - 1;
                    const Bilingual& follow = t.status == TicketStatus::cancelled
                                                  ? kCustomerFollowUps[last]
                                                  : kCustomerFollowUps[rng_.below(last)];
                    m.body = std::string(in_language(follow.en, follow.fr));
                }
            }
            if (k == 0) t.opened = m.at;
            t.messages.push_back(std::move(m));
        }
        return t;
    }

    void make_success_packs() {
        const int chance = size_ == Size::small    ? 6
                           : size_ == Size::medium ? 15
                           : size_ == Size::large  ? 35
                                                   : 60;
        if (!rng_.percent(chance)) return;
        const int count = static_cast<int>(rng_.between(1, size_ == Size::huge ? 4 : 2));
        for (int k = 0; k < count; ++k) {
            SuccessPack pack;
            static constexpr int kHours[] = {10, 25, 50, 100};
            const int hours = kHours[rng_.weighted({3, 4, 2, 1})];
            std::string name = std::string(in_language("Success Pack ", "Pack Succès ")) +
                               std::to_string(hours) + " h";
            if (k > 0) name += " #" + std::to_string(k + 1);
            pack.name = name;
            pack.purchased = recent_date();
            pack.hours = Decimal::from_units(hours);
            switch (rng_.weighted({20, 15, 65})) {
                case 0:  // used up
                    pack.used = pack.hours;
                    break;
                case 1:
                    break;
                default:  // in quarter hours
                    pack.used = Decimal::from_micros(rng_.between(1, hours * 4 - 1) * kUnit / 4);
                    break;
            }
            c_.success_packs.push_back(std::move(pack));
        }
    }

    const Company& seller_;
    TaxTable taxes_;
    const Date today_;
    SynthRandom rng_;
    SynthNumbering& numbering_;
    const uint64_t index_;
    // The French seller: structured addresses, tax identity, one VAT tax per line, units.
    const bool factur_x_;
    const bool structured_;
    std::string line_tax_;  // the customer's VAT tax, for the Factur-X seller

    Customer c_;
    const RegionProfile* region_ = nullptr;
    Language language_ = Language::en;
    std::string currency_;
    int digits_ = 2;
    Size size_ = Size::small;
    Date since_;
    std::vector<PendingInvoice> pending_;
};

}  // namespace

int synthetic_currency_digits(const std::string& currency) {
    return currency == "JPY" ? 0 : 2;
}

Customer make_synthetic_customer(const Company& seller, Date as_of, uint64_t seed, uint64_t index,
                                 SynthNumbering& numbering) {
    return CustomerMaker(seller, as_of, seed, index, numbering).make();
}

}  // namespace portalgen
