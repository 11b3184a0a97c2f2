#include "import/validate.h"

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/bic.h"
#include "core/country_code.h"
#include "core/currency.h"
#include "core/eas_code.h"
#include "core/email_address.h"
#include "core/iban.h"
#include "core/icd_code.h"
#include "core/siren.h"
#include "core/slug.h"
#include "core/unit_code.h"
#include "core/url_rule.h"
#include "core/vat_id.h"
#include "core/vatex_code.h"
#include "import/e_invoice_rules.h"
#include "model/enums.h"

namespace portalgen {

namespace {

bool is_identifier(const std::string& text, size_t max_length) {
    if (text.empty() || text.size() > max_length) return false;
    for (unsigned char c : text) {
        bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                  c == '.' || c == '_' || c == '-';
        if (!ok) return false;
    }
    return true;
}

// A path like customers.3.invoices.0.lines.2, spelled out only when a problem is reported: the
// checks of valid data build no strings. A path refers to its parent, so keep parents alive.
class ValuePath {
  public:
    explicit ValuePath(const std::string& root) : root_(&root) {}
    ValuePath operator/(std::string_view key) const { return ValuePath(this, key, kNoIndex); }
    ValuePath item(std::string_view key, size_t index) const { return ValuePath(this, key, index); }
    std::string str() const {
        if (!parent_) return *root_;
        std::string out = parent_->str();
        out += '.';
        out += key_;
        if (index_ != kNoIndex) {
            out += '.';
            out += std::to_string(index_);
        }
        return out;
    }

  private:
    static constexpr size_t kNoIndex = static_cast<size_t>(-1);
    ValuePath(const ValuePath* parent, std::string_view key, size_t index)
        : parent_(parent), key_(key), index_(index) {}
    const std::string* root_ = nullptr;
    const ValuePath* parent_ = nullptr;
    std::string_view key_;
    size_t index_ = kNoIndex;
};

using Names = std::unordered_set<std::string_view>;

class Validator {
  public:
    Validator(const SourceMap& positions, Diagnostics& diagnostics)
        : positions_(positions), diagnostics_(diagnostics) {}

    // From now on, every problem is reported at `at`, its message after `prefix` and the field
    // (its path below `root`): for a customer read from the database, which has no position.
    void report_at(const Loc& at, std::string prefix, const std::string& root) {
        report_at_ = at;
        report_prefix_ = std::move(prefix);
        report_root_ = root;
    }

    void error(const ValuePath& path, std::string message) {
        if (!report_at_) {
            diagnostics_.error(positions_.at(path.str()), std::move(message));
            return;
        }
        std::string field = path.str().substr(report_root_.size());
        if (!field.empty()) field = field.substr(1) + ": ";  // without the '.' after the root
        diagnostics_.error(*report_at_, report_prefix_ + field + message);
    }

    void company(const Company& company, const ValuePath& path) {
        if (!company.currency.empty() && !is_known_currency(company.currency))
            error(path / "currency", "unknown currency \"" + company.currency +
                                         "\" (expected an ISO 4217 code like EUR)");
        ValuePath locales = path / "locale";
        locale(company.locale.en, "en", locales / "en");
        locale(company.locale.fr, "fr", locales / "fr");
        email(company.email, path / "email");
        url(company.portal_url, UrlUse::web, "portal_url", path / "portal_url");
        url(company.website, UrlUse::web, "website", path / "website");
        ValuePath actions = path / "actions";
        url_template(company.actions.accept_quotation, actions / "accept_quotation");
        url_template(company.actions.reject_quotation, actions / "reject_quotation");
        url_template(company.actions.pay_invoice, actions / "pay_invoice");
        url_template(company.actions.change_payment_method, actions / "change_payment_method");
        url_template(company.actions.support, actions / "support");
        url_template(company.actions.delete_account, actions / "delete_account");
        party(company.address, company.vat_id, company.legal_id, company.electronic_address, path);
        bank_account(company.bank_account, path / "bank_account");
        taxes(company.taxes, path);
        if (company.e_invoice == EInvoiceFormat::factur_x)
            e_invoice_problems(factur_x_company_problems(company), path);
    }

    // The identifiers of a seller or a buyer (SPEC 1b), checked whatever the e-invoice setting.
    void party(const Address& address, const std::string& vat_id, const SchemeId& legal_id,
               const SchemeId& electronic_address, const ValuePath& path) {
        if (address.structured() && !is_country_code(address.country))
            error(path / "address" / "country",
                  "unknown country \"" + address.country + "\" (an ISO 3166 code like FR)");
        if (!vat_id.empty())
            if (std::string problem = vat_id_problem(vat_id); !problem.empty())
                error(path / "vat_id", problem);
        scheme_id(legal_id, path / "legal_id", true);
        scheme_id(electronic_address, path / "electronic_address", false);
    }

    // A legal id's scheme is an ISO 6523 ICD (SIREN and SIRET checked by Luhn), an electronic
    // address's an EAS code.
    void scheme_id(const SchemeId& id, const ValuePath& path, bool legal) {
        if (id.empty()) return;
        if (legal ? !is_icd_code(id.scheme) : !is_eas_code(id.scheme))
            error(path / "scheme",
                  std::string(legal ? "unknown ISO 6523 scheme" : "unknown EAS scheme") + " \"" +
                      id.scheme + "\"");
        std::string problem = id.scheme == "0002"   ? siren_problem(id.value)
                              : id.scheme == "0009" ? siret_problem(id.value)
                                                    : std::string();
        if (!problem.empty()) error(path / "value", problem);
    }

    void bank_account(const BankAccount& account, const ValuePath& path) {
        if (account.iban.empty()) return;
        if (std::string problem = iban_problem(account.iban); !problem.empty())
            error(path / "iban", problem);
        if (!account.bic.empty())
            if (std::string problem = bic_problem(account.bic); !problem.empty())
                error(path / "bic", problem);
    }

    void taxes(const std::vector<Tax>& taxes, const ValuePath& company_path) {
        std::set<std::string> codes;
        for (size_t i = 0; i < taxes.size(); ++i) {
            const Tax& tax = taxes[i];
            ValuePath at = company_path.item("taxes", i);
            if (!is_identifier(tax.code, 32))
                error(at / "code", "a tax code is 1 to 32 characters of A-Z a-z 0-9 . _ -");
            else if (!codes.insert(tax.code).second)
                error(at / "code", "duplicate tax code \"" + tax.code + "\"");
            if (tax.rate < Decimal{} || tax.rate > Decimal::from_units(100))
                error(at / "rate", "a tax rate is a percent from 0 to 100");
            tax_category(tax, at);
        }
    }

    // EN 16931: a standard rate is above 0, zero-rated is 0; exempt categories say why.
    void tax_category(const Tax& tax, const ValuePath& at) {
        const bool exempt = tax.category != VatCategory::S && tax.category != VatCategory::Z;
        if (tax.category == VatCategory::S && tax.rate.is_zero())
            error(at / "category", "a tax at rate 0 needs its category (Z, E, AE, K, G or O)");
        if (tax.category != VatCategory::S && !tax.rate.is_zero())
            error(at / "rate",
                  "category " + std::string(to_string(tax.category)) + " is a tax at rate 0");
        if (exempt && tax.exemption.code.empty())
            error(at / "category", "category " + std::string(to_string(tax.category)) +
                                       " needs an exemption (a VATEX code and its text)");
        if (!tax.exemption.code.empty() && !is_vatex_code(tax.exemption.code))
            error(at / "exemption" / "code", "unknown VATEX code \"" + tax.exemption.code + "\"");
    }

    void customer(const Customer& c, const ValuePath& path, const Sellers::Seller& seller) {
        TaxTable taxes(seller.taxes);
        taxes_ = &taxes;
        currency_ = c.currency.empty() ? seller.currency : c.currency;
        digits_ = currency_digits(currency_);
        seller_ = &seller;
        identity(c, path);
        const Names methods = payment_methods(c, path);
        const Names quotation_numbers = quotations(c, path);
        const Names order_numbers = orders(c, path, quotation_numbers);
        const Names subscription_numbers = subscriptions(c, path, methods, seller.grace_days);
        invoices(c, path, methods, order_numbers, subscription_numbers);
        if (seller.e_invoice == EInvoiceFormat::factur_x)
            e_invoice_problems(factur_x_customer_problems(c, seller.country, taxes, currency_,
                                                          seller.payment_terms_days),
                               path);
        tickets(c, path);
        success_packs(c, path);
    }

  private:
    void identity(const Customer& c, const ValuePath& path) {
        if (!is_identifier(c.id, 64))
            error(path / "id", "a customer id is 1 to 64 characters of A-Z a-z 0-9 . _ -");
        email(c.email, path / "email");
        party(c.address, c.vat_id, c.legal_id, c.electronic_address, path);
        if (c.delivery_address && c.delivery_address->structured() &&
            !is_country_code(c.delivery_address->country))
            error(path / "delivery_address" / "country",
                  "unknown country \"" + c.delivery_address->country + "\"");
        if (!c.currency.empty() && !is_known_currency(c.currency))
            error(path / "currency", "unknown currency \"" + c.currency + "\"");
    }

    Names payment_methods(const Customer& c, const ValuePath& path) {
        Names methods;
        Unique method_ids(*this, "payment method id", "id");
        for (size_t i = 0; i < c.payment_methods.size(); ++i) {
            const auto& m = c.payment_methods[i];
            ValuePath at = path.item("payment_methods", i);
            method_ids.add(m.id, at / "id");
            methods.insert(m.id);
            if (m.last4.size() != 4 || m.last4.find_first_not_of("0123456789") != std::string::npos)
                error(at / "last4", "last4 must be the last 4 digits of the card");
        }
        return methods;
    }

    Names quotations(const Customer& c, const ValuePath& path) {
        Names numbers;
        Unique unique(*this, "quotation", "number");
        for (size_t i = 0; i < c.quotations.size(); ++i) {
            const auto& q = c.quotations[i];
            ValuePath at = path.item("quotations", i);
            unique.add(q.number, at / "number");
            numbers.insert(q.number);
            if (q.valid_until && *q.valid_until < q.date)
                error(at / "valid_until", "valid_until is before the quotation date");
            lines(q.lines, at);
        }
        return numbers;
    }

    Names orders(const Customer& c, const ValuePath& path, const Names& quotation_numbers) {
        Names numbers;
        Unique unique(*this, "order", "number");
        for (size_t i = 0; i < c.orders.size(); ++i) {
            const auto& o = c.orders[i];
            ValuePath at = path.item("orders", i);
            unique.add(o.number, at / "number");
            numbers.insert(o.number);
            reference(o.quotation, quotation_numbers, at / "quotation", "quotation");
            if (o.start.has_value() != o.end.has_value())
                error(at / (o.start ? "start" : "end"),
                      "a service period needs both start and end");
            else if (o.start && *o.start > *o.end)
                error(at / "start",
                      "start " + o.start->to_string() + " is after end " + o.end->to_string());
            lines(o.lines, at);
        }
        return numbers;
    }

    Names subscriptions(const Customer& c, const ValuePath& path, const Names& methods,
                        int grace_days) {
        Names numbers;
        Unique unique(*this, "subscription", "number");
        for (size_t i = 0; i < c.subscriptions.size(); ++i) {
            const auto& s = c.subscriptions[i];
            ValuePath at = path.item("subscriptions", i);
            unique.add(s.number, at / "number");
            numbers.insert(s.number);
            reference(s.payment_method, methods, at / "payment_method", "payment method");
            if (s.next_invoice < s.start)
                error(at / "next_invoice", "next_invoice is before start");
            // A closed subscription has no renewal deadline; the others' must be a date.
            if (s.state != SubscriptionState::closed && after_last_date(s.next_invoice, grace_days))
                error(at / "next_invoice",
                      "the renewal deadline (next_invoice + the company's grace_days, " +
                          std::to_string(grace_days) + ") would be after " +
                          Date::last().to_string());
            if (s.state == SubscriptionState::closed && !s.closed_on)
                error(at, "a closed subscription needs closed_on");
            if (s.state != SubscriptionState::closed && s.closed_on)
                error(at / "closed_on", "closed_on is only for state: closed");
            lines(s.lines, at);
        }
        return numbers;
    }

    void tickets(const Customer& c, const ValuePath& path) {
        Unique unique(*this, "ticket", "ref");
        for (size_t i = 0; i < c.tickets.size(); ++i)
            unique.add(c.tickets[i].ref, path.item("tickets", i) / "ref");
    }

    void success_packs(const Customer& c, const ValuePath& path) {
        for (size_t i = 0; i < c.success_packs.size(); ++i) {
            const auto& p = c.success_packs[i];
            ValuePath at = path.item("success_packs", i);
            if (p.hours < Decimal{}) error(at / "hours", "hours must not be negative");
            if (p.used < Decimal{}) error(at / "used", "used must not be negative");
            if (p.used > p.hours)
                error(at / "used", "used (" + p.used.to_string() + " h) is above hours (" +
                                       p.hours.to_string() + " h)");
        }
    }

    void e_invoice_problems(const EInvoiceProblems& problems, const ValuePath& path) {
        for (const EInvoiceProblem& p : problems)
            error(p.field.empty() ? path : path / p.field, p.message);
    }

    // An invoice's VAT total in the seller's accounting currency [BT-6, BT-111]: both or neither,
    // a known currency other than the invoice's, with that currency's decimals.
    void tax_currency(const Invoice& i, const std::string& currency, const ValuePath& at) {
        if (i.tax_currency.empty()) {
            if (!i.tax_currency_total.is_zero())
                error(at / "tax_currency", "tax_currency_total needs its tax_currency");
            return;
        }
        if (!is_known_currency(i.tax_currency))
            error(at / "tax_currency", "unknown currency \"" + i.tax_currency + "\"");
        else if (i.tax_currency == currency)
            error(at / "tax_currency", "tax_currency is the invoice's own currency: leave it out");
        else if (i.tax_currency_total.rounded(currency_digits(i.tax_currency)) !=
                 i.tax_currency_total)
            error(at / "tax_currency_total", "more decimals than " + i.tax_currency + " has");
    }

    // Numbers of one kind: no duplicates, and no two file names alike, even by case, nor one too
    // long for a file system (SPEC section 4).
    class Unique {
      public:
        Unique(Validator& v, const char* kind, const char* field)
            : v_(v), kind_(kind), field_(field) {}
        void add(const std::string& number, const ValuePath& path) {
            if (number.empty()) return;  // reported as missing already
            std::string key = slug_key(number);
            if (key.size() > kMaxSlugBytes) {
                v_.error(path, std::string(field_) +
                                   " is too long for a file name: " + std::to_string(key.size()) +
                                   " bytes, at most " + std::to_string(kMaxSlugBytes));
                return;
            }
            auto [first, inserted] = by_key_.emplace(std::move(key), number);
            if (inserted) return;
            const std::string_view other = first->second;
            if (other == number)
                v_.error(path, "duplicate " + std::string(kind_) + " \"" + number + "\"");
            else
                v_.error(path, std::string(kind_) + " \"" + number + "\" and \"" +
                                   std::string(other) + "\" " + slug_clash(number, other));
        }

      private:
        Validator& v_;
        const char* kind_;
        const char* field_;
        std::unordered_map<std::string, std::string_view> by_key_;  // slug_key → first number
    };

    // Whether `date` + `days` would be past the last date YYYY-MM-DD can write.
    static bool after_last_date(Date date, int days) {
        return int64_t{date.days()} + days > int64_t{Date::last().days()};
    }

    void locale(const std::string& tag, const std::string& language, const ValuePath& path) {
        bool ok = tag.size() >= 2 && tag.compare(0, 2, language) == 0 &&
                  (tag.size() == 2 || (tag.size() == 5 && tag[2] == '-' && std::isupper(tag[3]) &&
                                       std::isupper(tag[4])));
        if (!ok)
            error(path, "locale must look like " + language + " or " + language + "-CA, not \"" +
                            tag + "\"");
    }

    // Addresses and links go into mail headers and pages: one rule each (SPEC section 7).
    void email(const std::string& address, const ValuePath& path) {
        if (address.empty()) return;  // a required value: the reader reports it missing
        if (auto problem = email_address_problem(address)) error(path, "email " + *problem);
    }

    void url(const std::string& text, UrlUse use, std::string_view field, const ValuePath& path) {
        if (text.empty()) return;  // optional
        if (auto problem = url_problem(text, use)) error(path, std::string(field) + " " + *problem);
    }

    void url_template(const std::string& text, const ValuePath& path) {
        url(text, UrlUse::action_template, "a link template", path);
        for (size_t open = text.find('{'); open != std::string::npos;
             open = text.find('{', open + 1)) {
            size_t close = text.find('}', open);
            std::string name =
                close == std::string::npos ? "" : text.substr(open + 1, close - open - 1);
            if (name != "customer" && name != "number") {
                error(path, "a URL template may only use {customer} and {number}");
                return;
            }
        }
    }

    void reference(const std::string& value, const Names& known, const ValuePath& path,
                   const std::string& what) {
        if (!value.empty() && !known.contains(value))
            error(path, "unknown " + what + " \"" + value + "\"");
    }

    // Checks each line; returns the document's exact total in minor units, or nothing when a
    // line or the total is above the limit (reported here).
    std::optional<__int128> lines(const std::vector<Line>& lines, const ValuePath& document_path) {
        std::optional<__int128> total = 0;
        for (size_t i = 0; i < lines.size(); ++i) {
            const Line& line = lines[i];
            ValuePath at = document_path.item("lines", i);
            if (line.quantity < Decimal{}) error(at / "quantity", "quantity must not be negative");
            if (line.unit_price < Decimal{})
                error(at / "unit_price", "unit_price must not be negative");
            if (line.discount < Decimal{} || line.discount > Decimal::from_units(100))
                error(at / "discount", "discount is a percent from 0 to 100");
            if (!line.unit.empty() && !is_unit_code(line.unit))
                error(at / "unit", "unknown unit \"" + line.unit +
                                       "\" (a UN/ECE Recommendation 20 code like C62, HUR, DAY)");
            if (!line.kind.empty() && line.kind != "goods" && line.kind != "service")
                error(at / "kind",
                      "kind must be one of goods | service, not \"" + line.kind + "\"");
            for (size_t k = 0; k < line.taxes.size(); ++k) {
                const std::string& code = line.taxes[k];
                if (!taxes_->find(code)) {
                    error(at.item("taxes", k), "unknown tax code \"" + code + "\"");
                } else if (std::find(line.taxes.begin(), line.taxes.begin() + k, code) !=
                           line.taxes.begin() + k) {
                    error(at.item("taxes", k), "tax \"" + code + "\" listed twice");
                }
            }
            std::optional<__int128> amount = line_total(line);
            if (!amount) {
                error(at, "line amount too large (above " + limit_text() + ")");
                total.reset();
            } else if (total) {
                *total += *amount;  // both at most the limit: cannot overflow
                if (too_large(*total)) {
                    error(document_path, "document total too large (above " + limit_text() + ")");
                    total.reset();
                }
            }
        }
        return total;
    }

    // A line's subtotal and taxes in minor units; nothing when above the limit.
    std::optional<__int128> line_total(const Line& line) const {
        try {
            __int128 total = line_total_minor_units(line, *taxes_, digits_);
            if (!too_large(total)) return total;
        } catch (const DecimalOverflow&) {  // quantity × price beyond 128 bits, or a wild rate
        }
        return std::nullopt;
    }

    // SPEC 7: no amount, given or computed, above 10^15 in the currency.
    bool too_large(__int128 minor_units) const {
        __int128 limit = Decimal::kMaxInputUnits;
        for (int i = 0; i < digits_; ++i) limit *= 10;
        return minor_units > limit || minor_units < -limit;
    }

    static std::string limit_text() { return std::to_string(Decimal::kMaxInputUnits); }

    // An amount in minor units as a Decimal (within the limit, so exact).
    Decimal from_minor_units(__int128 minor_units) const {
        __int128 micros = minor_units;
        for (int i = digits_; i < Decimal::kScaleDigits; ++i) micros *= 10;
        return Decimal::from_micros(micros);
    }

    void invoices(const Customer& c, const ValuePath& path, const Names& methods,
                  const Names& orders, const Names& subscriptions) {
        Names invoice_numbers;
        for (const auto& i : c.invoices)
            if (i.kind == InvoiceKind::invoice) invoice_numbers.insert(i.number);
        Unique numbers(*this, "invoice", "number");  // invoices and credit notes share one folder
        for (size_t n = 0; n < c.invoices.size(); ++n) {
            const Invoice& i = c.invoices[n];
            ValuePath at = path.item("invoices", n);
            numbers.add(i.number, at / "number");
            if (i.kind == InvoiceKind::invoice && !i.reverses.empty())
                error(at / "reverses", "only a credit note reverses an invoice");
            reference(i.reverses, invoice_numbers, at / "reverses", "invoice");
            reference(i.order, orders, at / "order", "order");
            reference(i.subscription, subscriptions, at / "subscription", "subscription");
            if (i.due && *i.due < i.date) error(at / "due", "due is before the invoice date");
            if (!i.due && after_last_date(i.date, seller_->payment_terms_days))
                error(at / "date", "the due date (date + the company's payment_terms_days, " +
                                       std::to_string(seller_->payment_terms_days) +
                                       ") would be after " + Date::last().to_string() +
                                       ": give a due date");
            tax_currency(i, currency_, at);
            std::optional<__int128> total = lines(i.lines, at);
            if (i.kind == InvoiceKind::credit_note && !i.payments.empty())
                error(at / "payments", "a credit note has no payments");
            // Each payment is at most 10^15 (its input bound): the sum of any count is exact.
            __int128 paid = 0;
            for (size_t k = 0; k < i.payments.size(); ++k) {
                const Payment& p = i.payments[k];
                ValuePath pay_at = at.item("payments", k);
                if (p.amount <= Decimal{}) error(pay_at / "amount", "a payment amount is positive");
                if (p.amount.rounded(digits_) != p.amount)
                    error(pay_at / "amount", "more decimals than the currency has");
                reference(p.method, methods, pay_at / "method", "payment method");
                paid += p.amount.micros();
            }
            if (!total || i.payments.empty() || has_unknown_tax(i.lines)) continue;
            const Decimal invoice_total = from_minor_units(*total);
            if (paid > invoice_total.micros())
                error(at / "payments", "payments (" + money_text(Decimal::from_micros(paid)) +
                                           ") exceed the invoice total (" +
                                           invoice_total.to_fixed(digits_) + ")");
        }
    }

    // A line's unknown tax is reported where it is read; the invoice then has no total.
    bool has_unknown_tax(const std::vector<Line>& lines) const {
        for (const Line& line : lines)
            for (const std::string& code : line.taxes)
                if (!taxes_->find(code)) return true;
        return false;
    }

    // An amount as the currency writes it, or exactly when it has more decimals than that.
    std::string money_text(Decimal amount) const {
        return amount.rounded(digits_) == amount ? amount.to_fixed(digits_) : amount.to_string();
    }

    const SourceMap& positions_;
    Diagnostics& diagnostics_;
    const TaxTable* taxes_ = nullptr;
    const Sellers::Seller* seller_ = nullptr;
    std::string currency_;
    int digits_ = 2;
    std::optional<Loc> report_at_;
    std::string report_prefix_;
    std::string report_root_;
};

}  // namespace

Sellers::Sellers(const std::vector<Company>& stored) {
    for (const Company& c : stored)
        by_name_[c.name] = {c.taxes,      c.currency,  c.payment_terms_days,
                            c.grace_days, c.e_invoice, c.address.country};
}

void Sellers::add(const Company& imported) {
    Seller& seller = by_name_[imported.name];
    seller.currency = imported.currency;
    seller.payment_terms_days = imported.payment_terms_days;
    seller.grace_days = imported.grace_days;
    seller.e_invoice = imported.e_invoice;
    seller.country = imported.address.country;
    for (const Tax& tax : imported.taxes) {
        auto same = std::find_if(seller.taxes.begin(), seller.taxes.end(),
                                 [&](const Tax& t) { return t.code == tax.code; });
        if (same != seller.taxes.end())
            *same = tax;
        else
            seller.taxes.push_back(tax);
    }
}

const Sellers::Seller* Sellers::find(const std::string& name) const {
    auto it = by_name_.find(name);
    return it == by_name_.end() ? nullptr : &it->second;
}

void check_company(const Company& company, const std::string& path, const SourceMap& positions,
                   Diagnostics& diagnostics) {
    Validator(positions, diagnostics).company(company, ValuePath(path));
}

void check_customer(const Customer& customer, const std::string& path,
                    const Sellers::Seller& seller, const SourceMap& positions,
                    Diagnostics& diagnostics) {
    Validator(positions, diagnostics).customer(customer, ValuePath(path), seller);
}

void check_stored_customer(const Customer& customer, const Sellers::Seller& seller,
                           const Loc& changed, Diagnostics& diagnostics) {
    static const std::string kRoot = "customer";
    const SourceMap none;
    Validator validator(none, diagnostics);
    validator.report_at(changed,
                        "customer \"" + customer.id +
                            "\" (in the database, not in this import) no longer fits the new "
                            "settings of company \"" +
                            customer.seller + "\": ",
                        kRoot);
    validator.customer(customer, ValuePath(kRoot), seller);
}

std::string customer_id_clash(const std::string& id, const std::string& first,
                              const Loc& first_at) {
    if (id == first)
        return "customer \"" + id + "\" is imported twice (first at " + first_at.to_string() + ")";
    return "customer \"" + id + "\" and \"" + first + "\" (first at " + first_at.to_string() +
           ") " + slug_clash(id, first);
}

void validate_dataset(const Dataset& data, const std::vector<Company>& stored,
                      const SourceMap& positions, Diagnostics& diagnostics,
                      const std::vector<bool>& unparsed) {
    Sellers sellers(stored);
    for (const Company& c : data.companies) sellers.add(c);
    std::set<std::string> company_names;
    for (size_t i = 0; i < data.companies.size(); ++i) {
        const Company& c = data.companies[i];
        std::string path = "companies." + std::to_string(i);
        if (!company_names.insert(c.name).second)
            diagnostics.error(positions.at(path + ".name"),
                              "company \"" + c.name + "\" given twice");
        check_company(c, path, positions, diagnostics);
    }
    // Customers by the slug_key of their id: their file names (archive, outbox) must differ.
    std::map<std::string, size_t> first_with_key;
    for (size_t i = 0; i < data.customers.size(); ++i) {
        const Customer& c = data.customers[i];
        std::string path = "customers." + std::to_string(i);
        auto [it, inserted] = first_with_key.emplace(slug_key(c.id), i);
        if (!inserted && !c.id.empty()) {
            const std::string first_path = "customers." + std::to_string(it->second);
            diagnostics.error(
                positions.at(path + ".id"),
                customer_id_clash(c.id, data.customers[it->second].id, positions.at(first_path)));
        }
        const Sellers::Seller* seller = sellers.find(c.seller);
        if (!seller) {
            diagnostics.error(positions.at(path),
                              "unknown company \"" + c.seller + "\" for this customer");
            continue;
        }
        if (i < unparsed.size() && unparsed[i]) continue;
        check_customer(c, path, *seller, positions, diagnostics);
    }
}

}  // namespace portalgen
