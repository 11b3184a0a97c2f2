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
    // Reads DIR/pages/*.mustache (with DIR/partials/), DIR/i18n/{en,fr}.yaml with the regional
    // catalogues beside them (DIR/i18n/fr-CA.yaml: only the labels whose usage differs there) and
    // DIR/assets/portal.{css,js}; throws TemplateError or std::runtime_error naming the file.
    explicit HtmlTheme(const std::filesystem::path& dir);

    // The page templates every portal needs ("dashboard", "invoice", ...), without folder.
    static const std::vector<std::string>& page_names();

    // The labels of a language, and those of a locale ("fr-CA"): the language's with the
    // locale's regional labels over them, or the language's alone when the theme has none.
    const Catalogue& catalogue(Language language) const;
    const Catalogue& catalogue(std::string_view locale_tag) const;
    const ThemeAsset& stylesheet() const { return stylesheet_; }
    const ThemeAsset& script() const { return script_; }
    const HtmlTemplate& page(const std::string& name) const;

    // Renders a page template with `view` and the labels of `locale_tag` under "t".
    std::string render(const std::string& page, std::string_view locale_tag,
                       const MustacheData& view);
    // The same with `shared` looked up between the view and the labels (the fields of the
    // layout that every page of a portal has in common).
    std::string render(const std::string& page, std::string_view locale_tag,
                       const MustacheData& shared, const MustacheData& view);

  private:
    // A catalogue and its labels as the pages' "t".
    struct Labels {
        Catalogue catalogue;
        MustacheData globals;
    };
    const Labels& labels(std::string_view locale_tag) const;

    std::map<std::string, HtmlTemplate> pages_;
    // By language ("en", "fr") and by locale with regional labels ("fr-CA").
    std::map<std::string, Labels, std::less<>> labels_;
    ThemeAsset stylesheet_;
    ThemeAsset script_;
};

// The catalogue as nested Mustache objects: "status.invoice.paid" is t.status.invoice.paid.
MustacheData catalogue_data(const Catalogue& catalogue);

}  // namespace portalgen
