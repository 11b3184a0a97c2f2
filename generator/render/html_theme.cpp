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
}  // namespace

HtmlTheme::HtmlTheme(const std::filesystem::path& dir)
    : en_(Catalogue::load(existing_folder(dir) / "i18n" / "en.yaml")),
      fr_(Catalogue::load(dir / "i18n" / "fr.yaml")) {
    for (const auto& name : page_names())
        pages_.emplace(name, HtmlTemplate::load(dir, "pages/" + name));
    stylesheet_ = fingerprinted(dir / "assets" / "portal.css", "css");
    script_ = fingerprinted(dir / "assets" / "portal.js", "js");
    globals_en_ = globals(en_);
    globals_fr_ = globals(fr_);
}

const Catalogue& HtmlTheme::catalogue(Language language) const {
    return language == Language::fr ? fr_ : en_;
}

const HtmlTemplate& HtmlTheme::page(const std::string& name) const {
    auto found = pages_.find(name);
    if (found == pages_.end()) throw TemplateError("no page template \"" + name + "\"");
    return found->second;
}

std::string HtmlTheme::render(const std::string& page, Language language,
                              const MustacheData& view) {
    return this->page(page).render(language == Language::fr ? globals_fr_ : globals_en_, view);
}

std::string HtmlTheme::render(const std::string& page, Language language,
                              const MustacheData& shared, const MustacheData& view) {
    return this->page(page).render(language == Language::fr ? globals_fr_ : globals_en_, shared,
                                   view);
}

}  // namespace portalgen
