// The shared layout's view model, the portal's entry page and the list of a portal's pages.
#include <algorithm>
#include <tuple>

#include "view/action_links.h"
#include "view/address_lines.h"
#include "view/portal_views.h"
#include "view/seller_brand.h"

namespace portalgen {

namespace {

struct NavItem {
    Section section;
    const char* key;
};

constexpr NavItem kNav[] = {
    {Section::dashboard, "dashboard"},
    {Section::quotations, "quotations"},
    {Section::orders, "orders"},
    {Section::invoices, "invoices"},
    {Section::subscriptions, "subscriptions"},
    {Section::tickets, "tickets"},
    {Section::payment_methods, "payment_methods"},
    {Section::success_packs, "success_packs"},
    {Section::account, "account"},
};

// A section the seller never uses is left out of the navigation and tiles (SPEC 3b).
bool section_shown(const PortalContext& c, Section section) {
    const SellerFacts* s = c.account.seller;
    if (!s) return true;
    switch (section) {
        case Section::quotations:
            return s->uses_quotations;
        case Section::orders:
            return s->uses_orders;
        case Section::subscriptions:
            return s->uses_subscriptions;
        case Section::tickets:
            return s->uses_tickets;
        case Section::payment_methods:
            return s->uses_payment_methods;
        case Section::success_packs:
            return s->uses_success_packs;
        default:
            return true;
    }
}

// The logo and the accent's stylesheet, linked from the page at `path`.
void set_brand(MustacheData& v, const PortalContext& c, const std::string& path) {
    const std::string logo = brand_logo_path(c.account, c.token);
    v["has_logo"] = !logo.empty();
    v["href_logo"] = logo.empty() ? std::string() : relative_link(path, logo);
    const std::string stylesheet = brand_stylesheet_path(c.company(), c.token);
    v["has_brand_stylesheet"] = !stylesheet.empty();
    v["href_brand_stylesheet"] =
        stylesheet.empty() ? std::string() : relative_link(path, stylesheet);
}

Language other(Language language) {
    return language == Language::fr ? Language::en : Language::fr;
}

}  // namespace

MustacheData portal_layout_view(const PortalContext& c) {
    const Company& company = c.company();
    MustacheData v;
    v["lang"] = language_folder(c.language);
    v["html_lang"] = c.format.locale_tag();
    v["other_lang"] = language_folder(other(c.language));
    v["company_name"] = company.name;
    v["company_initials"] = logo_text(company.name);
    v["customer_name"] = c.customer().name;
    v["customer_company"] = c.customer().company;
    v["has_customer_company"] = !c.customer().company.empty();
    v["company_address"] =
        text_list(address_lines(company.address, c.language, c.customer().address.country));
    v["company_email"] = company.email;
    v["has_company_email"] = !company.email.empty();
    v["company_phone"] = company.phone;
    v["has_company_phone"] = !company.phone.empty();
    std::string website = web_url(company.website);
    v["has_company_website"] = !website.empty();
    v["company_website"] = std::move(website);
    return v;
}

MustacheData layout_view(const PortalContext& c, const std::string& path, Section section,
                         bool detail, const std::string& title) {
    MustacheData v;
    v["href_other_lang"] = relative_link(path, page_in_language(path, other(c.language)));
    v["page_title"] = title;
    v["aria_current"] = std::string(detail ? "true" : "page");
    for (const auto& item : kNav) {
        v[std::string("href_") + item.key] = relative_link(path, c.section(item.section));
        v[std::string("current_") + item.key] = item.section == section;
        v[std::string("show_") + item.key] = section_shown(c, item.section);
    }
    set_brand(v, c, path);
    // Only the dashboard gives the date, and only its view model has it: other pages then stay
    // the same from one night to the next while their documents do not change, and are neither
    // rendered again (their source is the same, render/page_source) nor rewritten.
    const bool show_as_of = section == Section::dashboard && !detail;
    v["show_as_of"] = show_as_of;
    set_date(v, "as_of", show_as_of ? std::optional(c.account.as_of) : std::nullopt, c);
    v["as_of_text"] =
        show_as_of ? c.labels.format("site.as_of", {{"date", c.format.date(c.account.as_of)}})
                   : std::string();
    return v;
}

PageView entry_page(const PortalContext& c) {
    const std::string path = portal_entry_page(c.token);
    MustacheData v;
    v["lang"] = language_folder(c.language);
    v["html_lang"] = c.format.locale_tag();
    v["company_name"] = c.company().name;
    v["company_initials"] = logo_text(c.company().name);
    v["href_language"] = relative_link(path, c.section(Section::dashboard));
    v["href_en"] = relative_link(path, section_page(c.token, Language::en, Section::dashboard));
    v["href_fr"] = relative_link(path, section_page(c.token, Language::fr, Section::dashboard));
    return {path, "root", std::move(v)};
}

void for_each_portal_page(const PortalContext& c, const PageVisitor& visit, PageSet pages) {
    const Account& a = c.account;
    visit(dashboard_page(c));
    if (pages == PageSet::dated) {
        visit(statement_page(c));
        return;
    }
    visit(quotations_page(c));
    for (const auto& q : a.quotations) visit(quotation_page(c, q));
    visit(orders_page(c));
    for (const auto& o : a.orders) visit(order_page(c, o));
    for (InvoiceFilter filter : {InvoiceFilter::all, InvoiceFilter::unpaid, InvoiceFilter::overdue})
        visit(invoices_page(c, filter));
    visit(statement_page(c));
    for (const ComputedInvoice* i : invoices_and_credit_notes(a)) visit(invoice_page(c, *i));
    visit(subscriptions_page(c));
    for (const auto& s : a.subscriptions) visit(subscription_page(c, s));
    visit(tickets_page(c));
    for (const auto& t : a.tickets) visit(ticket_page(c, t));
    visit(payment_methods_page(c));
    visit(success_packs_page(c));
    visit(account_page(c));
}

MustacheData related_row(const PortalContext& c, const std::string& from, DocumentKind kind,
                         const std::string& number, Date date, const std::string& status_kind,
                         Status status, Decimal total) {
    MustacheData row;
    row["number"] = number;
    row["href"] = relative_link(from, c.document(kind, number));
    set_date(row, "date", date, c);
    set_status(row, status_kind, status, c);
    set_money(row, "total", total, c);
    return row;
}

std::vector<const ComputedInvoice*> invoices_and_credit_notes(const Account& account) {
    std::vector<const ComputedInvoice*> all;
    for (const auto& i : account.invoices) all.push_back(&i);
    for (const auto& i : account.credit_notes) all.push_back(&i);
    std::stable_sort(
        all.begin(), all.end(), [](const ComputedInvoice* a, const ComputedInvoice* b) {
            return std::tie(a->doc->date, a->doc->number) < std::tie(b->doc->date, b->doc->number);
        });
    return all;
}

}  // namespace portalgen
