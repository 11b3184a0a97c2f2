#include "view/view_fields.h"

#include <algorithm>
#include <cctype>

#include "view/action_links.h"

namespace portalgen {

void set_date(MustacheData& view, const std::string& key, std::optional<Date> date,
              const PortalContext& c) {
    view[key] = date ? c.format.date(*date) : std::string();
    view[key + "_iso"] = date ? date->to_string() : std::string();
    view["has_" + key] = date.has_value();
}

void set_money(MustacheData& view, const std::string& key, Decimal amount, const PortalContext& c) {
    view[key] = c.format.money(amount);
    view[key + "_sort"] = c.format.money_key(amount);
}

void set_status(MustacheData& view, const std::string& kind, Status status,
                const PortalContext& c) {
    const std::string name(to_string(status));
    view["status"] = name;
    view["status_label"] = c.labels.text("status." + kind + "." + name);
}

void set_action(MustacheData& view, const std::string& key, const std::string& url_template,
                const std::string& number, const PortalContext& c) {
    std::string url = action_url(url_template, c.customer().id, number);
    view["has_" + key] = !url.empty();
    view[key] = std::move(url);
}

void set_lines_and_totals(MustacheData& view, const std::vector<Line>& lines, const Totals& totals,
                          const PortalContext& c) {
    const TaxTable taxes(c.company().taxes);
    MustacheList rows;
    for (size_t i = 0; i < lines.size(); ++i) {
        const Line& line = lines[i];
        std::string tax_names;
        for (const auto& code : line.taxes) {
            const Tax* tax = taxes.find(code);
            if (!tax_names.empty()) tax_names += ", ";
            tax_names += tax ? tax->name.in(c.language) : code;
        }
        MustacheData row;
        row["product"] = line.product.in(c.language);
        row["description"] = line.description.in(c.language);
        row["has_description"] = !line.description.empty();
        row["quantity"] = c.format.number(line.quantity);
        row["unit_price"] = c.format.unit_price(line.unit_price);
        row["discount"] = line.discount.is_zero() ? std::string() : c.format.percent(line.discount);
        row["has_discount"] = !line.discount.is_zero();
        row["taxes"] = tax_names;
        row["has_taxes"] = !tax_names.empty();
        set_money(row, "subtotal", totals.lines[i].subtotal, c);
        rows.push_back(std::move(row));
    }
    view["has_lines"] = !rows.empty();
    view["lines"] = std::move(rows);
    set_money(view, "untaxed", totals.untaxed, c);
    MustacheList tax_rows;
    for (const auto& t : totals.taxes) {
        MustacheData row;
        const std::string name = t.tax ? t.tax->name.in(c.language) : std::string();
        // "VAT 20%" already says its rate; "GST" does not.
        const bool named_rate = std::any_of(name.begin(), name.end(),
                                            [](unsigned char ch) { return std::isdigit(ch); });
        row["name"] = name;
        row["has_rate"] = t.tax && !named_rate;
        row["rate"] = t.tax ? c.format.percent(t.tax->rate) : std::string();
        set_money(row, "base", t.base, c);
        set_money(row, "amount", t.amount, c);
        tax_rows.push_back(std::move(row));
    }
    view["has_tax_totals"] = !tax_rows.empty();
    view["tax_totals"] = std::move(tax_rows);
    set_money(view, "total", totals.total, c);
}

std::string card_label(const PaymentMethod& method, const PortalContext& c) {
    std::string key = "brand." + method.brand;
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    std::string brand = c.labels.has(key) ? c.labels.text(key) : method.brand;
    return c.labels.format("payment_methods.card", {{"brand", brand}, {"last4", method.last4}});
}

std::string logo_text(const std::string& name) {
    std::string out;
    bool word_start = true;
    for (unsigned char ch : name) {
        bool letter = std::isalnum(ch) != 0;
        if (letter && word_start && out.size() < 2) out += static_cast<char>(std::toupper(ch));
        word_start = !letter && ch < 0x80;
    }
    return out;
}

MustacheList text_list(const std::vector<std::string>& items) {
    MustacheList list;
    for (const auto& item : items) {
        MustacheData row;
        row["text"] = item;
        list.push_back(std::move(row));
    }
    return list;
}

void set_progress(MustacheData& view, const std::string& key, int percent, const PortalContext& c) {
    percent = std::clamp(percent, 0, 100);
    view[key] = std::to_string(percent);
    view[key + "_text"] = c.format.percent(Decimal::from_units(percent));
}

}  // namespace portalgen
