#include "compute/invoice_fingerprint.h"

#include <optional>
#include <set>

#include "core/sha256.h"
#include "model/document_fields.h"
#include "model/enums.h"

namespace portalgen {

namespace {

// Writes each field that has a value as "prefix.key=value" on a line of its own; an absent
// field writes nothing, so that a field added to the model later leaves the fingerprints of the
// invoices that do not use it as they were.
class FieldText {
  public:
    FieldText(std::string& out, std::string prefix) : out_(out), prefix_(std::move(prefix)) {}

    void text(const char*, const char* key, const std::string& value, Presence) { put(key, value); }
    void date(const char*, const char* key, const Date& value) { put(key, value.to_string()); }
    void date(const char*, const char* key, const std::optional<Date>& value) {
        if (value) put(key, value->to_string());
    }
    void decimal(const char*, const char* key, const Decimal& value, Presence) {
        put(key, value.to_string());
    }
    void optional_decimal(const char*, const char* key, const Decimal& value) {
        if (!value.is_zero()) put(key, value.to_string());
    }
    void list(const char*, const char* key, const std::vector<std::string>& values) {
        for (const std::string& value : values) put(key, value);
    }
    template <typename Enum>
    void choice(const char*, const char* key, const Enum& value, Presence) {
        put(key, std::string(to_string(value)));
    }
    void customer_text(const char*, const char* key, const CustomerText& value, Presence) {
        put(std::string(key) + ".en", value.en);
        put(std::string(key) + ".fr", value.fr);
    }
    void period(const char*, const char*, const char* key, const std::optional<Date>& start,
                const std::optional<Date>& end) {
        if (start) put(std::string(key) + ".start", start->to_string());
        if (end) put(std::string(key) + ".end", end->to_string());
    }

    void put(const std::string& key, const std::string& value) {
        if (value.empty()) return;
        out_ += prefix_;
        out_ += key;
        out_ += '=';
        // One field per line: a line break inside a value cannot pass for another field.
        for (char c : value) {
            if (c == '\n' || c == '\\') out_ += '\\';
            out_ += c == '\n' ? 'n' : c;
        }
        out_ += '\n';
    }

  private:
    std::string& out_;
    std::string prefix_;
};

}  // namespace

std::string invoice_fingerprint(const ComputedInvoice& invoice, const std::string& currency) {
    const Invoice& doc = *invoice.doc;
    std::string text = "portalgen invoice content 1\n";
    FieldText fields(text, "");
    map_fields(fields, doc);
    fields.put("currency", currency);
    if (doc.kind == InvoiceKind::invoice) fields.put("payable_by", invoice.status.due.to_string());
    for (size_t i = 0; i < doc.lines.size(); ++i) {
        FieldText line(text, "lines." + std::to_string(i) + ".");
        map_fields(line, doc.lines[i]);
    }
    const Totals& t = invoice.totals;
    fields.put("untaxed", t.untaxed.to_string());
    for (const TaxAmount& tax : t.taxes) {
        if (!tax.tax) continue;
        const std::string key = "tax." + tax.tax->code;
        fields.put(key + ".rate", tax.tax->rate.to_string());
        fields.put(key + ".category", std::string(to_string(tax.tax->category)));
        fields.put(key + ".exemption", tax.tax->exemption.code);
        fields.put(key + ".base", tax.base.to_string());
        fields.put(key + ".amount", tax.amount.to_string());
    }
    fields.put("total", t.total.to_string());
    return "v1:" + sha256_hex(text);
}

}  // namespace portalgen
