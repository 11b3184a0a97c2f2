// Every data field escaped in every template (SPEC section 7): each page template of the project
// (and the report's) is rendered with a hostile value for every key it uses, its sections on and
// then off, and must hold each value only escaped. The end-to-end test does the same through real
// data; this one also reaches keys that no data set happens to show.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "render/html_template.h"
#include "render/html_theme.h"
#include "view_fixture.h"

using namespace portalgen;
using namespace portalgen::testing;

namespace {

const std::string kHostile = "<b id=x>\"'&";
const std::string kEscaped = "&lt;b id=x&gt;&quot;&apos;&amp;";

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The text of a template with its {{> partials}} in place.
std::string expanded(const std::filesystem::path& dir, const std::string& relative) {
    std::string text = read(dir / relative);
    const std::regex partial(R"(\{\{>\s*([a-z0-9_]+)\s*\}\})");
    std::smatch found;
    while (std::regex_search(text, found, partial))
        text.replace(found.position(0), found.length(0),
                     read(dir / ("partials/" + found[1].str() + ".mustache")));
    return text;
}

// The keys of `text` used as {{#section}} or {{^section}} and never as {{text}}.
std::set<std::string> section_keys(const std::string& text) {
    std::set<std::string> sections, texts;
    const std::regex tag(R"(\{\{([#^{&]?)\s*([A-Za-z0-9_.]+)\s*\}?\}\})");
    for (std::sregex_iterator it(text.begin(), text.end(), tag), end; it != end; ++it) {
        const std::string sigil = (*it)[1];
        (sigil == "#" || sigil == "^" ? sections : texts).insert((*it)[2]);
    }
    for (const auto& key : texts) sections.erase(key);
    return sections;
}

// Sets "a.b.c" in `view` as nested objects.
void set_path(MustacheData& view, const std::string& key, MustacheData value) {
    MustacheData* node = &view;
    size_t start = 0;
    for (size_t dot = key.find('.'); dot != std::string::npos; dot = key.find('.', start)) {
        node = &(*node)[key.substr(start, dot - start)];
        start = dot + 1;
    }
    (*node)[key.substr(start)] = std::move(value);
}

// Every key of the template: a hostile text naming it ("K7K"), or for a section, on or off as
// `on(key)` says (a section that is also a text key keeps its text, which opens it). The assets
// are the theme's own, not data: they are in the globals.
template <typename On>
MustacheData hostile_view(const std::vector<std::string>& keys,
                          const std::set<std::string>& sections, On on,
                          std::map<std::string, std::string>& markers) {
    MustacheData view;
    // Longer keys last, so "a.b" is not replaced by a text set for "a" afterwards.
    std::vector<std::string> ordered = keys;
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return std::count(a.begin(), a.end(), '.') < std::count(b.begin(), b.end(), '.');
    });
    std::set<std::string> prefixes;
    for (const auto& key : ordered)
        for (size_t dot = key.find('.'); dot != std::string::npos; dot = key.find('.', dot + 1))
            prefixes.insert(key.substr(0, dot));
    for (const auto& key : ordered) {
        if (key == "." || key.starts_with("asset.") || prefixes.contains(key)) continue;
        if (sections.contains(key)) {
            set_path(view, key, MustacheData(on(key)));
        } else {
            std::string marker = "K" + std::to_string(markers.size() + 1) + "K";
            markers.emplace(key, marker);
            set_path(view, key, kHostile + marker);
        }
    }
    return view;
}

}  // namespace

TEST_CASE("every key of every template is escaped, whichever sections are open") {
    const std::filesystem::path dir = project_templates();
    MustacheData globals;
    std::vector<std::string> names;
    for (const auto& page : HtmlTheme::page_names()) names.push_back("pages/" + page);
    names.push_back("report/index");
    size_t values = 0;
    for (const auto& name : names) {
        INFO(name);
        HtmlTemplate tmpl = HtmlTemplate::load(dir, name);
        const std::set<std::string> sections = section_keys(expanded(dir, name + ".mustache"));
        std::set<std::string> shown;
        std::map<std::string, std::string> markers;
        // Sections all open and all closed; each one closed while the others are open, and open
        // while they are closed; then 40 mixes (the same every run): so that a text in
        // {{^a}}{{#b}}...{{/b}}{{/a}} is reached too.
        const std::vector<std::string> keys(sections.begin(), sections.end());
        const size_t passes = 2 + 2 * keys.size() + 40;
        for (size_t pass = 0; pass < passes; ++pass) {
            markers.clear();
            auto on = [&, pass](const std::string& key) {
                if (pass < 2) return pass == 0;
                if (pass < 2 + 2 * keys.size()) {
                    const size_t k = (pass - 2) / 2;
                    return (key == keys[k]) == (pass % 2 == 1);
                }
                return (std::hash<std::string>()(key + std::to_string(pass)) >> 7) % 2 == 0;
            };
            MustacheData view = hostile_view(tmpl.keys(), sections, on, markers);
            const std::string html = tmpl.render(globals, view);
            CHECK(html.find(kHostile) == std::string::npos);
            CHECK(html.find("<b id=x>") == std::string::npos);
            for (const auto& [key, marker] : markers) {
                for (size_t at = html.find(marker); at != std::string::npos;
                     at = html.find(marker, at + 1)) {
                    INFO(key);
                    CHECK(html.compare(at - kEscaped.size(), kEscaped.size(), kEscaped) == 0);
                    shown.insert(key);
                }
            }
        }
        // Every text key is shown (escaped) in some pass.
        for (const auto& [key, marker] : markers) {
            INFO(key);
            CHECK(shown.contains(key));
        }
        values += shown.size();
    }
    CHECK(values > 300);
}
