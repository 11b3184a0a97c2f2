// The one mapping of each customer table to its model struct: for every field, its column (in
// the local database and in SQLite input), its YAML key and its kind, listed once per table.
#pragma once

#include <concepts>
#include <string>
#include <type_traits>

#include "model/model.h"

namespace portalgen {

// Whether every input must give a field.
enum class Presence { required, optional };

// The column of one part of a field kept in several columns: ("address", "city") -> "address_city".
inline std::string column_part(const char* column, const char* part) {
    return std::string(column) + "_" + part;
}
// The parts of an address after its lines, in column order.
inline constexpr const char* kAddressParts[] = {"postcode", "city", "region", "country"};
inline std::string* address_part(Address& a, size_t i) {
    std::string* parts[] = {&a.postcode, &a.city, &a.region, &a.country};
    return parts[i];
}
inline const std::string* address_part(const Address& a, size_t i) {
    const std::string* parts[] = {&a.postcode, &a.city, &a.region, &a.country};
    return parts[i];
}

// `Record` is `Struct` or `const Struct`: readers set the fields, writers read them, from the
// same list.
template <typename Record, typename Struct>
concept RecordOf = std::same_as<std::remove_const_t<Record>, Struct>;

// A Struct whose mapped fields are set by the reader `fields` (one with the methods below).
template <typename Struct, typename Fields>
Struct read_mapped(Fields&& fields) {
    Struct record;
    map_fields(fields, record);
    return record;
}

// Each map_fields below lists the fields of one table in column order, by calling on `fields`:
//   text(column, key, value, presence)    optional: "" is absent (NULL, no YAML key)
//   date(column, key, value)               Date: required; std::optional<Date>: optional
//   month(column, key, value)              required
//   timestamp(column, key, value)          required
//   decimal(column, key, value, presence)  optional: absent reads as 0, still stored and exported
//   optional_decimal(column, key, value)   0 is absent (NULL, no YAML key)
//   list(column, key, value)               a list of texts; [] is absent (NULL, no YAML key)
//   choice(column, key, value, presence)   an enumeration, by name (model/enums.h); optional:
//                                          absent keeps the struct's default
//   customer_text(column, key, value, presence)  a text a customer reads: YAML one string or
//                                          { en, fr }; columns COLUMN (English, or the one text)
//                                          and COLUMN_fr (French when it differs, else NULL)
//   address(column, key, value)            Address (YAML a list of lines or a mapping) or
//                                          std::optional<Address>; columns COLUMN (the lines),
//                                          COLUMN_postcode, _city, _region, _country
//   scheme_id(column, key, value)          SchemeId: YAML { scheme, value }; columns COLUMN
//                                          (the value) and COLUMN_scheme
//   period(start, end, key, from, to)      two optional dates given together: YAML
//                                          { start, end }; columns START and END
// The key is also the field's name in positions (customers.3.orders.0.start). The columns that
// place a row (customer_id, position, the number of its document, the customer's company) are
// not fields: YAML gives them by nesting, so each reader and writer handles them itself.
//
// The company's tables (companies, company_tax_ids, taxes) also use these kinds:
//   setting(column, key, value)            text, optional: absent keeps the struct's default
//   integer(column, key, value, min, max)  int in [min, max]; absent keeps the struct's default
//   flag(column, key, value)               bool as INTEGER 0 or 1; absent is false
//   day_list(column, key, value)           days as a JSON array [1,7,14]; absent keeps the
//                                          struct's default, [] is none
//   image(column, key, value)              a BLOB's bytes; "" is absent (NULL)
// Their keys are paths in the company's YAML (actions.support): the local database and the SQLite
// input share these lists, while the YAML reader and the export (nested mappings) follow them.

template <typename Fields, RecordOf<Customer> Record>
void map_fields(Fields& f, Record& c) {
    f.text("id", "id", c.id, Presence::required);
    f.text("name", "name", c.name, Presence::required);
    f.text("customer_company", "company", c.company, Presence::optional);
    f.text("email", "email", c.email, Presence::required);
    f.choice("language", "language", c.language, Presence::required);
    f.text("currency", "currency", c.currency, Presence::optional);
    f.address("address", "address", c.address);
    f.address("delivery_address", "delivery_address", c.delivery_address);
    f.text("vat_id", "vat_id", c.vat_id, Presence::optional);
    f.scheme_id("legal_id", "legal_id", c.legal_id);
    f.scheme_id("electronic_address", "electronic_address", c.electronic_address);
}

template <typename Fields, RecordOf<PaymentMethod> Record>
void map_fields(Fields& f, Record& m) {
    f.text("id", "id", m.id, Presence::required);
    f.text("brand", "brand", m.brand, Presence::required);
    f.text("last4", "last4", m.last4, Presence::required);
    f.month("expires", "expires", m.expires);
}

template <typename Fields, RecordOf<Quotation> Record>
void map_fields(Fields& f, Record& q) {
    f.text("number", "number", q.number, Presence::required);
    f.date("date", "date", q.date);
    f.date("valid_until", "valid_until", q.valid_until);
    f.choice("state", "state", q.state, Presence::required);
}

template <typename Fields, RecordOf<Order> Record>
void map_fields(Fields& f, Record& o) {
    f.text("number", "number", o.number, Presence::required);
    f.date("date", "date", o.date);
    f.text("quotation_number", "quotation", o.quotation, Presence::optional);
    f.date("service_start", "start", o.start);
    f.date("service_end", "end", o.end);
    f.choice("state", "state", o.state, Presence::required);
}

template <typename Fields, RecordOf<Invoice> Record>
void map_fields(Fields& f, Record& i) {
    f.text("number", "number", i.number, Presence::required);
    f.choice("kind", "kind", i.kind, Presence::optional);
    f.text("reverses", "reverses", i.reverses, Presence::optional);
    f.date("date", "date", i.date);
    f.date("due", "due", i.due);
    f.text("order_number", "order", i.order, Presence::optional);
    f.text("subscription_number", "subscription", i.subscription, Presence::optional);
    f.choice("state", "state", i.state, Presence::required);
    f.period("service_start", "service_end", "service_period", i.service_start, i.service_end);
    f.date("delivery_date", "delivery_date", i.delivery_date);
    f.text("purchase_order", "purchase_order", i.purchase_order, Presence::optional);
    f.text("tax_currency", "tax_currency", i.tax_currency, Presence::optional);
    f.optional_decimal("tax_currency_total", "tax_currency_total", i.tax_currency_total);
}

template <typename Fields, RecordOf<Payment> Record>
void map_fields(Fields& f, Record& p) {
    f.date("date", "date", p.date);
    f.decimal("amount", "amount", p.amount, Presence::required);
    f.text("method", "method", p.method, Presence::optional);
}

template <typename Fields, RecordOf<Subscription> Record>
void map_fields(Fields& f, Record& s) {
    f.text("number", "number", s.number, Presence::required);
    f.customer_text("plan", "plan", s.plan, Presence::required);
    f.date("start", "start", s.start);
    f.date("next_invoice", "next_invoice", s.next_invoice);
    f.choice("period", "period", s.period, Presence::required);
    f.text("payment_method", "payment_method", s.payment_method, Presence::optional);
    f.choice("state", "state", s.state, Presence::required);
    f.date("closed_on", "closed_on", s.closed_on);
}

template <typename Fields, RecordOf<Line> Record>
void map_fields(Fields& f, Record& line) {
    f.customer_text("product", "product", line.product, Presence::required);
    f.customer_text("description", "description", line.description, Presence::optional);
    f.decimal("quantity", "quantity", line.quantity, Presence::required);
    f.decimal("unit_price", "unit_price", line.unit_price, Presence::required);
    f.optional_decimal("discount", "discount", line.discount);
    f.list("taxes", "taxes", line.taxes);
    f.text("unit", "unit", line.unit, Presence::optional);
    f.text("kind", "kind", line.kind, Presence::optional);
}

template <typename Fields, RecordOf<Ticket> Record>
void map_fields(Fields& f, Record& t) {
    f.text("ref", "ref", t.ref, Presence::required);
    f.text("subject", "subject", t.subject, Presence::required);
    f.timestamp("opened", "opened", t.opened);
    f.choice("status", "status", t.status, Presence::required);
}

template <typename Fields, RecordOf<Message> Record>
void map_fields(Fields& f, Record& m) {
    f.timestamp("at", "at", m.at);
    f.choice("sender", "from", m.from, Presence::required);
    f.text("author", "author", m.author, Presence::required);
    f.text("body", "body", m.body, Presence::required);
}

template <typename Fields, RecordOf<SuccessPack> Record>
void map_fields(Fields& f, Record& p) {
    f.customer_text("name", "name", p.name, Presence::required);
    f.date("purchased", "purchased", p.purchased);
    f.decimal("hours", "hours", p.hours, Presence::required);
    f.decimal("used", "used", p.used, Presence::optional);
}

template <typename Fields, RecordOf<Company> Record>
void map_fields(Fields& f, Record& c) {
    f.text("name", "name", c.name, Presence::required);
    f.address("address", "address", c.address);
    f.text("email", "email", c.email, Presence::required);
    f.text("phone", "phone", c.phone, Presence::optional);
    f.text("website", "website", c.website, Presence::optional);
    f.text("portal_url", "portal_url", c.portal_url, Presence::optional);
    f.text("currency", "currency", c.currency, Presence::required);
    f.setting("locale_en", "locale.en", c.locale.en);
    f.setting("locale_fr", "locale.fr", c.locale.fr);
    f.integer("payment_terms_days", "payment_terms_days", c.payment_terms_days, 0, 3650);
    f.integer("grace_days", "grace_days", c.grace_days, 0, 3650);
    f.text("legal_notice_en", "legal_notice.en", c.legal_notice.en, Presence::optional);
    f.text("legal_notice_fr", "legal_notice.fr", c.legal_notice.fr, Presence::optional);
    auto& a = c.actions;
    f.text("action_accept_quotation", "actions.accept_quotation", a.accept_quotation,
           Presence::optional);
    f.text("action_reject_quotation", "actions.reject_quotation", a.reject_quotation,
           Presence::optional);
    f.text("action_pay_invoice", "actions.pay_invoice", a.pay_invoice, Presence::optional);
    f.text("action_change_payment_method", "actions.change_payment_method", a.change_payment_method,
           Presence::optional);
    f.text("action_support", "actions.support", a.support, Presence::optional);
    f.text("action_delete_account", "actions.delete_account", a.delete_account, Presence::optional);
    f.text("vat_id", "vat_id", c.vat_id, Presence::optional);
    f.scheme_id("legal_id", "legal_id", c.legal_id);
    f.scheme_id("electronic_address", "electronic_address", c.electronic_address);
    f.text("iban", "bank_account.iban", c.bank_account.iban, Presence::optional);
    f.text("bic", "bank_account.bic", c.bank_account.bic, Presence::optional);
    f.choice("e_invoice", "e_invoice", c.e_invoice, Presence::optional);
    f.flag("vat_on_debits", "vat_on_debits", c.vat_on_debits);
    f.text("late_payment_rate", "late_payment.rate", c.late_payment.rate, Presence::optional);
    f.optional_decimal("late_payment_indemnity", "late_payment.indemnity",
                       c.late_payment.indemnity);
    f.day_list("reminders_before_due", "reminders.before_due", c.reminders.before_due);
    f.day_list("reminders_after_due", "reminders.after_due", c.reminders.after_due);
    f.day_list("reminders_card_expiry", "reminders.card_expiry", c.reminders.card_expiry);
    f.image("logo", "logo", c.logo);
    f.text("accent_color", "accent_color", c.accent_color, Presence::optional);
}

template <typename Fields, RecordOf<TaxId> Record>
void map_fields(Fields& f, Record& id) {
    f.text("label_en", "label.en", id.label.en, Presence::required);
    f.text("label_fr", "label.fr", id.label.fr, Presence::required);
    f.text("value", "value", id.value, Presence::required);
}

template <typename Fields, RecordOf<Tax> Record>
void map_fields(Fields& f, Record& t) {
    f.text("code", "code", t.code, Presence::required);
    f.text("name_en", "name.en", t.name.en, Presence::required);
    f.text("name_fr", "name.fr", t.name.fr, Presence::required);
    f.decimal("rate", "rate", t.rate, Presence::required);
    // Above 0 the category defaults to standard rate; at 0 it must say why (SPEC 1b). Readers
    // have read the rate by now.
    f.choice("category", "category", t.category,
             t.rate.is_zero() ? Presence::required : Presence::optional);
    f.text("exemption_code", "exemption.code", t.exemption.code, Presence::optional);
    f.text("exemption_en", "exemption.en", t.exemption.text.en, Presence::optional);
    f.text("exemption_fr", "exemption.fr", t.exemption.text.fr, Presence::optional);
}

}  // namespace portalgen
