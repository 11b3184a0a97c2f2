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

// A file every page of a portal may load (the stylesheet, the script), named after its content
// ("portal.3f2a9c0d1e4b5a6c.css"): a browser that kept an older version never uses it for a
// newer one, and a version no page names any more can be told from the ones in use.
struct ThemeAsset {
    std::string name;
    std::string text;
};

class HtmlTheme {
  public:
    // Reads DIR/pages/*.mustache (with DIR/partials/), DIR/i18n/{en,fr}.yaml and
    // DIR/assets/portal.{css,js}; throws TemplateError or std::runtime_error naming the file.
    explicit HtmlTheme(const std::filesystem::path& dir);

    // The page templates every portal needs ("dashboard", "invoice", ...), without folder.
    static const std::vector<std::string>& page_names();

    const Catalogue& catalogue(Language language) const;
    const ThemeAsset& stylesheet() const { return stylesheet_; }
    const ThemeAsset& script() const { return script_; }
    const HtmlTemplate& page(const std::string& name) const;

    // Renders a page template with `view` and the labels of `language` under "t".
    std::string render(const std::string& page, Language language, const MustacheData& view);
    // The same with `shared` looked up between the view and the labels (the fields of the
    // layout that every page of a portal has in common).
    std::string render(const std::string& page, Language language, const MustacheData& shared,
                       const MustacheData& view);

  private:
    std::map<std::string, HtmlTemplate> pages_;
    Catalogue en_;
    Catalogue fr_;
    ThemeAsset stylesheet_;
    ThemeAsset script_;
    MustacheData globals_en_;
    MustacheData globals_fr_;
};

// The catalogue as nested Mustache objects: "status.invoice.paid" is t.status.invoice.paid.
MustacheData catalogue_data(const Catalogue& catalogue);

}  // namespace portalgen
