#include "synth/record_writer.h"

#include "model/enums.h"

namespace portalgen {

namespace {

void text_list(YamlWriter& out, const std::vector<std::string>& items) {
    out.raw('[');
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out.raw(", ");
        out.text(items[i]);
    }
    out.raw(']');
}

void localized(YamlWriter& out, const LocalizedText& text) {
    out.raw("{ en: ");
    out.text(text.en);
    out.raw(", fr: ");
    out.text(text.fr);
    out.raw(" }");
}

// The list of printed lines, or the structured form with its country (SPEC 1b):
// { lines: [...], postcode: "75012", city: Paris, country: FR }.
void address(YamlWriter& out, const Address& address) {
    if (!address.structured()) {
        text_list(out, address.lines);
        return;
    }
    out.raw("{ lines: ");
    text_list(out, address.lines);
    if (!address.postcode.empty()) {
        out.raw(", postcode: ");
        out.text(address.postcode);
    }
    out.raw(", city: ");
    out.text(address.city);
    if (!address.region.empty()) {
        out.raw(", region: ");
        out.text(address.region);
    }
    out.raw(", country: ");
    out.text(address.country);
    out.raw(" }");
}

// { scheme: "0002", value: "842619371" }
void scheme_id(YamlWriter& out, const SchemeId& id) {
    out.raw("{ scheme: ");
    out.quoted(id.scheme);
    out.raw(", value: ");
    out.quoted(id.value);
    out.raw(" }");
}

// One string when both languages read the same, else { en, fr }.
void customer_text(YamlWriter& out, const CustomerText& text) {
    if (text.is_one())
        out.text(text.en);
    else
        localized(out, text);
}

// A unit price: the currency's decimals when that is exact ("149.00"), else all it needs
// ("0.045").
void price(YamlWriter& out, Decimal value, int digits) {
    if (value.rounded(digits) == value) {
        out.money(value, digits);
    } else {
        out.raw('"');
        out.decimal(value);
        out.raw('"');
    }
}

// `indent` is the column of the `lines:` key.
void lines(YamlWriter& out, const std::vector<Line>& lines, std::string_view indent, int digits) {
    if (lines.empty()) return;
    out.raw(indent);
    out.raw("lines:\n");
    for (const Line& line : lines) {
        out.raw(indent);
        out.raw("  - { product: ");
        customer_text(out, line.product);
        if (!line.description.empty()) {
            out.raw(", description: ");
            customer_text(out, line.description);
        }
        out.raw(", quantity: ");
        out.decimal(line.quantity);
        out.raw(", unit_price: ");
        price(out, line.unit_price, digits);
        if (!line.discount.is_zero()) {
            out.raw(", discount: ");
            out.decimal(line.discount);
        }
        if (!line.taxes.empty()) {
            out.raw(", taxes: ");
            text_list(out, line.taxes);
        }
        if (!line.unit.empty()) {
            out.raw(", unit: ");
            out.text(line.unit);
        }
        if (!line.kind.empty()) {
            out.raw(", kind: ");
            out.text(line.kind);
        }
        out.raw(" }\n");
    }
}

void key(YamlWriter& out, std::string_view indent, std::string_view name) {
    out.raw(indent);
    out.raw(name);
    out.raw(": ");
}

// The indentation of a document's keys: documents are items of a customer's lists
// ("      - number: ..."), their other keys align with `number`.
constexpr std::string_view kDocument = "        ";

void quotations(YamlWriter& out, const Customer& c, int digits) {
    if (c.quotations.empty()) return;
    out.raw("    quotations:\n");
    for (const Quotation& q : c.quotations) {
        out.raw("      - number: ");
        out.text(q.number);
        key(out, "\n        ", "date");
        out.date(q.date);
        if (q.valid_until) {
            key(out, "\n        ", "valid_until");
            out.date(*q.valid_until);
        }
        key(out, "\n        ", "state");
        out.raw(to_string(q.state));
        out.raw('\n');
        lines(out, q.lines, kDocument, digits);
    }
}

void orders(YamlWriter& out, const Customer& c, int digits) {
    if (c.orders.empty()) return;
    out.raw("    orders:\n");
    for (const Order& o : c.orders) {
        out.raw("      - number: ");
        out.text(o.number);
        key(out, "\n        ", "date");
        out.date(o.date);
        if (!o.quotation.empty()) {
            key(out, "\n        ", "quotation");
            out.text(o.quotation);
        }
        if (o.start && o.end) {
            key(out, "\n        ", "start");
            out.date(*o.start);
            key(out, "\n        ", "end");
            out.date(*o.end);
        }
        key(out, "\n        ", "state");
        out.raw(to_string(o.state));
        out.raw('\n');
        lines(out, o.lines, kDocument, digits);
    }
}

void invoices(YamlWriter& out, const Customer& c, int digits) {
    if (c.invoices.empty()) return;
    out.raw("    invoices:\n");
    for (const Invoice& i : c.invoices) {
        out.raw("      - number: ");
        out.text(i.number);
        if (i.kind != InvoiceKind::invoice) {
            key(out, "\n        ", "kind");
            out.raw(to_string(i.kind));
        }
        if (!i.reverses.empty()) {
            key(out, "\n        ", "reverses");
            out.text(i.reverses);
        }
        key(out, "\n        ", "date");
        out.date(i.date);
        if (i.due) {
            key(out, "\n        ", "due");
            out.date(*i.due);
        }
        if (!i.order.empty()) {
            key(out, "\n        ", "order");
            out.text(i.order);
        }
        if (!i.subscription.empty()) {
            key(out, "\n        ", "subscription");
            out.text(i.subscription);
        }
        key(out, "\n        ", "state");
        out.raw(to_string(i.state));
        if (i.service_start && i.service_end) {
            key(out, "\n        ", "service_period");
            out.raw("{ start: ");
            out.date(*i.service_start);
            out.raw(", end: ");
            out.date(*i.service_end);
            out.raw(" }");
        }
        if (i.delivery_date) {
            key(out, "\n        ", "delivery_date");
            out.date(*i.delivery_date);
        }
        if (!i.purchase_order.empty()) {
            key(out, "\n        ", "purchase_order");
            out.text(i.purchase_order);
        }
        if (!i.tax_currency.empty()) {
            key(out, "\n        ", "tax_currency");
            out.text(i.tax_currency);
            key(out, "\n        ", "tax_currency_total");
            out.money(i.tax_currency_total, 2);
        }
        out.raw('\n');
        lines(out, i.lines, kDocument, digits);
        if (i.payments.empty()) continue;
        out.raw("        payments:\n");
        for (const Payment& p : i.payments) {
            out.raw("          - { date: ");
            out.date(p.date);
            out.raw(", amount: ");
            out.money(p.amount, digits);
            if (!p.method.empty()) {
                out.raw(", method: ");
                out.text(p.method);
            }
            out.raw(" }\n");
        }
    }
}

void subscriptions(YamlWriter& out, const Customer& c, int digits) {
    if (c.subscriptions.empty()) return;
    out.raw("    subscriptions:\n");
    for (const Subscription& s : c.subscriptions) {
        out.raw("      - number: ");
        out.text(s.number);
        key(out, "\n        ", "plan");
        customer_text(out, s.plan);
        key(out, "\n        ", "start");
        out.date(s.start);
        key(out, "\n        ", "next_invoice");
        out.date(s.next_invoice);
        key(out, "\n        ", "period");
        out.raw(to_string(s.period));
        if (!s.payment_method.empty()) {
            key(out, "\n        ", "payment_method");
            out.text(s.payment_method);
        }
        key(out, "\n        ", "state");
        out.raw(to_string(s.state));
        if (s.closed_on) {
            key(out, "\n        ", "closed_on");
            out.date(*s.closed_on);
        }
        out.raw('\n');
        lines(out, s.lines, kDocument, digits);
    }
}

void tickets(YamlWriter& out, const Customer& c) {
    if (c.tickets.empty()) return;
    out.raw("    tickets:\n");
    for (const Ticket& t : c.tickets) {
        out.raw("      - ref: ");
        out.text(t.ref);
        key(out, "\n        ", "subject");
        out.text(t.subject);
        key(out, "\n        ", "opened");
        out.raw(t.opened.text);  // digits, T, Z, colons and signs: plain in any context
        key(out, "\n        ", "status");
        out.raw(to_string(t.status));
        out.raw('\n');
        if (t.messages.empty()) continue;
        out.raw("        messages:\n");
        for (const Message& m : t.messages) {
            out.raw("          - { at: ");
            out.raw(m.at.text);
            out.raw(", from: ");
            out.raw(to_string(m.from));
            out.raw(", author: ");
            out.text(m.author);
            out.raw(", body: ");
            out.quoted(m.body);
            out.raw(" }\n");
        }
    }
}

// The keys of SPEC 1b a Factur-X seller gives: identifiers, bank account, e-invoice format.
void write_e_invoice_data(YamlWriter& out, const Company& c) {
    if (!c.vat_id.empty()) {
        key(out, "\n  ", "vat_id");
        out.text(c.vat_id);
    }
    if (!c.legal_id.empty()) {
        key(out, "\n  ", "legal_id");
        scheme_id(out, c.legal_id);
    }
    if (!c.electronic_address.empty()) {
        key(out, "\n  ", "electronic_address");
        scheme_id(out, c.electronic_address);
    }
    if (!c.bank_account.iban.empty()) {
        out.raw("\n  bank_account: { iban: ");
        out.text(c.bank_account.iban);
        if (!c.bank_account.bic.empty()) {
            out.raw(", bic: ");
            out.text(c.bank_account.bic);
        }
        out.raw(" }");
    }
    if (c.e_invoice != EInvoiceFormat::none) {
        key(out, "\n  ", "e_invoice");
        out.raw(to_string(c.e_invoice));
    }
    if (c.vat_on_debits) {
        key(out, "\n  ", "vat_on_debits");
        out.raw("true");
    }
    if (!c.late_payment.rate.empty()) {
        out.raw("\n  late_payment: { rate: ");
        out.text(c.late_payment.rate);
        out.raw(", indemnity: \"");
        out.decimal(c.late_payment.indemnity);
        out.raw("\" }");
    }
}

}  // namespace

void write_company_record(YamlWriter& out, const Company& c) {
    out.raw("company:\n  name: ");
    out.text(c.name);
    if (!c.address.empty()) {
        out.raw("\n  address: ");
        address(out, c.address);
    }
    key(out, "\n  ", "email");
    out.text(c.email);
    if (!c.phone.empty()) {
        key(out, "\n  ", "phone");
        out.text(c.phone);
    }
    if (!c.website.empty()) {
        key(out, "\n  ", "website");
        out.text(c.website);
    }
    if (!c.portal_url.empty()) {
        key(out, "\n  ", "portal_url");
        out.text(c.portal_url);
    }
    if (!c.tax_ids.empty()) {
        out.raw("\n  tax_ids:");
        for (const TaxId& id : c.tax_ids) {
            out.raw("\n    - { label: ");
            localized(out, id.label);
            out.raw(", value: ");
            out.text(id.value);
            out.raw(" }");
        }
    }
    key(out, "\n  ", "currency");
    out.text(c.currency);
    out.raw("\n  locale: ");
    localized(out, c.locale);
    key(out, "\n  ", "payment_terms_days");
    out.integer(c.payment_terms_days);
    key(out, "\n  ", "grace_days");
    out.integer(c.grace_days);
    if (!c.legal_notice.empty()) {
        out.raw("\n  legal_notice:\n    en: ");
        out.quoted(c.legal_notice.en);
        out.raw("\n    fr: ");
        out.quoted(c.legal_notice.fr);
    }
    write_e_invoice_data(out, c);
    out.raw("\n  actions:");
    const std::pair<std::string_view, const std::string*> actions[] = {
        {"accept_quotation", &c.actions.accept_quotation},
        {"reject_quotation", &c.actions.reject_quotation},
        {"pay_invoice", &c.actions.pay_invoice},
        {"change_payment_method", &c.actions.change_payment_method},
        {"support", &c.actions.support},
        {"delete_account", &c.actions.delete_account},
    };
    for (const auto& [name, url] : actions) {
        if (url->empty()) continue;
        key(out, "\n    ", name);
        out.text(*url);
    }
    out.raw('\n');
    if (c.taxes.empty()) return;
    out.raw("taxes:\n");
    for (const Tax& tax : c.taxes) {
        out.raw("  - { code: ");
        out.text(tax.code);
        out.raw(", name: ");
        localized(out, tax.name);
        out.raw(", rate: \"");
        out.decimal(tax.rate);
        out.raw("\", category: ");
        out.raw(to_string(tax.category));
        if (!tax.exemption.code.empty()) {
            out.raw(", exemption: { code: ");
            out.text(tax.exemption.code);
            out.raw(", en: ");
            out.text(tax.exemption.text.en);
            out.raw(", fr: ");
            out.text(tax.exemption.text.fr);
            out.raw(" }");
        }
        out.raw(" }\n");
    }
}

void write_customer_record(YamlWriter& out, const Customer& c, int digits) {
    out.raw("  - id: ");
    out.text(c.id);
    key(out, "\n    ", "name");
    out.text(c.name);
    if (!c.company.empty()) {
        key(out, "\n    ", "company");
        out.text(c.company);
    }
    key(out, "\n    ", "email");
    out.text(c.email);
    key(out, "\n    ", "language");
    out.raw(to_string(c.language));
    if (!c.currency.empty()) {
        key(out, "\n    ", "currency");
        out.text(c.currency);
    }
    if (!c.address.empty()) {
        key(out, "\n    ", "address");
        address(out, c.address);
    }
    if (c.delivery_address) {
        key(out, "\n    ", "delivery_address");
        address(out, *c.delivery_address);
    }
    if (!c.vat_id.empty()) {
        key(out, "\n    ", "vat_id");
        out.text(c.vat_id);
    }
    if (!c.legal_id.empty()) {
        key(out, "\n    ", "legal_id");
        scheme_id(out, c.legal_id);
    }
    if (!c.electronic_address.empty()) {
        key(out, "\n    ", "electronic_address");
        scheme_id(out, c.electronic_address);
    }
    out.raw('\n');
    if (!c.payment_methods.empty()) {
        out.raw("    payment_methods:\n");
        for (const PaymentMethod& m : c.payment_methods) {
            out.raw("      - { id: ");
            out.text(m.id);
            out.raw(", brand: ");
            out.text(m.brand);
            out.raw(", last4: ");
            out.quoted(m.last4);
            out.raw(", expires: ");
            out.month(m.expires);
            out.raw(" }\n");
        }
    }
    quotations(out, c, digits);
    orders(out, c, digits);
    invoices(out, c, digits);
    subscriptions(out, c, digits);
    tickets(out, c);
    if (!c.success_packs.empty()) {
        out.raw("    success_packs:\n");
        for (const SuccessPack& p : c.success_packs) {
            out.raw("      - { name: ");
            customer_text(out, p.name);
            out.raw(", purchased: ");
            out.date(p.purchased);
            out.raw(", hours: ");
            out.decimal(p.hours);
            out.raw(", used: ");
            out.decimal(p.used);
            out.raw(" }\n");
        }
    }
}

}  // namespace portalgen
