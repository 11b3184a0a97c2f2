// The account page (profile, address, the seller, account deletion), the payment methods page
// (cards, their status and subscriptions, a "Delete" link each) and the success packs page.
#include "core/join.h"
#include "view/address_lines.h"
#include "view/portal_views.h"

namespace portalgen {

MustacheData pack_row(const PortalContext& c, const ComputedSuccessPack& p) {
    const SuccessPack& doc = *p.doc;
    MustacheData row;
    row["name"] = doc.name.in(c.language);
    set_date(row, "purchased", doc.purchased, c);
    auto hours = [&](Decimal value) {
        return c.labels.format("success_packs.hours", {{"hours", c.format.number(value)}});
    };
    row["hours"] = hours(doc.hours);
    row["used"] = hours(doc.used);
    row["remaining"] = hours(p.remaining);
    // The share used, rounded down, from exact micro-hours.
    int percent =
        doc.hours.micros() > 0
            ? static_cast<int>(static_cast<__int128>(doc.used.micros()) * 100 / doc.hours.micros())
            : 100;
    set_progress(row, "usage", percent, c);
    row["usage_text"] = c.labels.format("success_packs.usage",
                                        {{"used", hours(doc.used)}, {"hours", hours(doc.hours)}});
    return row;
}

namespace {

// The "Delete" warning of a card that running subscriptions use (closed ones need no card):
// deleting it would leave them to lapse at their next invoice. "" when none does.
std::string delete_warning(const PortalContext& c, const ComputedPaymentMethod& m) {
    std::vector<std::string> numbers;
    for (const auto& s : c.account.subscriptions)
        if (s.payment_method == m.doc && s.status.status != Status::closed)
            numbers.push_back(s.doc->number);
    if (numbers.empty()) return "";
    return c.labels.plural("payment_methods.delete_warning", static_cast<long long>(numbers.size()),
                           c.format, {{"numbers", join_non_empty(numbers, ", ")}});
}

MustacheData card_row(const PortalContext& c, const std::string& path,
                      const ComputedPaymentMethod& m, std::size_t index) {
    MustacheData row;
    row["card"] = card_label(*m.doc, c);
    row["last4"] = m.doc->last4;
    row["expires"] = c.format.month(m.doc->expires);
    row["expires_iso"] = m.doc->expires.to_string();
    set_status(row, "card", m.status, c);
    MustacheList used_by;
    for (const auto& s : c.account.subscriptions) {
        if (s.payment_method != m.doc) continue;
        MustacheData item;
        item["number"] = s.doc->number;
        item["href"] = relative_link(path, c.document(DocumentKind::subscription, s.doc->number));
        used_by.push_back(std::move(item));
    }
    row["has_used_by"] = !used_by.empty();
    row["used_by"] = std::move(used_by);
    set_action(row, "delete", c.company().actions.change_payment_method, m.doc->id, c);
    row["delete_label"] =
        c.labels.format("action.delete_card_label", {{"card", row["card"].string_value()}});
    std::string warning = delete_warning(c, m);
    row["has_delete_warning"] = !warning.empty();
    row["delete_warning"] = std::move(warning);
    row["delete_warning_id"] = "delete-warning-" + std::to_string(index + 1);
    return row;
}

}  // namespace

PageView payment_methods_page(const PortalContext& c) {
    const std::string path = c.section(Section::payment_methods);
    MustacheData v = layout_view(c, path, Section::payment_methods, false,
                                 c.labels.text("payment_methods.title"));
    MustacheList rows;
    for (const auto& m : c.account.payment_methods)
        rows.push_back(card_row(c, path, m, rows.size()));
    v["has_rows"] = !rows.empty();
    v["rows"] = std::move(rows);
    set_action(v, "change_method", c.company().actions.change_payment_method, "", c);
    return {path, "payment_methods", std::move(v)};
}

PageView success_packs_page(const PortalContext& c) {
    const std::string path = c.section(Section::success_packs);
    MustacheData v =
        layout_view(c, path, Section::success_packs, false, c.labels.text("success_packs.title"));
    MustacheList rows;
    for (const auto& p : c.account.success_packs) rows.push_back(pack_row(c, p));
    v["has_rows"] = !rows.empty();
    v["rows"] = std::move(rows);
    set_action(v, "support", c.company().actions.support, "", c);
    return {path, "success_packs", std::move(v)};
}

PageView account_page(const PortalContext& c) {
    const std::string path = c.section(Section::account);
    const Customer& customer = c.customer();
    const Company& company = c.company();
    MustacheData v = layout_view(c, path, Section::account, false, c.labels.text("account.title"));
    v["name"] = customer.name;
    v["company"] = customer.company;
    v["has_company"] = !customer.company.empty();
    v["email"] = customer.email;
    v["address"] = text_list(address_lines(customer.address, c.language, company.address.country));
    v["has_address"] = !customer.address.empty();
    v["language_name"] = c.labels.text("language." + language_folder(customer.language));
    v["currency"] = c.account.currency;
    v["customer_id"] = customer.id;
    MustacheList tax_ids;
    for (const auto& id : company.tax_ids) {
        MustacheData row;
        row["label"] = id.label.in(c.language);
        row["value"] = id.value;
        tax_ids.push_back(std::move(row));
    }
    v["has_tax_ids"] = !tax_ids.empty();
    v["tax_ids"] = std::move(tax_ids);
    set_action(v, "delete_account", company.actions.delete_account, "", c);
    set_action(v, "support", company.actions.support, "", c);
    return {path, "account", std::move(v)};
}

}  // namespace portalgen
