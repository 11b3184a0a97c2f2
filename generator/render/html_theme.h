// HtmlTheme: everything a portal's look is made of, read at run time from the templates folder:
// the page templates, the label catalogue of each language, the stylesheet and the script.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "model/model.h"
#include "render/html_template.h"
#include "view/i18n_catalogue.h"

namespace portalgen {

class HtmlTheme {
  public:
    // Reads DIR/pages/*.mustache (with DIR/partials/), DIR/i18n/{en,fr}.yaml and
    // DIR/assets/portal.{css,js}; throws TemplateError or std::runtime_error naming the file.
    explicit HtmlTheme(const std::filesystem::path& dir);

    // The page templates every portal needs ("dashboard", "invoice", ...), without folder.
    static const std::vector<std::string>& page_names();

    const Catalogue& catalogue(Language language) const;
    // The 'sha256-...' source of the script, as the Content-Security-Policy names it.
    const std::string& script_hash() const { return script_hash_; }
    const HtmlTemplate& page(const std::string& name) const;

    // Renders a page template with `view`, the labels of `language` under "t" and the assets
    // under "asset" (asset.css, asset.js, asset.script_hash).
    std::string render(const std::string& page, Language language, const MustacheData& view);
    // The same with `shared` looked up between the view and the labels (the fields of the
    // layout that every page of a portal has in common).
    std::string render(const std::string& page, Language language, const MustacheData& shared,
                       const MustacheData& view);

  private:
    std::map<std::string, HtmlTemplate> pages_;
    Catalogue en_;
    Catalogue fr_;
    std::string script_hash_;
    MustacheData globals_en_;
    MustacheData globals_fr_;
};

// Base64 of the SHA-256 of `text`, as a Content-Security-Policy hash source uses it.
std::string sha256_base64(const std::string& text);

// The catalogue as nested Mustache objects: "status.invoice.paid" is t.status.invoice.paid.
MustacheData catalogue_data(const Catalogue& catalogue);

}  // namespace portalgen
