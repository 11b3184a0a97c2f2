// Mustache templates made strict: a key the view model lacks fails with its file and line (also
// inside partials and list sections), data is always escaped, the theme renders real pages.
#include <algorithm>
#include <catch2/catch.hpp>
#include <kainjow/mustache.hpp>
#include <map>
#include <set>

#include "core/sha256.h"
#include "render/html_portal.h"
#include "render/html_template.h"
#include "render/html_theme.h"
#include "view_fixture.h"

using namespace portalgen;
using namespace portalgen::testing;

namespace {

HtmlTemplate::FileReader files(std::map<std::string, std::string> sources) {
    return [sources](const std::string& path) {
        auto found = sources.find(path);
        if (found == sources.end())
            throw TemplateError("template " + path + ": cannot read the file");
        return found->second;
    };
}

MustacheData view(std::initializer_list<std::pair<std::string, MustacheData>> fields) {
    MustacheData data;
    for (const auto& [key, value] : fields) data.set(key, value);
    return data;
}

const MustacheData no_globals;

// The same view model as kainjow's data, for rendering with kainjow itself.
kainjow::mustache::data to_kainjow(const MustacheData& view) {
    using kainjow::mustache::data;
    if (view.is_string()) return data(view.string_value());
    if (view.is_true() || view.is_false()) return data(view.is_true());
    if (view.is_list()) {
        kainjow::mustache::list items;
        for (const auto& item : view.list_value()) items.push_back(to_kainjow(item));
        return data(items);
    }
    data object;
    for (const auto& field : view.fields()) object.set(field.key, to_kainjow(field.value));
    return object;
}

}  // namespace

TEST_CASE("a missing key fails with the template's file and line") {
    HtmlTemplate tmpl = HtmlTemplate::parse(
        "pages/x", files({{"pages/x.mustache", "<p>{{title}}</p>\n\n<p>{{missing}}</p>\n"}}));
    CHECK_THROWS_WITH(tmpl.render(no_globals, view({{"title", "T"}})),
                      "template pages/x.mustache:3: unknown key \"missing\"");
    CHECK(tmpl.render(no_globals, view({{"title", "T"}, {"missing", "M"}})) ==
          "<p>T</p>\n\n<p>M</p>\n");
}

TEST_CASE("a missing key in a partial names the partial's file and line") {
    HtmlTemplate tmpl =
        HtmlTemplate::parse("pages/x",
                            files({{"pages/x.mustache", "a\n{{> head}}\n{{after}}\n"},
                                   {"partials/head.mustache", "h1\n<h1>{{heading}}</h1>\n"}}),
                            "templates/");
    CHECK_THROWS_WITH(tmpl.render(no_globals, view({{"after", "x"}})),
                      "template templates/partials/head.mustache:2: unknown key \"heading\"");
    // The lines of the including file are counted right after the partial.
    CHECK_THROWS_WITH(tmpl.render(no_globals, view({{"heading", "x"}})),
                      "template templates/pages/x.mustache:3: unknown key \"after\"");
    CHECK(tmpl.render(no_globals, view({{"heading", "H"}, {"after", "A"}})) ==
          "a\nh1\n<h1>H</h1>\nA\n");
}

TEST_CASE("keys inside a list section are checked against each item") {
    HtmlTemplate tmpl = HtmlTemplate::parse(
        "pages/x",
        files({{"pages/x.mustache", "{{#rows}}\n<td>{{a}} {{b}} {{outer}}</td>\n{{/rows}}\n"}}));
    MustacheList rows;
    rows.push_back(view({{"a", "1"}, {"b", "2"}}));
    rows.push_back(view({{"a", "3"}}));
    CHECK_THROWS_WITH(tmpl.render(no_globals, view({{"rows", rows}, {"outer", "o"}})),
                      "template pages/x.mustache:2: unknown key \"b\"");
    rows.back()["b"] = std::string("4");
    CHECK(tmpl.render(no_globals, view({{"rows", rows}, {"outer", "o"}})) ==
          "<td>1 2 o</td>\n<td>3 4 o</td>\n");
    // An empty list renders nothing and has no item to check.
    CHECK(tmpl.render(no_globals, view({{"rows", MustacheList{}}, {"outer", "o"}})).find("<td>") ==
          std::string::npos);
}

TEST_CASE("keys inside a false section must exist all the same") {
    HtmlTemplate tmpl = HtmlTemplate::parse(
        "pages/x", files({{"pages/x.mustache", "{{#flag}}{{x}}{{/flag}}{{^flag}}no{{/flag}}"}}));
    CHECK_THROWS_WITH(tmpl.render(no_globals, view({{"flag", false}})),
                      "template pages/x.mustache:1: unknown key \"x\"");
    CHECK(tmpl.render(no_globals, view({{"flag", false}, {"x", "X"}})) == "no");
    CHECK(tmpl.render(no_globals, view({{"flag", true}, {"x", "X"}})) == "X");
}

TEST_CASE("labels come from the globals, dotted") {
    HtmlTemplate tmpl =
        HtmlTemplate::parse("pages/x", files({{"pages/x.mustache", "{{t.nav.home}}: {{name}}"}}));
    MustacheData nav;
    nav["home"] = std::string("Accueil");
    MustacheData t;
    t.set("nav", nav);
    MustacheData globals;
    globals.set("t", t);
    CHECK(tmpl.render(globals, view({{"name", "Marie"}})) == "Accueil: Marie");
    CHECK_THROWS_WITH(
        HtmlTemplate::parse("pages/x", files({{"pages/x.mustache", "{{t.nav.away}}"}}))
            .render(globals, view({})),
        "template pages/x.mustache:1: unknown key \"t.nav.away\"");
}

TEST_CASE("a key is looked up in the view, then the shared fields, then the globals") {
    HtmlTemplate tmpl = HtmlTemplate::parse(
        "pages/x", files({{"pages/x.mustache", "{{a}} {{b}} {{c}}{{#rows}} {{a}}{{/rows}}"}}));
    MustacheList rows;
    rows.push_back(view({{"a", "row"}}));
    const MustacheData globals = view({{"a", "global"}, {"b", "global"}, {"c", "global"}});
    const MustacheData shared = view({{"a", "shared"}, {"b", "shared"}});
    CHECK(tmpl.render(globals, shared, view({{"a", "page"}, {"rows", rows}})) ==
          "page shared global row");
    CHECK_THROWS_WITH(HtmlTemplate::parse("pages/x", files({{"pages/x.mustache", "{{d}}"}}))
                          .render(globals, shared, view({})),
                      "template pages/x.mustache:1: unknown key \"d\"");
}

TEST_CASE("data is escaped; only asset keys may be unescaped") {
    HtmlTemplate tmpl = HtmlTemplate::parse(
        "pages/x", files({{"pages/x.mustache", "<p title=\"{{body}}\">{{body}}</p>"}}));
    CHECK(tmpl.render(no_globals, view({{"body", "<script>alert('x')</script> & \"q\""}})) ==
          "<p title=\"&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;q&quot;\">"
          "&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;q&quot;</p>");
    CHECK_THROWS_WITH(
        HtmlTemplate::parse("pages/x", files({{"pages/x.mustache", "a\n{{{body}}}"}})),
        "template pages/x.mustache:2: unescaped tag for \"body\": only asset.* keys may be "
        "unescaped");
    CHECK_THROWS_WITH(HtmlTemplate::parse("pages/x", files({{"pages/x.mustache", "{{&body}}"}})),
                      "template pages/x.mustache:1: unescaped tag for \"body\": only asset.* keys "
                      "may be unescaped");
    MustacheData asset;
    asset["css"] = std::string("a > b { }");
    MustacheData globals;
    globals.set("asset", asset);
    CHECK(HtmlTemplate::parse("pages/x",
                              files({{"pages/x.mustache", "<style>{{{asset.css}}}</style>"}}))
              .render(globals, view({})) == "<style>a > b { }</style>");
}

TEST_CASE("malformed templates are refused with their line") {
    CHECK_THROWS_WITH(
        HtmlTemplate::parse("pages/x", files({{"pages/x.mustache", "{{#a}}\n{{/b}}"}})),
        "template pages/x.mustache:2: {{/b}} closes {{#a}}");
    CHECK_THROWS_WITH(HtmlTemplate::parse("pages/x", files({{"pages/x.mustache", "x\n{{#a}}"}})),
                      "template pages/x.mustache:2: {{#a}} is never closed");
    // A missing partial is reported where it is used: that is the line to correct.
    CHECK_THROWS_WITH(
        HtmlTemplate::parse("pages/x", files({{"pages/x.mustache", "a\n{{> nope}}"}})),
        "template pages/x.mustache:2: no partial \"nope\" (template partials/nope.mustache: "
        "cannot read the file)");
    CHECK_THROWS_WITH(HtmlTemplate::parse("pages/x", files({{"pages/x.mustache", "{{> ../etc}}"}})),
                      "template pages/x.mustache:1: bad partial name \"../etc\" (a-z, 0-9 and _)");
    CHECK_THROWS_WITH(HtmlTemplate::parse("pages/x", files({{"pages/x.mustache", "{{> x}}"},
                                                            {"partials/x.mustache", "{{> x}}"}})),
                      "template partials/x.mustache:1: partials nested too deep");
}

TEST_CASE("a tag left open is refused where it opens, not run into the next tag") {
    // "{{name" followed later by "{{other}}" would otherwise read as one tag named
    // "name ... {{other".
    CHECK_THROWS_WITH(
        HtmlTemplate::parse("pages/x",
                            files({{"pages/x.mustache", "a\n<p>{{name</p>\n<b>{{other}}</b>"}})),
        "template pages/x.mustache:2: unclosed tag {{name</p>");
    CHECK_THROWS_WITH(
        HtmlTemplate::parse("pages/x", files({{"pages/x.mustache", "{{#a}}{{b}}{{/a"}})),
        "template pages/x.mustache:1: unclosed tag {{/a");
    CHECK_THROWS_WITH(
        HtmlTemplate::parse("pages/x", files({{"pages/x.mustache", "{{{asset.css}} {{x}}"}})),
        "template pages/x.mustache:1: unclosed tag {{{asset.css}} {{x}}");
    // In a partial: its own file and line.
    CHECK_THROWS_WITH(
        HtmlTemplate::parse("pages/x", files({{"pages/x.mustache", "{{> p}}"},
                                              {"partials/p.mustache", "\n\n{{a {{b}}"}})),
        "template partials/p.mustache:3: unclosed tag {{a");
}

TEST_CASE("a key is names of letters, digits and _ joined by dots") {
    for (const char* bad :
         {"{{a b}}", "{{a..b}}", "{{.a}}", "{{a.}}", "{{a-b}}", "{{#x y}}{{/x y}}", "{{a\nb}}"})
        CHECK_THROWS_WITH(
            HtmlTemplate::parse("pages/x", files({{"pages/x.mustache", bad}})),
            Catch::Contains("template pages/x.mustache:1: bad tag {{") &&
                Catch::Contains("}}: a key is names of letters, digits and _ joined by dots"));
    // Comments may hold anything; "." is the current item.
    HtmlTemplate tmpl = HtmlTemplate::parse(
        "pages/x",
        files({{"pages/x.mustache", "{{! any text: a b, {x} }}{{#l}}{{.}}{{/l}} {{t.a_1.B2}}"}}));
    MustacheData globals;
    MustacheData t;
    MustacheData a;
    a.set("B2", "label");
    t.set("a_1", a);
    globals.set("t", t);
    MustacheList items;
    items.push_back(MustacheData("x"));
    items.push_back(MustacheData("<y>"));
    CHECK(tmpl.render(globals, view({{"l", items}})) == "x&lt;y&gt; label");
}

TEST_CASE("the theme renders every page of a portal, escaped and self-contained") {
    HtmlTheme theme(project_templates());
    LocaleFormatCache formats;
    PortalRenderer renderer(theme, formats);
    const Company company = portal_company();
    const Customer customer = portal_customer();
    const Account account = compute_account(customer, company, day("2026-11-23"));
    std::map<std::string, std::string> pages;
    renderer.render(account, "TOKEN123",
                    [&](const std::string& path, const std::string& html) { pages[path] = html; });

    const std::string& ticket = pages.at("site/TOKEN123/fr/tickets/12345.html");
    CHECK(ticket.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;") !=
          std::string::npos);
    CHECK(ticket.find("<script>alert") == std::string::npos);
    // Beside the pages, one deadlines calendar per language (render/ics_calendar).
    for (const char* calendar :
         {"site/TOKEN123/en/deadlines.ics", "site/TOKEN123/fr/deadlines.ics"})
        CHECK(pages.at(calendar).starts_with("BEGIN:VCALENDAR\r\n"));
    for (const auto& [path, html] : pages) {
        if (path.ends_with(".ics")) continue;
        if (path.starts_with("site/TOKEN123/assets/")) continue;  // the stylesheet and script
        INFO(path);
        CHECK(html.starts_with("<!DOCTYPE html>\n"));
        CHECK(html.find("<meta name=\"robots\" content=\"noindex\">") != std::string::npos);
        CHECK(html.find("default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' "
                        "data:;") != std::string::npos);
        CHECK(html.find("<style") == std::string::npos);
        CHECK(html.find(" style=") == std::string::npos);
        CHECK(html.find("http://") == std::string::npos);
    }
    // The entry page redirects to the customer's language.
    const std::string& entry = pages.at("site/TOKEN123/index.html");
    CHECK(entry.find("<meta http-equiv=\"refresh\" content=\"0; url=fr/index.html\">") !=
          std::string::npos);
    CHECK(entry.find("href=\"en/index.html\"") != std::string::npos);
}

TEST_CASE("a portal's pages link its fingerprinted stylesheet and script, given before them") {
    HtmlTheme theme(project_templates());
    LocaleFormatCache formats;
    PortalRenderer renderer(theme, formats);
    const Company company = portal_company();
    Customer customer = portal_customer();
    const Account account = compute_account(customer, company, day("2026-11-23"));
    std::vector<std::pair<std::string, std::string>> files;
    renderer.render(account, "TOKEN123", [&](const std::string& path, const std::string& html) {
        files.emplace_back(path, html);
    });
    // Named after their content: the first 16 hex digits of the SHA-256 of the theme's files,
    // as `sha256sum templates/assets/portal.css` gives them.
    const std::string css = "site/TOKEN123/assets/" + theme.stylesheet().name;
    const std::string js = "site/TOKEN123/assets/" + theme.script().name;
    CHECK(theme.stylesheet().name ==
          "portal." + sha256_file_hex(project_templates() / "assets" / "portal.css").substr(0, 16) +
              ".css");
    CHECK(theme.script().name.starts_with("portal."));
    CHECK(theme.script().name.ends_with(".js"));
    auto position = [&](const std::string& path) {
        auto found = std::find_if(files.begin(), files.end(),
                                  [&](const auto& file) { return file.first == path; });
        REQUIRE(found != files.end());
        CHECK(std::count_if(files.begin(), files.end(),
                            [&](const auto& file) { return file.first == path; }) == 1);
        return found - files.begin();
    };
    CHECK(position(css) == 0);  // before the entry page, the first to name it
    CHECK(files[static_cast<size_t>(position(css))].second == theme.stylesheet().text);
    CHECK(position(js) < position("site/TOKEN123/fr/quotations.html"));
    for (const auto& [path, html] : files) {
        // The stylesheet and script themselves, and the calendars, are not pages.
        if (path.starts_with("site/TOKEN123/assets/") || path.ends_with(".ics")) continue;
        INFO(path);
        const bool has_table = html.find(" data-table ") != std::string::npos;
        CHECK((html.find("<script") != std::string::npos) == has_table);
        CHECK(html.find("assets/" + theme.stylesheet().name + "\"") != std::string::npos);
    }
    const auto invoice = std::find_if(files.begin(), files.end(), [](const auto& file) {
        return file.first == "site/TOKEN123/fr/invoices/INV-2026-00001.html";
    });
    REQUIRE(invoice != files.end());
    CHECK(invoice->second.find("<link rel=\"stylesheet\" href=\"../../assets/" +
                               theme.stylesheet().name + "\">") != std::string::npos);
    const auto list = std::find_if(files.begin(), files.end(), [](const auto& file) {
        return file.first == "site/TOKEN123/fr/invoices.html";
    });
    REQUIRE(list != files.end());
    CHECK(list->second.find("<script src=\"../assets/" + theme.script().name + "\"></script>") !=
          std::string::npos);

    // A portal without any list row names no script, and is given none.
    customer.quotations.clear();
    customer.orders.clear();
    customer.invoices.clear();
    customer.subscriptions.clear();
    customer.tickets.clear();
    files.clear();
    renderer.render(
        compute_account(customer, company, day("2026-11-23")), "TOKEN123",
        [&](const std::string& path, const std::string& html) { files.emplace_back(path, html); });
    for (const auto& file : files) CHECK(file.first != js);
}

namespace {

// An output that remembers what it was given, and tells back the sources of an earlier one.
struct RecordingOutput : PortalRenderer::Output {
    std::map<std::string, std::string> sources_before;  // as the last build recorded them
    std::map<std::string, std::string> written;         // path: bytes
    std::map<std::string, std::string> sources;         // path: source, of pages written
    std::vector<std::string> kept;

    void write(const std::string& path, const std::string& bytes,
               const std::string& source) override {
        written[path] = bytes;
        if (!source.empty()) sources[path] = source;
    }
    std::string source_of(const std::string& path) override {
        const auto found = sources_before.find(path);
        return found == sources_before.end() ? "" : found->second;
    }
    void keep(const std::string& path) override { kept.push_back(path); }
};

}  // namespace

TEST_CASE("a page whose source is unchanged is kept, not rendered; the others are rendered") {
    HtmlTheme theme(project_templates());
    LocaleFormatCache formats;
    PortalRenderer renderer(theme, formats, "templates v1");
    const Company company = portal_company();
    const Customer customer = portal_customer();
    RecordingOutput first;
    renderer.render(compute_account(customer, company, day("2026-11-23")), "TOKEN123", first);
    const std::string css = "site/TOKEN123/assets/" + theme.stylesheet().name;
    const std::string js = "site/TOKEN123/assets/" + theme.script().name;
    const std::string dashboard = "site/TOKEN123/en/index.html";
    const std::string list = "site/TOKEN123/en/invoices.html";
    const std::string account_page = "site/TOKEN123/en/account.html";
    REQUIRE(first.kept.empty());
    // A page's source ends with the theme files it names: a list both, a page without a table
    // the stylesheet alone.
    CHECK(first.sources.at(list).ends_with(".3"));
    CHECK(first.sources.at(list).size() == 32 + 2);
    CHECK(first.sources.at(account_page).ends_with(".1"));

    // The same day again: every page kept, yet the stylesheet and script its pages name are
    // given again (they may have been removed), before any page is kept.
    RecordingOutput same;
    same.sources_before = first.sources;
    renderer.render(compute_account(customer, company, day("2026-11-23")), "TOKEN123", same);
    CHECK(same.kept.size() == first.sources.size());
    for (const auto& [path, bytes] : same.written) {
        INFO(path);
        CHECK((path == css || path == js));
    }
    CHECK(same.written.contains(css));
    CHECK(same.written.contains(js));

    // The next day: only the dashboards (which give the date) and the pages whose documents
    // changed status are rendered; each is what a full rendering of that day gives.
    RecordingOutput next;
    next.sources_before = first.sources;
    renderer.render(compute_account(customer, company, day("2026-11-24")), "TOKEN123", next);
    std::map<std::string, std::string> full;
    renderer.render(compute_account(customer, company, day("2026-11-24")), "TOKEN123",
                    [&](const std::string& path, const std::string& html) { full[path] = html; });
    CHECK(next.written.contains(dashboard));
    CHECK(std::find(next.kept.begin(), next.kept.end(), account_page) != next.kept.end());
    CHECK(next.kept.size() + next.sources.size() == first.sources.size());
    for (const auto& [path, html] : next.written) CHECK(html == full.at(path));
    // Kept pages are those whose full rendering is the same as the first day's; a kept calendar,
    // but for its stamp, the date it was made.
    RecordingOutput day_one;
    renderer.render(compute_account(customer, company, day("2026-11-23")), "TOKEN123", day_one);
    const auto unstamped = [](std::string ics, const std::string& stamp) {
        const std::string line = "DTSTAMP:" + stamp + "T000000Z\r\n";
        for (auto at = ics.find(line); at != std::string::npos; at = ics.find(line))
            ics.erase(at, line.size());
        return ics;
    };
    CHECK(std::find(next.kept.begin(), next.kept.end(), "site/TOKEN123/en/deadlines.ics") !=
          next.kept.end());
    for (const std::string& path : next.kept) {
        INFO(path);
        if (!path.ends_with(".ics")) {
            CHECK(day_one.written.at(path) == full.at(path));
            continue;
        }
        CHECK(day_one.written.at(path).find("DTSTAMP:20261123T000000Z") != std::string::npos);
        CHECK(unstamped(day_one.written.at(path), "20261123") ==
              unstamped(full.at(path), "20261124"));
    }

    // Other templates (their hash is part of every source): every page rendered again.
    PortalRenderer other(theme, formats, "templates v2");
    RecordingOutput changed;
    changed.sources_before = first.sources;
    other.render(compute_account(customer, company, day("2026-11-23")), "TOKEN123", changed);
    CHECK(changed.kept.empty());
    CHECK(changed.sources.size() == first.sources.size());
}

TEST_CASE("only the dashboards, the statements and the calendars show the date and the alerts") {
    HtmlTheme theme(project_templates());
    LocaleFormatCache formats;
    PortalRenderer renderer(theme, formats, "templates v1");
    const Company company = portal_company();
    const Customer customer = portal_customer();
    const Account account = compute_account(customer, company, day("2026-11-23"));
    REQUIRE(!account.alerts.empty());
    // The same account on another date (past an aging bucket's edge), its alerts counting other
    // days: what same_but_date lets through. Statuses and totals are not computed again.
    Account later = account;
    later.as_of = day("2027-01-09");
    for (Alert& alert : later.alerts) alert.days += 47;
    later.alerts.pop_back();
    REQUIRE(same_but_date(account, later));

    const auto render_all = [&](const Account& a) {
        std::map<std::string, std::string> files;
        renderer.render(a, "TOKEN123", [&](const std::string& path, const std::string& bytes) {
            files[path] = bytes;
        });
        return files;
    };
    const std::map<std::string, std::string> before = render_all(account);
    const std::map<std::string, std::string> after = render_all(later);
    const std::set<std::string> dated = {
        "site/TOKEN123/en/index.html",     "site/TOKEN123/fr/index.html",
        "site/TOKEN123/en/statement.html", "site/TOKEN123/fr/statement.html",
        "site/TOKEN123/en/deadlines.ics",  "site/TOKEN123/fr/deadlines.ics"};
    REQUIRE(before.size() > dated.size() + 10);
    for (const auto& [path, bytes] : before) {
        INFO(path);
        REQUIRE(after.contains(path));
        if (dated.contains(path))
            CHECK(after.at(path) != bytes);  // the change is visible where the date is shown
        else
            CHECK(after.at(path) == bytes);
    }
    CHECK(after.size() == before.size());

    // PageSet::dated gives the dated files, as a full rendering gives them, and the theme's files
    // they name: with the last build's others, the whole portal of the later date.
    RecordingOutput only_dated;
    renderer.render(later, "TOKEN123", only_dated, PageSet::dated);
    std::set<std::string> given;
    for (const auto& [path, bytes] : only_dated.written) {
        INFO(path);
        given.insert(path);
        CHECK(bytes == after.at(path));
        CHECK((dated.contains(path) || path.starts_with("site/TOKEN123/assets/")));
    }
    for (const std::string& path : dated) CHECK(given.contains(path));
    CHECK(only_dated.kept.empty());
}

TEST_CASE("pages render byte for byte as kainjow renders them, blank lines and all") {
    // kainjow is the reference: our renderer replaced it for speed, not for other output.
    MustacheData items{MustacheData::type::list};
    items.push_back(view({{"name", "a<b"}, {"flag", MustacheData(true)}}));
    items.push_back(view({{"name", "c&'d\""}, {"flag", MustacheData(false)}}));
    MustacheData data = view({{"title", "T"},
                              {"items", items},
                              {"none", MustacheData(MustacheData::type::list)},
                              {"yes", MustacheData(true)},
                              {"no", MustacheData(false)},
                              {"object", view({{"inner", "I"}})},
                              {"text", "x"}});
    const char* templates[] = {
        "<h1>{{title}}</h1>\n{{#items}}\n  <li>{{name}}</li>\n{{/items}}\nend",
        "{{#items}}{{name}}{{#flag}} on{{/flag}}{{^flag}} off{{/flag}}\n{{/items}}",
        "  {{#yes}}  \n  kept\n  {{/yes}}\n{{^no}}\nshown\n{{/no}}\n{{#no}}\nhidden\n{{/no}}\n",
        "a\r\n  {{#yes}}\r\nb\r\n{{/yes}}\r\n\rc\n\n\n",
        "{{#none}}\nnever\n{{/none}}\n{{^none}}\nempty\n{{/none}}\n",
        "{{#object}}\n{{inner}} {{title}}\n{{/object}}\n {{#text}}t{{/text}} \n",
        "  \n\t\n{{! a comment }}\nafter\n   {{title}}   \n{{#yes}}{{/yes}}",
        "no trailing line break {{#yes}}\n{{/yes}}",
    };
    for (const char* text : templates) {
        INFO(text);
        HtmlTemplate ours = HtmlTemplate::parse("pages/x", files({{"pages/x.mustache", text}}));
        kainjow::mustache::mustache reference(text);
        REQUIRE(reference.is_valid());
        const kainjow::mustache::data reference_globals;
        const kainjow::mustache::data reference_data = to_kainjow(data);
        kainjow::mustache::context<std::string> context(&reference_globals);
        context.push(&reference_data);
        CHECK(ours.render(no_globals, data) == reference.render(context));
    }
}

TEST_CASE("a seller in Quebec says Courriel to its French customers, one in France E-mail") {
    HtmlTheme theme(project_templates());
    LocaleFormatCache formats;
    PortalRenderer renderer(theme, formats);
    Company company = portal_company();
    const Customer customer = portal_customer();
    auto account_page = [&](const char* locale) {
        company.locale.fr = locale;
        const Account account = compute_account(customer, company, day("2026-11-23"));
        std::string page;
        renderer.render(account, "TOKEN123", [&](const std::string& path, const std::string& html) {
            if (path == "site/TOKEN123/fr/account.html") page = html;
        });
        return page;
    };
    const std::string quebec = account_page("fr-CA");
    CHECK(quebec.find("<dt>Courriel</dt>") != std::string::npos);
    CHECK(quebec.find("E-mail") == std::string::npos);
    const std::string france = account_page("fr-FR");
    CHECK(france.find("<dt>E-mail</dt>") != std::string::npos);
    CHECK(france.find("Courriel") == std::string::npos);
}
