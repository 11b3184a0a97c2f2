#include "render/html_theme.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/sha256.h"

namespace portalgen {

namespace {

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("theme " + file.string() + ": cannot read the file");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

MustacheData globals(const Catalogue& catalogue) {
    MustacheData data;
    data["t"] = catalogue_data(catalogue);
    return data;
}

// "portal.<first 16 hex digits of its SHA-256>.<extension>": 64 bits tell versions apart.
ThemeAsset fingerprinted(const std::filesystem::path& file, const std::string& extension) {
    std::string text = read_file(file);
    return {"portal." + sha256_hex(text).substr(0, 16) + "." + extension, std::move(text)};
}

}  // namespace

MustacheData catalogue_data(const Catalogue& catalogue) {
    MustacheData root;
    for (const auto& [key, text] : catalogue.entries()) {
        MustacheData* node = &root;
        size_t start = 0;
        for (size_t dot = key.find('.'); dot != std::string::npos; dot = key.find('.', start)) {
            node = &(*node)[key.substr(start, dot - start)];
            start = dot + 1;
        }
        (*node)[key.substr(start)] = text;
    }
    return root;
}

const std::vector<std::string>& HtmlTheme::page_names() {
    static const std::vector<std::string> names{
        "root",    "dashboard",      "quotations", "quotation",       "orders",
        "order",   "invoices",       "invoice",    "subscriptions",   "subscription",
        "tickets", "ticket",         "account",    "payment_methods", "success_packs",
        "email",   "reminder_email", "statement"};
    return names;
}

namespace {
const std::filesystem::path& existing_folder(const std::filesystem::path& dir) {
    if (!std::filesystem::is_directory(dir))
        throw std::runtime_error("templates folder " + dir.string() + " not found");
    return dir;
}

// "fr-CA" from "fr-CA.yaml": a language of the portal, a hyphen and a region; "" for another file.
std::string regional_locale(const std::filesystem::path& file) {
    const std::string stem = file.stem().string();
    const bool language = stem.rfind("en-", 0) == 0 || stem.rfind("fr-", 0) == 0;
    return file.extension() == ".yaml" && language && stem.size() > 3 ? stem : "";
}

}  // namespace

HtmlTheme::HtmlTheme(const std::filesystem::path& dir) {
    const std::filesystem::path i18n = existing_folder(dir) / "i18n";
    for (const char* language : {"en", "fr"}) {
        Catalogue catalogue = Catalogue::load(i18n / (std::string(language) + ".yaml"));
        MustacheData data = globals(catalogue);
        labels_.emplace(language, Labels{std::move(catalogue), std::move(data)});
    }
    for (const auto& entry : std::filesystem::directory_iterator(i18n)) {
        const std::string locale = regional_locale(entry.path());
        if (locale.empty()) continue;
        Catalogue catalogue =
            labels_.at(locale.substr(0, 2)).catalogue.with_regional(Catalogue::load(entry.path()));
        MustacheData data = globals(catalogue);
        labels_.emplace(locale, Labels{std::move(catalogue), std::move(data)});
    }
    for (const auto& name : page_names())
        pages_.emplace(name, HtmlTemplate::load(dir, "pages/" + name));
    stylesheet_ = fingerprinted(dir / "assets" / "portal.css", "css");
    script_ = fingerprinted(dir / "assets" / "portal.js", "js");
}

const HtmlTheme::Labels& HtmlTheme::labels(std::string_view locale_tag) const {
    if (auto found = labels_.find(locale_tag); found != labels_.end()) return found->second;
    return labels_.at(locale_tag.substr(0, 2) == "fr" ? "fr" : "en");
}

const Catalogue& HtmlTheme::catalogue(Language language) const {
    return labels_.at(language == Language::fr ? "fr" : "en").catalogue;
}

const Catalogue& HtmlTheme::catalogue(std::string_view locale_tag) const {
    return labels(locale_tag).catalogue;
}

const HtmlTemplate& HtmlTheme::page(const std::string& name) const {
    auto found = pages_.find(name);
    if (found == pages_.end()) throw TemplateError("no page template \"" + name + "\"");
    return found->second;
}

std::string HtmlTheme::render(const std::string& page, std::string_view locale_tag,
                              const MustacheData& view) {
    return this->page(page).render(labels(locale_tag).globals, view);
}

std::string HtmlTheme::render(const std::string& page, std::string_view locale_tag,
                              const MustacheData& shared, const MustacheData& view) {
    return this->page(page).render(labels(locale_tag).globals, shared, view);
}

}  // namespace portalgen
