#include "import/e_invoice_rules.h"

#include <algorithm>
#include <array>
#include <set>
#include <string_view>

#include "model/enums.h"

namespace portalgen {

namespace {

// The VAT rates in force in France and its overseas departments (BR-FR-16).
bool is_french_vat_rate(const Decimal& rate) {
    static const std::array<std::string_view, 15> rates = {"0",   "0.9", "1.05", "1.75", "2.1",
                                                           "5.5", "7",   "8.5",  "9.2",  "9.6",
                                                           "10",  "13",  "19.6", "20",   "20.6"};
    const std::string text = rate.to_string();
    return std::find(rates.begin(), rates.end(), text) != rates.end();
}

// An invoice number of the French rules: 1 to 35 of A-Z a-z 0-9 + - _ / (BR-FR-01).
bool is_french_invoice_number(const std::string& number) {
    if (number.empty() || number.size() > 35) return false;
    return std::all_of(number.begin(), number.end(), [](unsigned char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '+' || c == '-' || c == '_' || c == '/';
    });
}

std::string item(std::string_view key, size_t index) {
    return std::string(key) + "." + std::to_string(index);
}

// The French rules' dates have a year from 2000 to 2099 (BR-FR-03).
bool is_french_year(Date date) {
    return date.year() >= 2000 && date.year() <= 2099;
}

// An electronic address [BT-34, BT-49] of the French rules: at most 125 characters (BR-FR-25),
// and a SIREN-based one (scheme 0225) only of A-Z a-z 0-9 - _ . (BR-FR-23). "" when it passes.
std::string french_electronic_address_problem(const std::string& scheme, const std::string& value) {
    if (value.size() > 125)
        return "a French Factur-X electronic address is at most 125 characters (BR-FR-25)";
    const bool allowed = std::all_of(value.begin(), value.end(), [](unsigned char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_' || c == '.';
    });
    if (scheme == "0225" && !allowed)
        return "an electronic address of scheme 0225 is only A-Z a-z 0-9 - _ . (BR-FR-23)";
    return "";
}

class CustomerRules {
  public:
    CustomerRules(const Customer& c, const std::string& seller_country, const TaxTable& taxes,
                  const std::string& currency, int payment_terms_days)
        : c_(c),
          french_(seller_country == "FR"),
          taxes_(taxes),
          currency_(currency),
          payment_terms_days_(payment_terms_days) {}

    EInvoiceProblems check() {
        if (!c_.address.structured())
            add("address",
                "a Factur-X seller's customer needs a structured address with its country "
                "(EN 16931 BR-10, BR-11)");
        if (c_.delivery_address && !c_.delivery_address->structured())
            add("delivery_address",
                "a delivery address on a Factur-X invoice is structured, "
                "with its country (EN 16931 BR-57)");
        // A customer without an electronic address is reached at its e-mail address (EAS EM).
        if (french_) {
            const bool own = !c_.electronic_address.empty();
            const std::string problem =
                french_electronic_address_problem(own ? c_.electronic_address.scheme : "EM",
                                                  own ? c_.electronic_address.value : c_.email);
            if (!problem.empty()) add(own ? "electronic_address.value" : "email", problem);
        }
        for (size_t i = 0; i < c_.invoices.size(); ++i)
            if (c_.invoices[i].state == InvoiceState::posted) invoice(c_.invoices[i], i);
        return std::move(problems_);
    }

  private:
    void invoice(const Invoice& doc, size_t index) {
        const std::string at = item("invoices", index);
        if (french_ && !is_french_invoice_number(doc.number))
            add(at + ".number",
                "a French Factur-X invoice number is 1 to 35 characters of A-Z a-z 0-9 + - _ / "
                "(BR-FR-01)");
        if (french_ && doc.kind == InvoiceKind::credit_note && doc.reverses.empty())
            add(at, "a French Factur-X credit note names the invoice it reverses (BR-FR-CO-05)");
        if (french_) french_dates(doc, at);

        bool taxed = false;
        const std::set<VatCategory> categories = line_categories(doc, at, taxed);
        const auto has = [&](VatCategory c) { return categories.count(c) > 0; };
        if (has(VatCategory::O) && categories.size() > 1)
            add(at,
                "an invoice with a line not subject to VAT (category O) has no other VAT "
                "category (EN 16931 BR-O-11)");
        if (has(VatCategory::AE) && c_.vat_id.empty() && c_.legal_id.empty())
            add("vat_id", "invoice " + doc.number +
                              " is reverse charged (category AE): the customer needs a VAT id "
                              "or a legal id (EN 16931 BR-AE-02)");
        if (has(VatCategory::K)) {
            if (c_.vat_id.empty())
                add("vat_id", "invoice " + doc.number +
                                  " is an intra-community supply (category K): the customer "
                                  "needs a VAT id (EN 16931 BR-IC-02)");
            if (!doc.delivery_date && !doc.service_start)
                add(at,
                    "an intra-community supply (category K) gives its delivery_date or "
                    "service_period (EN 16931 BR-IC-11)");
            if (!c_.delivery_address && !c_.address.structured())
                add(at,
                    "an intra-community supply (category K) needs the country it is "
                    "delivered to (EN 16931 BR-IC-12)");
        }
        // An invoice in another currency gives its VAT in euros too (BR-FR-CO-12); a zero VAT
        // total is zero in euros, and the build says so itself.
        if (french_ && currency_ != "EUR" && taxed && doc.tax_currency != "EUR")
            add(at + ".tax_currency",
                "an invoice in " + currency_ +
                    " from a French seller gives its VAT total in euros: tax_currency: EUR and "
                    "tax_currency_total (BR-FR-CO-12)");
    }

    // The VAT categories of the invoice's lines, each line checked for its one tax; `taxed` is
    // set when a line bears VAT.
    std::set<VatCategory> line_categories(const Invoice& doc, const std::string& at, bool& taxed) {
        std::set<VatCategory> categories;
        for (size_t n = 0; n < doc.lines.size(); ++n) {
            const Line& line = doc.lines[n];
            const std::string line_at = at + "." + item("lines", n);
            if (line.taxes.size() != 1) {
                add(line_at + ".taxes",
                    "a Factur-X invoice line has exactly one tax (EN 16931: one VAT "
                    "category and rate per line), this one has " +
                        std::to_string(line.taxes.size()));
                continue;
            }
            if (french_ && line.quantity.rounded(4) != line.quantity)
                add(line_at + ".quantity",
                    "a French Factur-X quantity has at most 4 decimals (BR-FR-DEC-02)");
            const Tax* tax = taxes_.find(line.taxes.front());
            if (!tax) continue;  // reported as unknown already
            categories.insert(tax->category);
            taxed = taxed || !tax->rate.is_zero();
        }
        return categories;
    }

    // Every date of a French e-invoice, the due date that the payment terms give included, is
    // in 2000-2099 (BR-FR-03).
    void french_dates(const Invoice& doc, const std::string& at) {
        const auto check = [&](Date date, const std::string& field, const std::string& what) {
            if (!is_french_year(date))
                add(field, "the " + what +
                               " of a French Factur-X invoice is in the years 2000 "
                               "to 2099, not " +
                               date.to_string() + " (BR-FR-03)");
        };
        check(doc.date, at + ".date", "date");
        if (doc.kind == InvoiceKind::invoice) {
            if (doc.due)
                check(*doc.due, at + ".due", "due date");
            else if (is_french_year(doc.date))
                check(doc.date.plus_days(payment_terms_days_), at + ".date",
                      "due date (date + the company's payment_terms_days)");
        }
        if (doc.service_start) check(*doc.service_start, at + ".service_period", "service period");
        if (doc.service_end) check(*doc.service_end, at + ".service_period", "service period");
        if (doc.delivery_date) check(*doc.delivery_date, at + ".delivery_date", "delivery date");
        if (doc.kind == InvoiceKind::credit_note)
            for (const Invoice& other : c_.invoices)
                if (other.kind == InvoiceKind::invoice && other.number == doc.reverses)
                    check(other.date, at + ".reverses", "date of the reversed invoice");
    }

    void add(std::string field, std::string message) {
        problems_.push_back({std::move(field), std::move(message)});
    }

    const Customer& c_;
    bool french_;
    const TaxTable& taxes_;
    const std::string& currency_;
    int payment_terms_days_;
    EInvoiceProblems problems_;
};

}  // namespace

EInvoiceProblems factur_x_company_problems(const Company& company) {
    EInvoiceProblems out;
    if (!company.address.structured()) {
        out.push_back({"address",
                       "a Factur-X seller needs a structured address with its "
                       "country (EN 16931 BR-8, BR-9)"});
        return out;
    }
    if (company.vat_id.empty())
        out.push_back({"vat_id",
                       "a Factur-X seller needs its VAT id (EN 16931 BR-CO-26, "
                       "BR-S-02)"});
    // An invoice outside the scope of VAT names no VAT id (BR-O-02): the legal id names the seller.
    const bool out_of_scope =
        std::any_of(company.taxes.begin(), company.taxes.end(),
                    [](const Tax& t) { return t.category == VatCategory::O; });
    if (out_of_scope && company.legal_id.empty())
        out.push_back({"legal_id",
                       "a Factur-X seller with a tax of category O gives its legal id, "
                       "which its invoices outside the scope of VAT name it by "
                       "(EN 16931 BR-CO-26, BR-O-02)"});
    if (company.address.country != "FR") return out;
    if (company.legal_id.scheme != "0002")
        out.push_back({"legal_id",
                       "a French Factur-X seller gives its SIREN: legal_id with "
                       "scheme \"0002\" (BR-FR-10)"});
    if (company.electronic_address.empty())
        out.push_back({"electronic_address",
                       "a French Factur-X seller gives its electronic address, e.g. scheme "
                       "\"0225\" and its SIREN (BR-FR-13)"});
    else if (std::string problem = french_electronic_address_problem(
                 company.electronic_address.scheme, company.electronic_address.value);
             !problem.empty())
        out.push_back({"electronic_address.value", problem});
    for (size_t i = 0; i < company.taxes.size(); ++i)
        if (!is_french_vat_rate(company.taxes[i].rate))
            out.push_back({item("taxes", i) + ".rate",
                           "rate " + company.taxes[i].rate.to_string() +
                               " is not a VAT rate in force in France (BR-FR-16)"});
    return out;
}

EInvoiceProblems factur_x_customer_problems(const Customer& customer,
                                            const std::string& seller_country,
                                            const TaxTable& taxes, const std::string& currency,
                                            int payment_terms_days) {
    return CustomerRules(customer, seller_country, taxes, currency, payment_terms_days).check();
}

}  // namespace portalgen
