// The portal's view models: paths from the one source of truth, action links with their
// placeholders percent-encoded, and the values pages show (formatted by the customer's locale).
#include <catch2/catch.hpp>
#include <map>

#include "render/html_portal.h"
#include "view/action_links.h"
#include "view/output_paths.h"
#include "view/portal_views.h"
#include "view_fixture.h"

using namespace portalgen;
using namespace portalgen::testing;

namespace {

// The views of one language, by path.
struct Views {
    Company company = portal_company();
    Customer customer = portal_customer();
    Account account;
    std::string token = "TOK";
    Catalogue labels;
    LocaleFormat format;
    std::map<std::string, MustacheData> pages;

    explicit Views(Language language, const char* as_of = "2026-11-23")
        : account(compute_account(customer, company, day(as_of))),
          labels(Catalogue::load(project_templates() / "i18n" /
                                 (language == Language::fr ? "fr.yaml" : "en.yaml"))),
          format(locale_for(company, language), "CAD") {
        PortalContext c{account, token, language, labels, format};
        for_each_portal_page(
            c, [&](PageView&& page) { pages.emplace(page.path, std::move(page.data)); });
    }
    std::string text(const std::string& path, const std::string& key) {
        return pages.at(path)[key].string_value();
    }
    bool flag(const std::string& path, const std::string& key) {
        return pages.at(path)[key].is_true();
    }
};

}  // namespace

TEST_CASE("percent-encoding keeps only unreserved characters") {
    CHECK(percent_encode("INV/2026/00001") == "INV%2F2026%2F00001");
    CHECK(percent_encode("a b&c=d?e#f") == "a%20b%26c%3Dd%3Fe%23f");
    CHECK(percent_encode("Az09-._~") == "Az09-._~");
    CHECK(percent_encode("é") == "%C3%A9");
}

TEST_CASE("action links fill {customer} and {number}, encoded") {
    CHECK(action_url("https://pay.example/i/{number}?c={customer}", "C 1", "INV/1") ==
          "https://pay.example/i/INV%2F1?c=C%201");
    CHECK(action_url("mailto:s@example.com?subject=Quote%20{number}", "C1", "S&1") ==
          "mailto:s@example.com?subject=Quote%20S%261");
    CHECK(action_url("", "C1", "X") == "");
    CHECK(action_url("javascript:alert(1)", "C1", "X") == "");
    CHECK(action_url("data:text/html,x", "C1", "X") == "");
    CHECK(action_url("HTTPS://pay.example/{customer}", "C1") == "HTTPS://pay.example/C1");
    CHECK(web_url("ftp://x") == "");
    CHECK(web_url("https://x.example") == "https://x.example");
}

TEST_CASE("output paths and relative links") {
    CHECK(portal_entry_page("T") == "site/T/index.html");
    CHECK(section_page("T", Language::fr, Section::dashboard) == "site/T/fr/index.html");
    CHECK(section_page("T", Language::en, Section::payment_methods) ==
          "site/T/en/payment-methods.html");
    CHECK(document_page("T", Language::en, DocumentKind::invoice, "INV/2026/00001") ==
          "site/T/en/invoices/INV-2026-00001.html");
    CHECK(document_page("T", Language::fr, DocumentKind::ticket, "..") ==
          "site/T/fr/tickets/_...html");
    CHECK(invoice_pdf("T", "INV/2026/00001") == "site/T/invoices/INV-2026-00001.pdf");
    CHECK(relative_link("site/T/fr/invoices/A.html", "site/T/invoices/A.pdf") ==
          "../../invoices/A.pdf");
    CHECK(relative_link("site/T/fr/invoices.html", "site/T/fr/invoices/A.html") ==
          "invoices/A.html");
    CHECK(relative_link("site/T/index.html", "site/T/en/index.html") == "en/index.html");
    CHECK(relative_link("site/T/fr/index.html", "site/T/fr/index.html") == "index.html");
    CHECK(relative_link("site/T/en/invoices/A.html", "site/T/en/index.html") == "../index.html");
    // Folders that only start alike are not shared.
    CHECK(relative_link("site/T/en/inv/A.html", "site/T/en/invoices/B.html") ==
          "../invoices/B.html");
    CHECK(relative_link("site/T/en/invoices/A.html", "site/T/en/inv/B.html") == "../inv/B.html");
    CHECK(relative_link("site/T/en/invoices.html", "site/T/en/invoices/A.html") ==
          "invoices/A.html");
    CHECK(page_in_language("site/T/en/orders/1.html", Language::fr) == "site/T/fr/orders/1.html");
}

TEST_CASE("a portal has every page of SPEC section 3, once") {
    Views en(Language::en);
    std::vector<std::string> paths;
    for (const auto& [path, data] : en.pages) paths.push_back(path);
    CHECK(paths == std::vector<std::string>{
                       "site/TOK/en/account.html", "site/TOK/en/index.html",
                       "site/TOK/en/invoices-overdue.html", "site/TOK/en/invoices-unpaid.html",
                       "site/TOK/en/invoices.html", "site/TOK/en/invoices/INV-2026-00001.html",
                       "site/TOK/en/orders.html", "site/TOK/en/orders/26367.html",
                       "site/TOK/en/payment-methods.html", "site/TOK/en/quotations.html",
                       "site/TOK/en/quotations/S00042.html", "site/TOK/en/statement.html",
                       "site/TOK/en/subscriptions.html", "site/TOK/en/subscriptions/SUB-0001.html",
                       "site/TOK/en/success-packs.html", "site/TOK/en/tickets.html",
                       "site/TOK/en/tickets/12345.html"});
}

TEST_CASE("an overdue invoice: amounts by hand, status note, pay link, PDF") {
    Views fr(Language::fr);
    const std::string page = "site/TOK/fr/invoices/INV-2026-00001.html";
    // 2 × 536.88 = 1,073.76; GST 5 % = 53.69; QST 9.975 % = 107.11; total 1,234.56.
    CHECK(fr.text(page, "untaxed") == "1\u00a0073,76\u00a0$");
    CHECK(fr.text(page, "total") == "1\u00a0234,56\u00a0$");
    CHECK(fr.text(page, "amount_due") == "1\u00a0234,56\u00a0$");
    CHECK(fr.text(page, "status_label") == "En retard");
    CHECK(fr.text(page, "status_note") == "En retard de 23 jours");
    CHECK(fr.text(page, "pay") == "https://pay.example/i/INV%2F2026%2F00001?c=C1001");
    CHECK(fr.text(page, "href_pdf") == "../../invoices/INV-2026-00001.pdf");
    CHECK(fr.text(page, "href_other_lang") == "../../en/invoices/INV-2026-00001.html");
    CHECK(fr.text(page, "href_order") == "../orders/26367.html");
    CHECK(fr.text(page, "date") == "1er oct. 2026");  // French: the first of the month is 1er
    auto taxes = fr.pages.at(page)["tax_totals"].list_value();
    REQUIRE(taxes.size() == 2);
    CHECK(taxes[1].get("name")->string_value() == "TVQ");
    CHECK(taxes[1].get("rate")->string_value() == "9,975\u00a0%");
    CHECK(taxes[1].get("amount")->string_value() == "107,11\u00a0$");
    Views en(Language::en);
    CHECK(en.text("site/TOK/en/invoices/INV-2026-00001.html", "total") == "$1,234.56");
    CHECK(en.text("site/TOK/en/invoices/INV-2026-00001.html", "status_note") == "23 days overdue");
}

TEST_CASE("a paid invoice has no pay link") {
    Company company = portal_company();
    Customer customer = portal_customer();
    customer.invoices[0].payments = {Payment{day("2026-11-01"), dec("1234.56"), "card 1"}};
    Account account = compute_account(customer, company, day("2026-11-23"));
    Catalogue labels = Catalogue::load(project_templates() / "i18n" / "en.yaml");
    LocaleFormat format("en-CA", "CAD");
    std::string token = "TOK";
    PortalContext c{account, token, Language::en, labels, format};
    MustacheData page = invoice_page(c, account.invoices[0]).data;
    CHECK(page["has_pay"].is_false());
    CHECK(page["pay"].string_value() == "");
    CHECK(page["status_note"].string_value() == "Paid on Nov 1, 2026");
    CHECK(page["payments"].list_value()[0].get("method")->string_value() == "Visa ending in 4242");
}

TEST_CASE("quotation actions only while it waits; a missing template gives no link") {
    Views en(Language::en);
    const std::string page = "site/TOK/en/quotations/S00042.html";
    CHECK(en.text(page, "accept") == "https://pay.example/q/S00042");
    CHECK(en.text(page, "reject") == "mailto:sales@example.com?subject=Quotation%20S00042");
    CHECK(en.flag("site/TOK/en/account.html", "has_delete_account") == false);
    Views later(Language::en, "2026-12-01");  // expired
    CHECK(later.text(page, "status") == "expired");
    CHECK(later.flag(page, "has_accept") == false);
    CHECK(later.flag(page, "is_expired"));
}

TEST_CASE("an order's service period shows its progress") {
    Views fr(Language::fr);
    const std::string page = "site/TOK/fr/orders/26367.html";
    // 326 days of 365: 89 %.
    CHECK(fr.text(page, "progress") == "89");
    CHECK(fr.text(page, "progress_text") == "89\u00a0%");
    CHECK(fr.text(page, "href_quotation") == "../quotations/S00042.html");
    auto rows = fr.pages.at("site/TOK/fr/orders.html")["rows"].list_value();
    CHECK(rows[0].get("summary")->list_value()[0].get("text")->string_value() ==
          "2 × ODO50 device");
}

TEST_CASE("the dashboard: alerts with plural days, tiles with counts") {
    Views en(Language::en);
    MustacheData& dashboard = en.pages.at("site/TOK/en/index.html");
    auto alerts = dashboard["alerts"].list_value();
    REQUIRE(alerts.size() == 2);
    CHECK(alerts[0].get("kind")->string_value() == "overdue");
    CHECK(alerts[1].get("kind")->string_value() == "quotation_expiring");
    CHECK(alerts[1].get("days")->string_value() == "7 days left");
    CHECK(alerts[0].get("days")->string_value() == "23 days overdue");
    CHECK(alerts[0].get("amount")->string_value() == "$1,234.56");
    CHECK(alerts[0].get("action")->string_value() ==
          "https://pay.example/i/INV%2F2026%2F00001?c=C1001");
    CHECK(alerts[0].get("href_document")->string_value() == "invoices/INV-2026-00001.html");
    CHECK(dashboard["count_invoices"].string_value() == "1");
    CHECK(dashboard["note_invoices"].string_value() == "1 to pay");
    CHECK(dashboard["note_success_packs"].string_value() == "14.5 h left");
    auto packs = dashboard["packs"].list_value();
    CHECK(packs[0].get("usage")->string_value() == "42");
}

TEST_CASE("a card has a Delete link on the change-payment-method URL") {
    Views en(Language::en);
    auto rows = en.pages.at("site/TOK/en/payment-methods.html")["rows"].list_value();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].get("card")->string_value() == "Visa ending in 4242");
    CHECK(rows[0].get("delete")->string_value() == "https://pay.example/c/C1001/methods");
    CHECK(rows[0].get("expires")->string_value() == "03/2027");
}

TEST_CASE("a running subscription whose card has expired says so, with a link to the cards") {
    // The card is valid through 2027-03-31, and on the next invoice (2026-12-20): in progress.
    Views before(Language::en, "2027-03-31");
    CHECK_FALSE(before.flag("site/TOK/en/subscriptions/SUB-0001.html", "is_card_expired"));
    Views after(Language::en, "2027-04-01");
    const std::string page = "site/TOK/en/subscriptions/SUB-0001.html";
    CHECK(after.flag(page, "is_card_expired"));
    CHECK_FALSE(after.flag(page, "is_at_risk"));
    CHECK(after.text(page, "href_payment_methods") == "../payment-methods.html");
    CHECK(after.text(page, "card_expired_text") ==
          "The card Visa ending in 4242 of this subscription has expired (valid through 03/2027).");
    auto rows = after.pages.at("site/TOK/en/subscriptions.html")["rows"].list_value();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].get("is_card_expired")->is_true());
    CHECK(rows[0].get("href_payment_methods")->string_value() == "payment-methods.html");
}

TEST_CASE("Delete on a card a running subscription uses warns, naming the subscription") {
    Views en(Language::en);
    auto rows = en.pages.at("site/TOK/en/payment-methods.html")["rows"].list_value();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].get("has_delete_warning")->is_true());
    CHECK(rows[0].get("delete_warning")->string_value() ==
          "Subscription SUB-0001 uses this card: add another card before deleting it, or it "
          "will not be renewed.");
    CHECK(rows[0].get("delete_warning_id")->string_value() == "delete-warning-1");
    Views fr(Language::fr);
    rows = fr.pages.at("site/TOK/fr/payment-methods.html")["rows"].list_value();
    CHECK(rows[0].get("delete_warning")->string_value() ==
          "L\u2019abonnement SUB-0001 utilise cette carte\u00a0: ajoutez-en une autre avant de "
          "la supprimer, sinon il ne sera pas renouvel\u00e9.");
    // A subscription closed by hand needs no card: nothing to warn about.
    Views closed(Language::en);
    closed.customer.subscriptions[0].state = SubscriptionState::closed;
    closed.customer.subscriptions[0].closed_on = day("2026-11-01");
    closed.account = compute_account(closed.customer, closed.company, day("2026-11-23"));
    PortalContext c{closed.account, closed.token, Language::en, closed.labels, closed.format};
    rows = payment_methods_page(c).data["rows"].list_value();
    CHECK_FALSE(rows[0].get("has_delete_warning")->is_true());
}

TEST_CASE("an expired quotation offers a mail to the seller about it, and no Accept") {
    CHECK(mailto_url("sales+q@odotrack.example", "Devis S/1 é") ==
          "mailto:sales%2Bq@odotrack.example?subject=Devis%20S%2F1%20%C3%A9");
    CHECK(mailto_url("", "x") == "");
    const std::string page = "site/TOK/en/quotations/S00042.html";
    Views waiting(Language::en, "2026-11-30");  // valid until 2026-11-30: still waiting
    CHECK(waiting.flag(page, "has_accept"));
    CHECK_FALSE(waiting.flag(page, "has_contact"));
    Views expired(Language::en, "2026-12-01");
    CHECK(expired.flag(page, "is_expired"));
    CHECK_FALSE(expired.flag(page, "has_accept"));
    CHECK_FALSE(expired.flag(page, "has_reject"));
    CHECK(expired.text(page, "contact") ==
          "mailto:billing@odotrack.example?subject=Quotation%20S00042");
    Views fr(Language::fr, "2026-12-01");
    CHECK(fr.text("site/TOK/fr/quotations/S00042.html", "contact") ==
          "mailto:billing@odotrack.example?subject=Devis%20S00042");
}

TEST_CASE("the invoices list's total due and the dashboard's net unapplied credit") {
    Company company = portal_company();
    Customer customer = portal_customer();
    // The overdue invoice owes $1,234.56; a credit note of $100.00 reversing nothing is unapplied.
    Invoice credit;
    credit.number = "RINV/2026/00001";
    credit.kind = InvoiceKind::credit_note;
    credit.date = day("2026-11-10");
    credit.lines = {Line{"Goodwill", "", dec("1"), dec("100"), {}, {}}};
    customer.invoices.push_back(credit);
    const Account account = compute_account(customer, company, day("2026-11-23"));
    const std::string token = "TOK";
    const Catalogue labels = Catalogue::load(project_templates() / "i18n" / "en.yaml");
    LocaleFormat format("en-CA", "CAD");
    PortalContext c{account, token, Language::en, labels, format};
    // 1,234.56 − 100.00 = 1,134.56 wherever the account's total due is shown.
    CHECK(invoices_page(c, InvoiceFilter::all).data["total_due"].string_value() == "$1,134.56");
    MustacheData unpaid = invoices_page(c, InvoiceFilter::unpaid).data;
    CHECK(unpaid["total_due"].string_value() == "$1,134.56");
    auto rows = unpaid["rows"].list_value();
    REQUIRE(rows.size() == 2);  // the credit note, newer, first
    CHECK(rows[0].get("number")->string_value() == "RINV/2026/00001");
    CHECK(rows[0].get("amount_due")->string_value() == "-$100.00");
    // Overdue shows the overdue invoice alone, and its own amount due.
    CHECK(invoices_page(c, InvoiceFilter::overdue).data["total_due"].string_value() == "$1,234.56");
    CHECK(dashboard_page(c).data["amount_due"].string_value() == "$1,134.56");
    auto currencies = statement_page(c).data["currencies"].list_value();
    REQUIRE(currencies.size() == 1);
    CHECK(currencies[0].get("total_due")->string_value() == "$1,134.56");
}
