#include "store/yaml_export.h"

#include <yaml-cpp/yaml.h>

#include "core/base64.h"
#include "core/logo_image.h"
#include "model/document_fields.h"
#include "model/enums.h"

namespace portalgen {

namespace {

// Writes a struct's mapped fields (model/document_fields.h) as keys of the open mapping.
template <typename Writer>
class ExportFields {
  public:
    explicit ExportFields(Writer& out) : out_(out) {}

    void text(const char*, const char* key, const std::string& value, Presence presence) {
        if (presence == Presence::required)
            out_.text(key, value);
        else
            out_.optional_text(key, value);
    }
    void date(const char*, const char* key, const Date& value) { out_.date(key, value); }
    void date(const char*, const char* key, const std::optional<Date>& value) {
        out_.date(key, value);
    }
    void month(const char*, const char* key, const Month& value) {
        out_.plain(key, value.to_string());
    }
    void timestamp(const char*, const char* key, const Timestamp& value) {
        out_.plain(key, value.text);
    }
    void decimal(const char*, const char* key, const Decimal& value, Presence) {
        out_.decimal(key, value);
    }
    void optional_decimal(const char*, const char* key, const Decimal& value) {
        if (!value.is_zero()) out_.decimal(key, value);
    }
    void list(const char*, const char* key, const std::vector<std::string>& value) {
        out_.list(key, value);
    }
    template <typename Enum>
    void choice(const char*, const char* key, const Enum& value, Presence) {
        out_.name(key, value);
    }
    void customer_text(const char*, const char* key, const CustomerText& value, Presence presence) {
        if (value.en != value.fr)
            out_.localized(key, value);
        else
            text(nullptr, key, value.en, presence);
    }
    void address(const char*, const char* key, const Address& value) { out_.address(key, value); }
    void address(const char*, const char* key, const std::optional<Address>& value) {
        if (value) out_.address(key, *value);
    }
    void scheme_id(const char*, const char* key, const SchemeId& value) {
        out_.scheme_id(key, value);
    }
    void period(const char*, const char*, const char* key, const std::optional<Date>& start,
                const std::optional<Date>& end) {
        out_.period(key, start, end);
    }

  private:
    Writer& out_;
};

// Writes keys and values with the quoting rules of the export.
class Writer {
  public:
    YAML::Emitter& out;

    void text(const char* key, const std::string& value) {
        out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << value;
    }
    void optional_text(const char* key, const std::string& value) {
        if (!value.empty()) text(key, value);
    }
    void plain(const char* key, const std::string& value) {
        out << YAML::Key << key << YAML::Value << value;
    }
    void date(const char* key, Date value) { plain(key, value.to_string()); }
    void date(const char* key, const std::optional<Date>& value) {
        if (value) date(key, *value);
    }
    void decimal(const char* key, Decimal value) { text(key, value.to_string()); }
    template <typename Enum>
    void name(const char* key, Enum value) {
        text(key, std::string(to_string(value)));
    }
    void list(const char* key, const std::vector<std::string>& values) {
        if (values.empty()) return;
        out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const std::string& value : values) out << YAML::DoubleQuoted << value;
        out << YAML::EndSeq;
    }
    void localized(const char* key, const LocalizedText& value) {
        out << YAML::Key << key << YAML::Value << YAML::BeginMap;
        text("en", value.en);
        text("fr", value.fr);
        out << YAML::EndMap;
    }
    // The list of printed lines, or the structured mapping (SPEC 1b); nothing when empty.
    void address(const char* key, const Address& value) {
        if (!value.structured()) return list(key, value.lines);
        out << YAML::Key << key << YAML::Value << YAML::BeginMap;
        list("lines", value.lines);
        optional_text("postcode", value.postcode);
        text("city", value.city);
        optional_text("region", value.region);
        text("country", value.country);
        out << YAML::EndMap;
    }
    void scheme_id(const char* key, const SchemeId& value) {
        if (value.empty()) return;
        out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginMap;
        text("scheme", value.scheme);
        text("value", value.value);
        out << YAML::EndMap;
    }
    void period(const char* key, const std::optional<Date>& start, const std::optional<Date>& end) {
        if (!start || !end) return;
        out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginMap;
        date("start", *start);
        date("end", *end);
        out << YAML::EndMap;
    }
    template <typename Struct>
    void fields(const Struct& item) {
        ExportFields<Writer> fields(*this);
        map_fields(fields, item);
    }
    // A list of mappings, one per item, written by `write(item)`; nothing when empty.
    template <typename T, typename Write>
    void each(const char* key, const std::vector<T>& items, Write write) {
        if (items.empty()) return;
        out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
        for (const T& item : items) {
            out << YAML::BeginMap;
            write(item);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }

    void lines(const std::vector<Line>& lines) {
        each("lines", lines, [&](const Line& line) { fields(line); });
    }

    // Written only when it differs from the default, each kind as a flow list: [1, 7, 14, 30].
    void reminders(const ReminderLadder& ladder) {
        if (ladder == ReminderLadder{}) return;
        out << YAML::Key << "reminders" << YAML::Value << YAML::BeginMap;
        for (ReminderKind kind : kReminderKinds) {
            out << YAML::Key << std::string(to_string(kind)) << YAML::Value << YAML::Flow
                << YAML::BeginSeq;
            for (int day : ladder.steps(kind)) out << day;
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }

    // The logo goes inline as a data: URL, so that the one exported file imports whole.
    void brand(const Company& c) {
        if (auto format = logo_format(c.logo)) {
            text("logo", "data:" + std::string(logo_media_type(*format)) + ";base64," +
                             base64_encode(c.logo));
        }
        optional_text("accent_color", c.accent_color);
    }

    void company(const Company& c) {
        out << YAML::Key << "company" << YAML::Value << YAML::BeginMap;
        text("name", c.name);
        address("address", c.address);
        text("email", c.email);
        optional_text("phone", c.phone);
        optional_text("website", c.website);
        optional_text("portal_url", c.portal_url);
        each("tax_ids", c.tax_ids, [&](const TaxId& id) {
            localized("label", id.label);
            text("value", id.value);
        });
        text("currency", c.currency);
        localized("locale", c.locale);
        out << YAML::Key << "payment_terms_days" << YAML::Value << c.payment_terms_days;
        out << YAML::Key << "grace_days" << YAML::Value << c.grace_days;
        if (!c.legal_notice.empty()) localized("legal_notice", c.legal_notice);
        const Actions& a = c.actions;
        if (!(a.accept_quotation + a.reject_quotation + a.pay_invoice + a.change_payment_method +
              a.support + a.delete_account)
                 .empty()) {
            out << YAML::Key << "actions" << YAML::Value << YAML::BeginMap;
            optional_text("accept_quotation", a.accept_quotation);
            optional_text("reject_quotation", a.reject_quotation);
            optional_text("pay_invoice", a.pay_invoice);
            optional_text("change_payment_method", a.change_payment_method);
            optional_text("support", a.support);
            optional_text("delete_account", a.delete_account);
            out << YAML::EndMap;
        }
        e_invoice_data(c);
        reminders(c.reminders);
        brand(c);
        out << YAML::EndMap;
        each("taxes", c.taxes, [&](const Tax& tax) {
            text("code", tax.code);
            localized("name", tax.name);
            decimal("rate", tax.rate);
            name("category", tax.category);
            if (!tax.exemption.code.empty()) {
                out << YAML::Key << "exemption" << YAML::Value << YAML::BeginMap;
                text("code", tax.exemption.code);
                text("en", tax.exemption.text.en);
                text("fr", tax.exemption.text.fr);
                out << YAML::EndMap;
            }
        });
    }

    // The keys of SPEC 1b; each only when given.
    void e_invoice_data(const Company& c) {
        optional_text("vat_id", c.vat_id);
        scheme_id("legal_id", c.legal_id);
        scheme_id("electronic_address", c.electronic_address);
        if (!c.bank_account.iban.empty()) {
            out << YAML::Key << "bank_account" << YAML::Value << YAML::BeginMap;
            text("iban", c.bank_account.iban);
            optional_text("bic", c.bank_account.bic);
            out << YAML::EndMap;
        }
        if (c.e_invoice != EInvoiceFormat::none) name("e_invoice", c.e_invoice);
        if (c.vat_on_debits) out << YAML::Key << "vat_on_debits" << YAML::Value << true;
        if (!c.late_payment.rate.empty()) {
            out << YAML::Key << "late_payment" << YAML::Value << YAML::BeginMap;
            text("rate", c.late_payment.rate);
            decimal("indemnity", c.late_payment.indemnity);
            out << YAML::EndMap;
        }
    }

    void invoice(const Invoice& i) {
        fields(i);
        lines(i.lines);
        each("payments", i.payments, [&](const Payment& p) { fields(p); });
    }

    void subscription(const Subscription& s) {
        fields(s);
        lines(s.lines);
    }

    void ticket(const Ticket& t) {
        fields(t);
        each("messages", t.messages, [&](const Message& m) { fields(m); });
    }

    void customer(const Customer& c) {
        fields(c);
        each("payment_methods", c.payment_methods, [&](const PaymentMethod& m) { fields(m); });
        each("quotations", c.quotations, [&](const Quotation& q) {
            fields(q);
            lines(q.lines);
        });
        each("orders", c.orders, [&](const Order& o) {
            fields(o);
            lines(o.lines);
        });
        each("invoices", c.invoices, [&](const Invoice& i) { invoice(i); });
        each("subscriptions", c.subscriptions, [&](const Subscription& s) { subscription(s); });
        each("tickets", c.tickets, [&](const Ticket& t) { ticket(t); });
        each("success_packs", c.success_packs, [&](const SuccessPack& p) { fields(p); });
    }
};

}  // namespace

std::string export_yaml(const Company& company, const std::vector<Customer>& customers) {
    YAML::Emitter out;  // UTF-8 output: non-ASCII text is written as is, not escaped
    out.SetIndent(2);
    Writer writer{out};
    out << YAML::BeginMap;
    writer.company(company);
    writer.each("customers", customers, [&](const Customer& c) { writer.customer(c); });
    out << YAML::EndMap;
    if (!out.good()) throw std::runtime_error("cannot write YAML: " + out.GetLastError());
    return std::string(out.c_str()) + "\n";
}

}  // namespace portalgen
