// The invoice PDF's view: labels from the catalogue's `pdf` section, formats from LocaleFormat.
#include "view/pdf_invoice_view_builder.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "compute/credit_notes.h"
#include "core/join.h"
#include "core/vat_category.h"
#include "model/enums.h"
#include "view/address_lines.h"
#include "view/french_mentions.h"
#include "view/seller_brand.h"

namespace portalgen {

namespace {

const std::string& in_language_or_other(const LocalizedText& text, Language language) {
    const std::string& wanted = text.in(language);
    if (!wanted.empty()) return wanted;
    return text.in(language == Language::fr ? Language::en : Language::fr);
}

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return "";
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

// Letters and digits only, upper case: "FR 89 912 345 683" and "fr89912345683" are one number.
std::string compact_id(std::string_view value) {
    std::string out;
    for (unsigned char ch : value)
        if (std::isalnum(ch)) out += static_cast<char>(std::toupper(ch));
    return out;
}

// Whether one of the company's tax ids (printed as given) already shows `value`: the same number,
// or for a SIREN a SIRET that starts with it (a SIRET is the SIREN and an establishment number).
// The same number twice on the page would only look like two different ones.
bool among_tax_ids(const std::vector<TaxId>& tax_ids, const std::string& value, bool siren) {
    const std::string wanted = compact_id(value);
    return std::any_of(tax_ids.begin(), tax_ids.end(), [&](const TaxId& id) {
        const std::string printed = compact_id(id.value);
        return printed == wanted || (siren && printed.size() == 14 && printed.starts_with(wanted));
    });
}

// The label of a legal id [BT-30, BT-47] by its ISO 6523 scheme.
const char* legal_id_label(const SchemeId& id) {
    if (id.scheme == "0002") return "pdf.siren";
    if (id.scheme == "0009") return "pdf.siret";
    return "pdf.legal_id";
}

// The electronic form of an IBAN in groups of four, as it is printed for reading.
std::string grouped_iban(const std::string& iban) {
    std::string out;
    for (std::size_t i = 0; i < iban.size(); ++i) {
        if (i > 0 && i % 4 == 0) out += ' ';
        out += iban[i];
    }
    return out;
}

// Paragraphs of a notice: its non-empty lines.
std::vector<std::string> paragraphs(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string paragraph = trimmed(std::string_view(text).substr(start, end - start));
        if (!paragraph.empty()) out.push_back(std::move(paragraph));
        start = end + 1;
    }
    return out;
}

void add_unique(std::vector<std::string>& list, const std::string& text) {
    if (!text.empty() && std::find(list.begin(), list.end(), text) == list.end())
        list.push_back(text);
}

class PdfViewBuilder {
  public:
    PdfViewBuilder(const PortalContext& c, const ComputedInvoice& invoice)
        : c_(c),
          invoice_(invoice),
          doc_(*invoice.doc),
          credit_note_(doc_.kind == InvoiceKind::credit_note),
          mentions_(seller_mentions(c)) {}

    PdfInvoiceView build() {
        PdfInvoiceView v;
        v.paper = invoice_paper(c_.company());
        v.title = label(credit_note_ ? "pdf.credit_note" : "pdf.invoice");
        v.subtitle = subtitle();
        v.number = doc_.number;
        v.meta = meta();
        v.seller = seller();
        v.customer = customer();
        v.columns = {label("pdf.col_product"),    label("pdf.col_quantity"),
                     label("pdf.col_unit_price"), label("pdf.col_discount"),
                     label("pdf.col_taxes"),      label("pdf.col_amount")};
        v.lines = lines();
        v.totals = totals();
        v.mentions = mentions();
        v.payment_terms = payment_terms();
        v.legal_notice = legal_notice();
        v.page_label = label("pdf.page");
        v.info.title =
            c_.labels.format("pdf.document_title", {{"title", v.title}, {"number", doc_.number}});
        v.info.author = c_.company().name;
        v.info.subject = c_.labels.format(
            "pdf.document_subject",
            {{"title", v.title}, {"number", doc_.number}, {"customer", c_.customer().name}});
        v.info.keywords = join_non_empty({doc_.number, c_.customer().id}, ", ");
        v.info.creation_date = doc_.date;
        return v;
    }

  private:
    std::string label(std::string_view key) const { return c_.labels.text(key); }
    std::string money(Decimal amount) const { return c_.format.money(amount); }
    // A date inside a longer text, its spaces made no-break: a narrow column then wraps the text
    // between the dates, never inside one ("1 oct." on a line and "2026" on the next).
    std::string unbroken_date(Date date) const {
        std::string out;
        for (char ch : c_.format.date(date)) {
            if (ch == ' ')
                out += "\u00A0";
            else
                out += ch;
        }
        return out;
    }
    std::string labelled(std::string_view key, const std::string& value) const {
        return label(key) + " " + value;
    }

    // A credit note names the invoice it reverses and that invoice's date (CGI art. 242 nonies A).
    std::string subtitle() const {
        if (!credit_note_ || doc_.reverses.empty()) return "";
        if (const Invoice* reversed = reversed_invoice(c_.customer(), doc_))
            return c_.labels.format(
                "pdf.reverses_dated",
                {{"number", doc_.reverses}, {"date", unbroken_date(reversed->date)}});
        return c_.labels.format("pdf.reverses", {{"number", doc_.reverses}});
    }

    std::vector<PdfLabelValue> meta() const {
        std::vector<PdfLabelValue> rows;
        rows.push_back({label(credit_note_ ? "pdf.credit_note_date" : "pdf.invoice_date"),
                        c_.format.date(doc_.date)});
        if (!credit_note_)
            rows.push_back({label("pdf.due_date"), c_.format.date(invoice_.status.due)});
        // When the service was rendered or the goods delivered, if not the invoice date.
        if (doc_.service_start && doc_.service_end)
            rows.push_back({label("pdf.service_period"),
                            c_.labels.format("pdf.period_dates",
                                             {{"start", unbroken_date(*doc_.service_start)},
                                              {"end", unbroken_date(*doc_.service_end)}})});
        if (doc_.delivery_date)
            rows.push_back({label("pdf.delivery_date"), c_.format.date(*doc_.delivery_date)});
        if (!doc_.order.empty()) rows.push_back({label("pdf.order"), doc_.order});
        if (!doc_.purchase_order.empty())
            rows.push_back({label("pdf.purchase_order"), doc_.purchase_order});
        if (!doc_.subscription.empty())
            rows.push_back({label("pdf.subscription"), doc_.subscription});
        rows.push_back({label("pdf.customer_id"), c_.customer().id});
        return rows;
    }

    PdfSeller seller() const {
        const Company& company = c_.company();
        PdfSeller s;
        s.name = company.name;
        s.address = address_lines(company.address, c_.language, c_.customer().address.country);
        s.email = company.email;
        s.phone = company.phone;
        s.website = company.website;
        s.accent = readable_accent_color(company);
        s.logo = company.logo;
        for (const TaxId& id : company.tax_ids)
            s.tax_ids.push_back(
                join_non_empty({in_language_or_other(id.label, c_.language), id.value}, " "));
        // The VAT id and the SIREN or SIRET, unless a tax id above already gives them.
        if (!company.vat_id.empty() && !among_tax_ids(company.tax_ids, company.vat_id, false))
            s.tax_ids.push_back(labelled("pdf.vat_id", company.vat_id));
        const SchemeId& legal = company.legal_id;
        if (!legal.empty() && !among_tax_ids(company.tax_ids, legal.value, legal.scheme == "0002"))
            s.tax_ids.push_back(labelled(legal_id_label(legal), legal.value));
        return s;
    }

    PdfCustomer customer() const {
        const Customer& customer = c_.customer();
        const std::string& seller_country = c_.company().address.country;
        PdfCustomer p;
        p.label = label(credit_note_ ? "pdf.customer" : "pdf.bill_to");
        p.name = customer.name;
        p.company = customer.company;
        p.address = address_lines(customer.address, c_.language, seller_country);
        if (!customer.vat_id.empty()) p.tax_ids.push_back(labelled("pdf.vat_id", customer.vat_id));
        if (!customer.legal_id.empty())
            p.tax_ids.push_back(
                labelled(legal_id_label(customer.legal_id), customer.legal_id.value));
        // Where the goods go [BG-15], when it is not the billing address.
        if (customer.delivery_address && !customer.delivery_address->empty() &&
            *customer.delivery_address != customer.address) {
            p.delivery_label = label("pdf.deliver_to");
            p.delivery_address =
                address_lines(*customer.delivery_address, c_.language, seller_country);
        }
        return p;
    }

    // The quantity with its unit's short name from the catalogue's table (pdf.units), by its
    // Rec. 20 code; a code the table lacks is printed as it is, which still says the unit.
    std::string quantity(const Line& line) const {
        const std::string code = line.unit.empty() ? "C62" : line.unit;
        std::string key = "pdf.units.";
        for (unsigned char ch : code) key += static_cast<char>(std::tolower(ch));
        if (c_.labels.has(key))
            return c_.labels.format(key, {{"n", c_.format.number(line.quantity)}});
        if (c_.labels.has(key + ".other")) return c_.labels.plural(key, line.quantity, c_.format);
        return c_.format.number(line.quantity) + "\u00A0" + code;
    }

    std::vector<PdfInvoiceLine> lines() const {
        const TaxTable taxes(c_.company().taxes);
        std::vector<PdfInvoiceLine> out;
        for (std::size_t i = 0; i < doc_.lines.size(); ++i) {
            const Line& line = doc_.lines[i];
            std::vector<std::string> tax_names;
            for (const auto& code : line.taxes) {
                const Tax* tax = taxes.find(code);
                tax_names.push_back(tax ? tax->name.in(c_.language) : code);
            }
            out.push_back(
                {line.product.in(c_.language), line.description.in(c_.language), quantity(line),
                 c_.format.unit_price(line.unit_price),
                 line.discount.is_zero() ? std::string() : c_.format.percent(line.discount),
                 join_non_empty(tax_names, ", "), money(invoice_.totals.lines[i].subtotal)});
        }
        return out;
    }

    std::vector<PdfTotalsRow> totals() const {
        const Totals& t = invoice_.totals;
        std::vector<PdfTotalsRow> rows;
        rows.push_back({label("pdf.untaxed"), money(t.untaxed), false});
        for (const TaxAmount& tax : t.taxes) {
            const std::string name = tax.tax ? tax.tax->name.in(c_.language) : std::string();
            // "VAT 20%" already says its rate; "GST" does not.
            const bool named_rate = std::any_of(name.begin(), name.end(),
                                                [](unsigned char ch) { return std::isdigit(ch); });
            const std::string text =
                named_rate || !tax.tax
                    ? c_.labels.format("pdf.tax_named", {{"tax", name}, {"base", money(tax.base)}})
                    : c_.labels.format("pdf.tax", {{"tax", name},
                                                   {"rate", c_.format.percent(tax.tax->rate)},
                                                   {"base", money(tax.base)}});
            rows.push_back({text, money(tax.amount), false});
        }
        // The VAT in the seller's accounting currency, as the e-invoice gives it (BT-111).
        if (!doc_.tax_currency.empty())
            rows.push_back(
                {c_.labels.format("pdf.tax_in_currency", {{"currency", doc_.tax_currency}}),
                 LocaleFormat(c_.format.locale_tag(), doc_.tax_currency)
                     .money(doc_.tax_currency_total),
                 false});
        // The last row: what was invoiced ("Total TTC" in French). What is paid and due since
        // lives on the HTML page.
        rows.push_back({label("pdf.total"), money(t.total), true});
        return rows;
    }

    // Why a tax of the invoice is not charged (exempt, reverse charge, intra-EU, export, outside
    // the scope: the law wants the reason on the invoice), once each, then VAT on debits.
    std::vector<std::string> mentions() const {
        std::vector<std::string> out;
        for (const TaxAmount& t : invoice_.totals.taxes) {
            if (!t.tax || !category_needs_exemption(to_string(t.tax->category))) continue;
            add_unique(out, in_language_or_other(t.tax->exemption.text, c_.language));
        }
        add_unique(out, mentions_.vat_on_debits);
        return out;
    }

    std::string payment_terms() const {
        if (credit_note_) return "";
        const Date due = invoice_.status.due;
        const int days = due - doc_.date;
        std::vector<std::string> lines{days > 0 ? c_.labels.plural("pdf.terms", days, c_.format,
                                                                   {{"date", c_.format.date(due)}})
                                                : label("pdf.terms_on_receipt")};
        const BankAccount& bank = c_.company().bank_account;
        if (!bank.iban.empty())
            lines.push_back(bank.bic.empty() ? c_.labels.format("pdf.bank_transfer_iban",
                                                                {{"iban", grouped_iban(bank.iban)}})
                                             : c_.labels.format("pdf.bank_transfer",
                                                                {{"iban", grouped_iban(bank.iban)},
                                                                 {"bic", bank.bic}}));
        lines.push_back(c_.labels.format("pdf.payment_reference", {{"number", doc_.number}}));
        return join_non_empty(lines, "\n");
    }

    std::vector<std::string> legal_notice() const {
        const std::string notice = in_language_or_other(c_.company().legal_notice, c_.language);
        std::vector<std::string> out = paragraphs(notice);
        // French law (Code de commerce L441-10, D441-5) wants the penalty rate and the €40
        // indemnity on every invoice between businesses. Printed from the seller's data, whatever
        // its notice says: a notice that happens to hold "40" ("capital 40 000 €") is no mention.
        if (!credit_note_ && mentions_.late_payment())
            out.push_back(
                c_.labels.format("pdf.france_late_payment", {{"no_discount", mentions_.no_discount},
                                                             {"penalty", mentions_.penalty},
                                                             {"indemnity", mentions_.indemnity}}));
        return out;
    }

    const PortalContext& c_;
    const ComputedInvoice& invoice_;
    const Invoice& doc_;
    bool credit_note_;
    SellerMentions mentions_;
};

bool is_us_or_canada(std::string line) {
    std::string upper;
    for (unsigned char ch : trimmed(line))
        if (ch != '.') upper += static_cast<char>(std::toupper(ch));
    return upper == "USA" || upper == "US" || upper == "UNITED STATES" ||
           upper == "UNITED STATES OF AMERICA" || upper == "CANADA";
}

}  // namespace

PdfInvoiceView pdf_invoice_view(const PortalContext& c, const ComputedInvoice& invoice) {
    return PdfViewBuilder(c, invoice).build();
}

PdfPaper invoice_paper(const Company& company) {
    // North America prints, files and posts on Letter; everywhere else on A4.
    const Address& address = company.address;
    if (address.structured())
        return address.country == "US" || address.country == "CA" ? PdfPaper::us_letter
                                                                  : PdfPaper::a4;
    for (auto it = address.lines.rbegin(); it != address.lines.rend(); ++it) {
        if (trimmed(*it).empty()) continue;
        // Only the last non-empty line names the country.
        return is_us_or_canada(*it) ? PdfPaper::us_letter : PdfPaper::a4;
    }
    return PdfPaper::a4;
}

}  // namespace portalgen
