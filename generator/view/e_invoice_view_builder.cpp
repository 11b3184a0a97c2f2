// The e-invoice view: every amount from compute's totals, formatted as plain decimals at the
// currency's minor unit, so the XML carries to the cent what the PDF prints.
#include "view/e_invoice_view_builder.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <utility>

#include "compute/credit_notes.h"
#include "model/enums.h"
#include "view/french_mentions.h"

namespace portalgen {

namespace {

EInvoiceAddress e_invoice_address(const Address& address, const std::string& whose) {
    if (!address.structured())
        throw std::runtime_error(whose + " has no structured address with a country");
    EInvoiceAddress out{.postcode = address.postcode,
                        .city = address.city,
                        .region = address.region,
                        .country = address.country};
    out.lines = address.lines;
    return out;
}

EInvoiceId e_invoice_id(const SchemeId& id) {
    return {id.value, id.scheme};
}

// Quantities of goods and of services give the billing framework (BR-FR): a line that does not
// say counts as a service, as most of what is invoiced with a portal is.
std::string business_process(const std::vector<Line>& lines) {
    bool goods = false;
    bool services = false;
    for (const Line& line : lines) (line.kind == "goods" ? goods : services) = true;
    if (goods && services) return "M1";
    return goods ? "B1" : "S1";
}

class EInvoiceBuilder {
  public:
    EInvoiceBuilder(const PortalContext& c, const ComputedInvoice& invoice)
        : c_(c),
          invoice_(invoice),
          doc_(*invoice.doc),
          credit_note_(doc_.kind == InvoiceKind::credit_note),
          digits_(c.account.currency_digits) {}

    EInvoiceView build() {
        EInvoiceView v;
        v.type_code = credit_note_ ? "381" : "380";
        v.number = doc_.number;
        v.issue_date = doc_.date;
        v.currency = c_.account.currency;
        v.notes = notes();
        v.business_process = business_process(doc_.lines);
        v.purchase_order = doc_.purchase_order;
        v.order_reference = doc_.order;
        v.contract_reference = doc_.subscription;
        if (credit_note_ && !doc_.reverses.empty())
            v.preceding_invoice = EInvoiceReference{doc_.reverses, reversed_invoice_date()};
        v.seller = seller();
        v.buyer = buyer();
        v.delivery = delivery();
        if (doc_.service_start && doc_.service_end)
            v.period = EInvoicePeriod{*doc_.service_start, *doc_.service_end};
        if (c_.company().vat_on_debits) v.vat_due_date_code = "5";
        v.payment_reference = doc_.number;
        set_payment(v);
        v.lines = lines();
        v.vat = vat();
        // Outside the scope of VAT (category O, alone on its invoice since import checks it), an
        // invoice names no VAT id of either party (BR-O-02).
        if (!v.vat.empty() && v.vat.front().category == "O") {
            v.seller.vat_id.clear();
            v.buyer.vat_id.clear();
        }
        v.totals = totals();
        set_tax_currency(v);
        return v;
    }

  private:
    std::string amount(Decimal value) const { return value.rounded(digits_).to_fixed(digits_); }
    Decimal from_minor_units(__int128 minor) const {
        __int128 scale = 1;
        for (int i = digits_; i < Decimal::kScaleDigits; ++i) scale *= 10;
        return Decimal::from_micros(minor * scale);
    }
    [[noreturn]] void refuse(const std::string& why) const {
        throw std::runtime_error("invoice " + doc_.number +
                                 " cannot be a Factur-X invoice: " + why);
    }

    // The seller's legal mentions (view/french_mentions.h) as notes of their subjects.
    std::vector<EInvoiceNote> notes() const {
        std::vector<EInvoiceNote> out;
        const SellerMentions m = seller_mentions(c_);
        if (m.late_payment()) {
            out.push_back({m.indemnity, "PMT"});
            out.push_back({m.penalty, "PMD"});
            out.push_back({m.no_discount, "AAB"});
        }
        if (!m.vat_on_debits.empty()) out.push_back({m.vat_on_debits, "TXD"});
        return out;
    }

    std::optional<Date> reversed_invoice_date() const {
        const Invoice* reversed = reversed_invoice(c_.customer(), doc_);
        if (!reversed) return std::nullopt;
        return reversed->date;
    }

    EInvoiceParty seller() const {
        const Company& company = c_.company();
        return {.name = company.name,
                .legal_id = e_invoice_id(company.legal_id),
                .vat_id = company.vat_id,
                .address = e_invoice_address(company.address, "the seller"),
                .electronic_address = e_invoice_id(company.electronic_address),
                .email = company.email};
    }

    EInvoiceParty buyer() const {
        const Customer& customer = c_.customer();
        EInvoiceParty p{.name = customer.company.empty() ? customer.name : customer.company,
                        .legal_id = e_invoice_id(customer.legal_id),
                        .vat_id = customer.vat_id,
                        .address = e_invoice_address(customer.address, "customer " + customer.id),
                        .electronic_address = e_invoice_id(customer.electronic_address),
                        .email = customer.email};
        // A consumer has no registered address: the e-mail one reaches them (EAS "EM").
        if (p.electronic_address.value.empty() && !customer.email.empty())
            p.electronic_address = {customer.email, "EM"};
        return p;
    }

    EInvoiceDelivery delivery() const {
        const Customer& customer = c_.customer();
        EInvoiceDelivery d;
        if (customer.delivery_address) {
            d.name = customer.company.empty() ? customer.name : customer.company;
            d.address = e_invoice_address(*customer.delivery_address, "a delivery address");
        } else if (has_category(VatCategory::K)) {
            // An intra-community supply says where it went (BR-IC-12): the customer's address.
            d.name = customer.company.empty() ? customer.name : customer.company;
            d.address = e_invoice_address(customer.address, "customer " + customer.id);
        }
        d.date = doc_.delivery_date;
        return d;
    }

    bool has_category(VatCategory category) const {
        const TaxTable taxes(c_.company().taxes);
        return std::any_of(doc_.lines.begin(), doc_.lines.end(), [&](const Line& line) {
            return std::any_of(line.taxes.begin(), line.taxes.end(), [&](const std::string& code) {
                const Tax* tax = taxes.find(code);
                return tax && tax->category == category;
            });
        });
    }

    void set_payment(EInvoiceView& v) const {
        const BankAccount& bank = c_.company().bank_account;
        if (!credit_note_) {
            v.payment_means = bank.iban.empty()
                                  ? EInvoicePaymentMeans{.code = "1"}
                                  : EInvoicePaymentMeans{.code = "58",
                                                         .iban = bank.iban,
                                                         .account_name = c_.company().name,
                                                         .bic = bank.bic};
            v.due_date = invoice_.status.due;
        }
        v.payment_terms = payment_terms();
    }

    // The PDF's wording for an invoice; a credit note says how it is settled (BR-CO-25 wants
    // terms or a due date whenever an amount is due, and a credit note's is positive).
    std::string payment_terms() const {
        if (credit_note_)
            return c_.language == Language::fr ? "Remboursé ou déduit de votre prochaine facture."
                                               : "Refunded or set against your next invoice.";
        const Date due = invoice_.status.due;
        const int days = due - doc_.date;
        return days > 0
                   ? c_.labels.plural("pdf.terms", days, c_.format, {{"date", c_.format.date(due)}})
                   : c_.labels.text("pdf.terms_on_receipt");
    }

    const Tax& line_tax(const Line& line) const {
        if (line.taxes.size() != 1)
            refuse("a line has " + std::to_string(line.taxes.size()) +
                   " taxes; EN 16931 allows exactly one VAT category and rate per line");
        const Tax* tax = TaxTable(c_.company().taxes).find(line.taxes.front());
        if (!tax) refuse("unknown tax " + line.taxes.front());
        return *tax;
    }

    std::vector<EInvoiceLine> lines() const {
        std::vector<EInvoiceLine> out;
        for (std::size_t i = 0; i < doc_.lines.size(); ++i) {
            const Line& line = doc_.lines[i];
            const Tax& tax = line_tax(line);
            const Decimal subtotal = invoice_.totals.lines[i].subtotal;
            EInvoiceLine l{.id = std::to_string(i + 1),
                           .name = line.product.in(c_.language),
                           .description = line.description.in(c_.language),
                           .quantity = line.quantity.to_string(),
                           .unit_code = line.unit.empty() ? "C62" : line.unit,
                           .net_price = line.unit_price.to_string(),
                           .net_amount = amount(subtotal),
                           .vat_category = std::string(to_string(tax.category)),
                           .vat_rate = rate(tax)};
            if (!line.discount.is_zero()) l.allowance = line_discount(line, subtotal);
            out.push_back(std::move(l));
        }
        return out;
    }

    // The printed unit price stays the price; the discount is what the rounded gross amount
    // loses to the printed amount, so quantity × price − allowance is the printed amount.
    EInvoiceAllowance line_discount(const Line& line, Decimal subtotal) const {
        Line gross_line = line;
        gross_line.discount = Decimal();
        const Decimal gross = from_minor_units(line_subtotal_minor_units(gross_line, digits_));
        const std::string label = c_.language == Language::fr ? "Remise " : "Discount ";
        return {.amount = amount(gross - subtotal),
                .reason = label + c_.format.percent(line.discount),
                .reason_code = "95"};
    }

    static std::string rate(const Tax& tax) {
        return tax.category == VatCategory::O ? std::string() : tax.rate.to_string();
    }

    // One row per category and rate: two taxes of the same kind (two 20 % codes) add up.
    std::vector<EInvoiceVat> vat() const {
        std::vector<EInvoiceVat> out;
        std::map<std::pair<std::string, std::string>, std::size_t> row_of;
        std::vector<std::pair<Decimal, Decimal>> sums;
        for (const TaxAmount& t : invoice_.totals.taxes) {
            if (!t.tax) continue;
            auto key = std::make_pair(std::string(to_string(t.tax->category)), rate(*t.tax));
            auto [it, added] = row_of.emplace(key, out.size());
            if (added) {
                const VatExemption& ex = t.tax->exemption;
                const std::string& text = ex.text.in(c_.language);
                out.push_back({.category = key.first,
                               .rate = key.second,
                               .exemption = text.empty() ? ex.text.in(Language::en) : text,
                               .exemption_code = ex.code});
                sums.emplace_back();
            }
            sums[it->second].first += t.base;
            sums[it->second].second += t.amount;
        }
        for (std::size_t i = 0; i < out.size(); ++i) {
            out[i].basis = amount(sums[i].first);
            out[i].amount = amount(sums[i].second);
        }
        return out;
    }

    // The invoice as issued, as its PDF: nothing paid, the whole total due.
    EInvoiceTotals totals() const {
        const Totals& t = invoice_.totals;
        Decimal tax_total;
        for (const TaxAmount& tax : t.taxes) tax_total += tax.amount;
        return {.line_total = amount(t.untaxed),
                .tax_basis = amount(t.untaxed),
                .tax_total = amount(tax_total),
                .grand_total = amount(t.total),
                .due = amount(t.total)};
    }

    // A French seller accounts its VAT in euros (BR-FR-CO-12): the invoice's own figure when the
    // data gives one (BT-6, BT-111; import requires it where the VAT is not zero), else a zero
    // VAT total, which is zero in any currency.
    void set_tax_currency(EInvoiceView& v) const {
        if (!doc_.tax_currency.empty()) {
            v.tax_currency = doc_.tax_currency;
            v.totals.tax_total_in_tax_currency = doc_.tax_currency_total.rounded(2).to_fixed(2);
            return;
        }
        if (v.currency == "EUR" || c_.company().address.country != "FR") return;
        bool zero = true;
        for (const TaxAmount& tax : invoice_.totals.taxes) zero = zero && tax.amount.is_zero();
        if (!zero) return;
        v.tax_currency = "EUR";
        v.totals.tax_total_in_tax_currency = "0.00";
    }

    const PortalContext& c_;
    const ComputedInvoice& invoice_;
    const Invoice& doc_;
    bool credit_note_;
    int digits_;
};

}  // namespace

EInvoiceView e_invoice_view(const PortalContext& c, const ComputedInvoice& invoice) {
    return EInvoiceBuilder(c, invoice).build();
}

}  // namespace portalgen
