// The label catalogues: both languages have exactly the same keys, every label a template uses
// exists, plural forms follow the locale, placeholders are filled.
#include "view/i18n_catalogue.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <iterator>
#include <set>

#include "render/html_theme.h"
#include "view_fixture.h"

using namespace portalgen;
using portalgen::testing::project_templates;

namespace {

std::set<std::string> keys_of(const Catalogue& catalogue) {
    std::set<std::string> keys;
    for (const auto& [key, text] : catalogue.entries()) keys.insert(key);
    return keys;
}

Catalogue project_catalogue(const char* language) {
    return Catalogue::load(project_templates() / "i18n" / (std::string(language) + ".yaml"));
}

}  // namespace

TEST_CASE("en.yaml and fr.yaml have exactly the same keys") {
    std::set<std::string> en = keys_of(project_catalogue("en"));
    std::set<std::string> fr = keys_of(project_catalogue("fr"));
    REQUIRE(en.size() > 100);
    std::vector<std::string> only_en, only_fr;
    std::set_difference(en.begin(), en.end(), fr.begin(), fr.end(), std::back_inserter(only_en));
    std::set_difference(fr.begin(), fr.end(), en.begin(), en.end(), std::back_inserter(only_fr));
    CHECK(only_en == std::vector<std::string>{});
    CHECK(only_fr == std::vector<std::string>{});
}

TEST_CASE("every label a page template uses exists in both catalogues") {
    Catalogue en = project_catalogue("en"), fr = project_catalogue("fr");
    std::vector<std::string> missing;
    for (const auto& page : HtmlTheme::page_names()) {
        HtmlTemplate tmpl = HtmlTemplate::load(project_templates(), "pages/" + page);
        for (const auto& key : tmpl.keys()) {
            if (!key.starts_with("t.")) continue;
            for (const Catalogue* c : {&en, &fr})
                if (!c->has(key.substr(2))) missing.push_back(c->source_name() + ": " + key);
        }
    }
    CHECK(missing == std::vector<std::string>{});
}

TEST_CASE("every status of every kind of document has a label") {
    for (const char* language : {"en", "fr"}) {
        Catalogue c = project_catalogue(language);
        for (const char* key : {"quotation.waiting",
                                "quotation.expired",
                                "quotation.accepted",
                                "quotation.rejected",
                                "quotation.cancelled",
                                "order.confirmed",
                                "order.upcoming",
                                "order.active",
                                "order.completed",
                                "order.cancelled",
                                "invoice.not_paid",
                                "invoice.partial",
                                "invoice.overdue",
                                "invoice.paid",
                                "invoice.reversed",
                                "invoice.cancelled",
                                "invoice.credit_note",
                                "subscription.in_progress",
                                "subscription.to_renew",
                                "subscription.closed",
                                "card.valid",
                                "card.expired",
                                "ticket.new",
                                "ticket.in_progress",
                                "ticket.waiting_customer",
                                "ticket.solved",
                                "ticket.cancelled"})
            CHECK(c.has(std::string("status.") + key));
    }
}

TEST_CASE("the table labels of both languages") {
    Catalogue en = project_catalogue("en"), fr = project_catalogue("fr");
    CHECK(en.text("table.search") == "Search:");
    CHECK(fr.text("table.search") == "Rechercher\u00a0:");
    CHECK(en.text("table.info.other") == "Showing {from} to {to} of {total} entries");
    CHECK(en.text("table.info.one") == "Showing {from} to {to} of {total} entry");
    CHECK(fr.text("table.info.other") == "Affichage de {from} à {to} sur {total} entrées");
    CHECK(fr.text("table.info.one") == "Affichage de {from} à {to} sur {total} entrée");
    CHECK(en.text("table.page_size") == "Show {n} entries");
    CHECK(en.text("invoices.empty") == "There are currently no invoices for your account.");
}

TEST_CASE("plural labels follow the locale's rules") {
    Catalogue en = project_catalogue("en"), fr = project_catalogue("fr");
    LocaleFormat en_ca("en-CA", "CAD"), fr_ca("fr-CA", "CAD");
    CHECK(en.plural("note.days_left", 1, en_ca) == "1 day left");
    CHECK(en.plural("note.days_left", 2, en_ca) == "2 days left");
    CHECK(en.plural("note.days_left", 0, en_ca) == "expires today");
    CHECK(fr.plural("note.days_left", 1, fr_ca) == "1 jour restant");
    CHECK(fr.plural("note.days_left", 2, fr_ca) == "2 jours restants");
    CHECK(fr.plural("note.days_left", 0, fr_ca) == "expire aujourd’hui");
    // French "many" (a million) falls back to "other".
    CHECK(fr.plural("note.days_left", 1000000, fr_ca) == "1\u00a0000\u00a0000 jours restants");
}

TEST_CASE("counts of 0, 1 and 2 in both languages: French 0 and 1 are singular") {
    Catalogue en = project_catalogue("en"), fr = project_catalogue("fr");
    LocaleFormat en_gb("en-GB", "EUR"), fr_fr("fr-FR", "EUR");
    auto info = [](const Catalogue& c, long long n, const LocaleFormat& f) {
        const std::string s = std::to_string(n);
        return c.plural("table.info", n, f, {{"from", n ? "1" : "0"}, {"to", s}, {"total", s}});
    };
    CHECK(info(en, 0, en_gb) == "Showing 0 to 0 of 0 entries");
    CHECK(info(en, 1, en_gb) == "Showing 1 to 1 of 1 entry");
    CHECK(info(en, 2, en_gb) == "Showing 1 to 2 of 2 entries");
    CHECK(info(fr, 0, fr_fr) == "Affichage de 0 à 0 sur 0 entrée");
    CHECK(info(fr, 1, fr_fr) == "Affichage de 1 à 1 sur 1 entrée");
    CHECK(info(fr, 2, fr_fr) == "Affichage de 1 à 2 sur 2 entrées");
    // A count without an exact form for 0 takes its category.
    CHECK(en.plural("note.overdue", 0, en_gb) == "0 days overdue");
    CHECK(en.plural("note.overdue", 1, en_gb) == "1 day overdue");
    CHECK(en.plural("note.overdue", 2, en_gb) == "2 days overdue");
    CHECK(fr.plural("note.overdue", 0, fr_fr) == "En retard de 0 jour");
    CHECK(fr.plural("note.overdue", 1, fr_fr) == "En retard de 1 jour");
    CHECK(fr.plural("note.overdue", 2, fr_fr) == "En retard de 2 jours");
    // "Today" for a count of days that is 0.
    CHECK(en.plural("note.in_days", 0, en_gb) == "today");
    CHECK(en.plural("note.in_days", 1, en_gb) == "in 1 day");
    CHECK(en.plural("note.in_days", 2, en_gb) == "in 2 days");
    CHECK(fr.plural("note.in_days", 0, fr_fr) == "aujourd’hui");
    CHECK(fr.plural("note.in_days", 1, fr_fr) == "dans 1 jour");
    CHECK(fr.plural("note.in_days", 2, fr_fr) == "dans 2 jours");
    CHECK(en.plural("note.days_left", 2, en_gb) == "2 days left");
    CHECK(fr.plural("note.days_left", 1, fr_fr) == "1 jour restant");
    CHECK(fr.plural("note.days_left", 2, fr_fr) == "2 jours restants");
    CHECK(fr.plural("dashboard.tile_note.tickets", 0, fr_fr) == "0 ouvert");
    CHECK(fr.plural("dashboard.tile_note.tickets", 1, fr_fr) == "1 ouvert");
    CHECK(fr.plural("dashboard.tile_note.tickets", 2, fr_fr) == "2 ouverts");
}

TEST_CASE("placeholders are filled once, unknown ones stay") {
    CHECK(fill_placeholders("Invoice {number} due {date}",
                            {{"number", "INV/1"}, {"date", "today"}}) == "Invoice INV/1 due today");
    CHECK(fill_placeholders("{a}{b}{unknown}", {{"a", "{b}"}, {"b", "x"}}) == "{b}x{unknown}");
    CHECK(fill_placeholders("no braces", {}) == "no braces");
    CHECK(fill_placeholders("open { only", {}) == "open { only");
}

TEST_CASE("catalogue errors name the file and line") {
    CHECK_THROWS_WITH(Catalogue::parse("a:\n  b: [1, 2]\n", "x.yaml"),
                      "catalogue x.yaml:2: label \"a.b\" must be text or a mapping");
    CHECK_THROWS_WITH(Catalogue::parse("Bad-Key: x\n", "x.yaml"),
                      "catalogue x.yaml:1: a label key is lower case: a-z, 0-9 and _");
    CHECK_THROWS_WITH(Catalogue::parse("a: x\na: y\n", "x.yaml"),
                      "catalogue x.yaml:2: duplicate label \"a\"");
    Catalogue c = Catalogue::parse("a:\n  b: text\n", "x.yaml");
    CHECK(c.text("a.b") == "text");
    CHECK_THROWS_WITH(c.text("a.c"), "catalogue x.yaml: no label \"a.c\"");
}

TEST_CASE("the report's catalogues have the same keys and every label its page uses") {
    auto load = [](const char* language) {
        return Catalogue::load(project_templates() / "i18n" /
                               ("report-" + std::string(language) + ".yaml"));
    };
    const Catalogue en = load("en"), fr = load("fr");
    CHECK(keys_of(en) == keys_of(fr));
    std::vector<std::string> missing;
    const HtmlTemplate page = HtmlTemplate::load(project_templates(), "report/index");
    for (const auto& key : page.keys())
        if (key.starts_with("t.") && !en.has(key.substr(2))) missing.push_back(key);
    CHECK(missing == std::vector<std::string>{});
}

TEST_CASE("a regional catalogue replaces only its labels; the language's gives the others") {
    const Catalogue fr = Catalogue::parse("a: commun\nb:\n  c: France\n", "fr.yaml");
    const Catalogue merged = fr.with_regional(Catalogue::parse("b:\n  c: Québec\n", "fr-CA.yaml"));
    CHECK(merged.text("a") == "commun");
    CHECK(merged.text("b.c") == "Québec");
    CHECK(fr.text("b.c") == "France");
    CHECK_THROWS_WITH(fr.with_regional(Catalogue::parse("b:\n  d: typo\n", "fr-CA.yaml")),
                      "catalogue fr-CA.yaml: label \"b.d\" is not in fr.yaml");
    CHECK_THROWS_WITH(merged.text("z"), "catalogue fr.yaml with fr-CA.yaml: no label \"z\"");
}

TEST_CASE("the theme gives the seller's locale its regional labels, else the language's") {
    const HtmlTheme theme(project_templates());
    // Québec writes "Courriel", France "E-mail"; both say "Commandes" for a customer's orders.
    CHECK(theme.catalogue("fr-CA").text("account.email") == "Courriel");
    CHECK(theme.catalogue("fr-FR").text("account.email") == "E-mail");
    CHECK(theme.catalogue("fr-BE").text("account.email") == "E-mail");  // no fr-BE.yaml
    CHECK(theme.catalogue(Language::fr).text("account.email") == "E-mail");
    CHECK(theme.catalogue("fr-CA").text("nav.orders") == "Commandes");
    CHECK(theme.catalogue("fr-FR").text("nav.orders") == "Commandes");
    CHECK(theme.catalogue("en-CA").text("account.email") == "Email");
    // Every regional label of the project replaces one of its language (with_regional checks).
    const std::set<std::string> keys = keys_of(theme.catalogue("fr-CA"));
    CHECK(keys == keys_of(project_catalogue("fr")));
}
