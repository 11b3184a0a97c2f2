#include "render/html_theme.h"

#include <openssl/evp.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace portalgen {

namespace {

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("theme " + file.string() + ": cannot read the file");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

MustacheData globals(const Catalogue& catalogue, const std::string& css, const std::string& js,
                     const std::string& hash) {
    MustacheData asset;
    asset["css"] = css;
    asset["js"] = js;
    asset["script_hash"] = hash;
    MustacheData data;
    data["t"] = catalogue_data(catalogue);
    data["asset"] = std::move(asset);
    return data;
}

}  // namespace

std::string sha256_base64(const std::string& text) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(text.data(), text.size(), digest, &size, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("OpenSSL: SHA-256 failed");
    std::string base64(4 * ((size + 2) / 3) + 1, '\0');
    int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(base64.data()), digest,
                                  static_cast<int>(size));
    base64.resize(static_cast<size_t>(written));
    return base64;
}

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
    const std::string css = read_file(dir / "assets" / "portal.css");
    const std::string js = read_file(dir / "assets" / "portal.js");
    script_hash_ = "sha256-" + sha256_base64(js);
    globals_en_ = globals(en_, css, js, script_hash_);
    globals_fr_ = globals(fr_, css, js, script_hash_);
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
