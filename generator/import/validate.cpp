#include "import/validate.h"

#include <algorithm>
#include <map>
#include <set>

#include "compute/totals.h"
#include "core/currency.h"
#include "core/slug.h"

namespace portalgen {

namespace {

// Amounts (a line, a document's total) stay below 10^12 currency units, so sums cannot overflow.
constexpr int64_t kMaxAmountUnits = 1'000'000'000'000;

bool is_identifier(const std::string& text, size_t max_length) {
    if (text.empty() || text.size() > max_length) return false;
    for (unsigned char c : text) {
        bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                  c == '.' || c == '_' || c == '-';
        if (!ok) return false;
    }
    return true;
}

class Validator {
  public:
    Validator(const SourceMap& positions, Diagnostics& diagnostics)
        : positions_(positions), diagnostics_(diagnostics) {}

    void error(const std::string& path, std::string message) {
        diagnostics_.error(positions_.at(path), std::move(message));
    }

    void company(const Company& company, const std::string& path) {
        if (!company.currency.empty() && !is_known_currency(company.currency))
            error(path + ".currency", "unknown currency \"" + company.currency +
                                          "\" (expected an ISO 4217 code like EUR)");
        locale(company.locale.en, "en", path + ".locale.en");
        locale(company.locale.fr, "fr", path + ".locale.fr");
        if (!company.portal_url.empty() && !company.portal_url.starts_with("https://") &&
            !company.portal_url.starts_with("http://"))
            error(path + ".portal_url", "portal_url must start with https:// or http://");
        url_template(company.actions.accept_quotation, path + ".actions.accept_quotation");
        url_template(company.actions.reject_quotation, path + ".actions.reject_quotation");
        url_template(company.actions.pay_invoice, path + ".actions.pay_invoice");
        url_template(company.actions.change_payment_method,
                     path + ".actions.change_payment_method");
        url_template(company.actions.support, path + ".actions.support");
        url_template(company.actions.delete_account, path + ".actions.delete_account");
        taxes(company.taxes, path + ".taxes");
    }

    void taxes(const std::vector<Tax>& taxes, const std::string& path) {
        std::set<std::string> codes;
        for (size_t i = 0; i < taxes.size(); ++i) {
            const Tax& tax = taxes[i];
            std::string at = path + "." + std::to_string(i);
            if (!is_identifier(tax.code, 32))
                error(at + ".code", "a tax code is 1 to 32 characters of A-Z a-z 0-9 . _ -");
            else if (!codes.insert(tax.code).second)
                error(at + ".code", "duplicate tax code \"" + tax.code + "\"");
            if (tax.rate < Decimal{} || tax.rate > Decimal::from_units(100))
                error(at + ".rate", "a tax rate is a percent from 0 to 100");
        }
    }

    void customer(const Customer& c, const std::string& path, const TaxTable& taxes) {
        taxes_ = &taxes;
        digits_ = currency_digits(c.currency);
        if (!is_identifier(c.id, 64))
            error(path + ".id", "a customer id is 1 to 64 characters of A-Z a-z 0-9 . _ -");
        if (c.email.find('@') == std::string::npos)
            error(path + ".email", "email must be an address like name@example.com");
        if (!c.currency.empty() && !is_known_currency(c.currency))
            error(path + ".currency", "unknown currency \"" + c.currency + "\"");

        std::set<std::string> methods;
        Unique method_ids(*this, "payment method id");
        for (size_t i = 0; i < c.payment_methods.size(); ++i) {
            const auto& m = c.payment_methods[i];
            std::string at = path + ".payment_methods." + std::to_string(i);
            method_ids.add(m.id, at + ".id");
            methods.insert(m.id);
            if (m.last4.size() != 4 || m.last4.find_first_not_of("0123456789") != std::string::npos)
                error(at + ".last4", "last4 must be the last 4 digits of the card");
        }

        std::set<std::string> quotation_numbers;
        Unique quotations(*this, "quotation");
        for (size_t i = 0; i < c.quotations.size(); ++i) {
            const auto& q = c.quotations[i];
            std::string at = path + ".quotations." + std::to_string(i);
            quotations.add(q.number, at + ".number");
            quotation_numbers.insert(q.number);
            if (q.valid_until && *q.valid_until < q.date)
                error(at + ".valid_until", "valid_until is before the quotation date");
            document_total(lines(q.lines, at), at);
        }

        std::set<std::string> order_numbers;
        Unique orders(*this, "order");
        for (size_t i = 0; i < c.orders.size(); ++i) {
            const auto& o = c.orders[i];
            std::string at = path + ".orders." + std::to_string(i);
            orders.add(o.number, at + ".number");
            order_numbers.insert(o.number);
            reference(o.quotation, quotation_numbers, at + ".quotation", "quotation");
            if (o.start.has_value() != o.end.has_value())
                error(at + (o.start ? ".start" : ".end"),
                      "a service period needs both start and end");
            else if (o.start && *o.start > *o.end)
                error(at + ".start",
                      "start " + o.start->to_string() + " is after end " + o.end->to_string());
            document_total(lines(o.lines, at), at);
        }

        std::set<std::string> subscription_numbers;
        Unique subscriptions(*this, "subscription");
        for (size_t i = 0; i < c.subscriptions.size(); ++i) {
            const auto& s = c.subscriptions[i];
            std::string at = path + ".subscriptions." + std::to_string(i);
            subscriptions.add(s.number, at + ".number");
            subscription_numbers.insert(s.number);
            reference(s.payment_method, methods, at + ".payment_method", "payment method");
            if (s.next_invoice < s.start)
                error(at + ".next_invoice", "next_invoice is before start");
            if (s.state == SubscriptionState::closed && !s.closed_on)
                error(at, "a closed subscription needs closed_on");
            if (s.state != SubscriptionState::closed && s.closed_on)
                error(at + ".closed_on", "closed_on is only for state: closed");
            document_total(lines(s.lines, at), at);
        }

        invoices(c, path, methods, order_numbers, subscription_numbers);

        Unique tickets(*this, "ticket");
        for (size_t i = 0; i < c.tickets.size(); ++i)
            tickets.add(c.tickets[i].ref, path + ".tickets." + std::to_string(i) + ".ref");

        for (size_t i = 0; i < c.success_packs.size(); ++i) {
            const auto& p = c.success_packs[i];
            std::string at = path + ".success_packs." + std::to_string(i);
            if (p.hours < Decimal{}) error(at + ".hours", "hours must not be negative");
            if (p.used < Decimal{}) error(at + ".used", "used must not be negative");
            if (p.used > p.hours)
                error(at + ".used", "used (" + p.used.to_string() + " h) is above hours (" +
                                        p.hours.to_string() + " h)");
        }
    }

  private:
    // Numbers of one kind: no duplicates, and no two slugs (file names) alike.
    class Unique {
      public:
        Unique(Validator& v, std::string kind) : v_(v), kind_(std::move(kind)) {}
        void add(const std::string& number, const std::string& path) {
            if (number.empty()) return;  // reported as missing already
            if (!numbers_.insert(number).second) {
                v_.error(path, "duplicate " + kind_ + " \"" + number + "\"");
                return;
            }
            auto [it, inserted] = slugs_.emplace(slug_of(number), number);
            if (!inserted)
                v_.error(path, kind_ + " \"" + number + "\" and \"" + it->second +
                                   "\" would have the same file name \"" + it->first + "\"");
        }

      private:
        Validator& v_;
        std::string kind_;
        std::set<std::string> numbers_;
        std::map<std::string, std::string> slugs_;
    };

    void locale(const std::string& tag, const std::string& language, const std::string& path) {
        bool ok = tag.size() >= 2 && tag.compare(0, 2, language) == 0 &&
                  (tag.size() == 2 || (tag.size() == 5 && tag[2] == '-' && std::isupper(tag[3]) &&
                                       std::isupper(tag[4])));
        if (!ok)
            error(path, "locale must look like " + language + " or " + language + "-CA, not \"" +
                            tag + "\"");
    }

    void url_template(const std::string& text, const std::string& path) {
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

    void reference(const std::string& value, const std::set<std::string>& known,
                   const std::string& path, const std::string& what) {
        if (!value.empty() && !known.contains(value))
            error(path, "unknown " + what + " \"" + value + "\"");
    }

    // Checks each line; returns the document's exact untaxed total in minor units.
    __int128 lines(const std::vector<Line>& lines, const std::string& document_path) {
        __int128 sum = 0;
        for (size_t i = 0; i < lines.size(); ++i) {
            const Line& line = lines[i];
            std::string at = document_path + ".lines." + std::to_string(i);
            if (line.quantity < Decimal{}) error(at + ".quantity", "quantity must not be negative");
            if (line.unit_price < Decimal{})
                error(at + ".unit_price", "unit_price must not be negative");
            if (line.discount < Decimal{} || line.discount > Decimal::from_units(100))
                error(at + ".discount", "discount is a percent from 0 to 100");
            std::set<std::string> seen;
            for (size_t k = 0; k < line.taxes.size(); ++k) {
                std::string tax_at = at + ".taxes." + std::to_string(k);
                if (!taxes_->find(line.taxes[k]))
                    error(tax_at, "unknown tax code \"" + line.taxes[k] + "\"");
                else if (!seen.insert(line.taxes[k]).second)
                    error(tax_at, "tax \"" + line.taxes[k] + "\" listed twice");
            }
            __int128 subtotal = line_subtotal_minor_units(line, digits_);
            if (too_large(subtotal)) error(at, "line amount too large");
            sum += subtotal;
        }
        return sum;
    }

    bool too_large(__int128 minor_units) const {
        __int128 limit = kMaxAmountUnits;
        for (int i = 0; i < digits_; ++i) limit *= 10;
        return minor_units >= limit || minor_units <= -limit;
    }

    void document_total(__int128 untaxed_minor_units, const std::string& path) {
        // Taxes are at most 100 % per code, so twice the untaxed total per tax bounds the total.
        if (too_large(untaxed_minor_units * (1 + static_cast<__int128>(taxes_->all().size()))))
            error(path, "document total too large");
    }

    void invoices(const Customer& c, const std::string& path, const std::set<std::string>& methods,
                  const std::set<std::string>& orders, const std::set<std::string>& subscriptions) {
        std::set<std::string> invoice_numbers;
        for (const auto& i : c.invoices)
            if (i.kind == InvoiceKind::invoice) invoice_numbers.insert(i.number);
        Unique numbers(*this, "invoice");  // invoices and credit notes share one folder
        for (size_t n = 0; n < c.invoices.size(); ++n) {
            const Invoice& i = c.invoices[n];
            std::string at = path + ".invoices." + std::to_string(n);
            numbers.add(i.number, at + ".number");
            if (i.kind == InvoiceKind::invoice && !i.reverses.empty())
                error(at + ".reverses", "only a credit note reverses an invoice");
            reference(i.reverses, invoice_numbers, at + ".reverses", "invoice");
            reference(i.order, orders, at + ".order", "order");
            reference(i.subscription, subscriptions, at + ".subscription", "subscription");
            if (i.due && *i.due < i.date) error(at + ".due", "due is before the invoice date");
            __int128 untaxed = lines(i.lines, at);
            document_total(untaxed, at);
            if (i.kind == InvoiceKind::credit_note && !i.payments.empty())
                error(at + ".payments", "a credit note has no payments");
            Decimal paid;
            for (size_t k = 0; k < i.payments.size(); ++k) {
                const Payment& p = i.payments[k];
                std::string pay_at = at + ".payments." + std::to_string(k);
                if (p.amount <= Decimal{})
                    error(pay_at + ".amount", "a payment amount is positive");
                if (p.amount.rounded(digits_) != p.amount)
                    error(pay_at + ".amount", "more decimals than the currency has");
                reference(p.method, methods, pay_at + ".method", "payment method");
                if (!too_large(untaxed)) paid += p.amount;
            }
            if (too_large(untaxed) || i.payments.empty()) continue;
            Decimal total = compute_totals(i.lines, *taxes_, digits_).total;
            if (paid > total)
                error(at + ".payments", "payments (" + money_text(paid) +
                                            ") exceed the invoice total (" +
                                            total.to_fixed(digits_) + ")");
        }
    }

    // An amount as the currency writes it, or exactly when it has more decimals than that.
    std::string money_text(Decimal amount) const {
        return amount.rounded(digits_) == amount ? amount.to_fixed(digits_) : amount.to_string();
    }

    const SourceMap& positions_;
    Diagnostics& diagnostics_;
    const TaxTable* taxes_ = nullptr;
    int digits_ = 2;
};

}  // namespace

void validate_dataset(const Dataset& data, const std::vector<Company>& stored,
                      const SourceMap& positions, Diagnostics& diagnostics) {
    Validator validator(positions, diagnostics);
    // The taxes of each company: stored ones, overridden by imported ones of the same code.
    std::map<std::string, std::vector<Tax>> taxes_of;
    std::map<std::string, std::string> currency_of;
    for (const Company& c : stored) {
        taxes_of[c.name] = c.taxes;
        currency_of[c.name] = c.currency;
    }
    std::set<std::string> company_names;
    for (size_t i = 0; i < data.companies.size(); ++i) {
        const Company& c = data.companies[i];
        std::string path = "companies." + std::to_string(i);
        if (!company_names.insert(c.name).second)
            validator.error(path + ".name", "company \"" + c.name + "\" given twice");
        validator.company(c, path);
        currency_of[c.name] = c.currency;
        auto& merged = taxes_of[c.name];
        for (const Tax& tax : c.taxes) {
            auto same = std::find_if(merged.begin(), merged.end(),
                                     [&](const Tax& t) { return t.code == tax.code; });
            if (same != merged.end())
                *same = tax;
            else
                merged.push_back(tax);
        }
    }
    std::map<std::string, std::string> first_path_of_id;
    for (size_t i = 0; i < data.customers.size(); ++i) {
        Customer c = data.customers[i];
        std::string path = "customers." + std::to_string(i);
        auto [it, inserted] = first_path_of_id.emplace(c.id, path);
        if (!inserted && !c.id.empty())
            validator.error(path + ".id", "customer \"" + c.id + "\" is imported twice (first at " +
                                              positions.at(it->second).to_string() + ")");
        auto seller = taxes_of.find(c.seller);
        if (seller == taxes_of.end()) {
            validator.error(path, "unknown company \"" + c.seller + "\" for this customer");
            continue;
        }
        if (c.currency.empty()) c.currency = currency_of[c.seller];
        TaxTable taxes(seller->second);
        validator.customer(c, path, taxes);
    }
}

}  // namespace portalgen
