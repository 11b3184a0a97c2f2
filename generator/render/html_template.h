// HtmlTemplate: one Mustache page template read at run time, its {{> partials}} expanded, its
// tags listed with their file and line, compiled once. It renders only a view model that has
// every key it uses: kainjow would silently render a missing key as empty.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "view/view_model.h"

namespace portalgen {

// A template that cannot be read, parsed or rendered with its view model:
// "template FILE:LINE: unknown key \"x\"".
class TemplateError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

class HtmlTemplate {
  public:
    // Reads a file of the template folder by its relative path ("partials/header.mustache");
    // throws TemplateError when it cannot.
    using FileReader = std::function<std::string(const std::string& relative_path)>;

    // `name` is a path without extension: "pages/invoice" reads pages/invoice.mustache, and
    // {{> header}} reads partials/header.mustache. `display_dir` prefixes file names in errors.
    static HtmlTemplate parse(const std::string& name, const FileReader& read,
                              const std::string& display_dir = "");
    static HtmlTemplate load(const std::filesystem::path& dir, const std::string& name);

    HtmlTemplate(HtmlTemplate&&) noexcept;
    HtmlTemplate& operator=(HtmlTemplate&&) noexcept;
    ~HtmlTemplate();

    // Renders with `view` looked up first and `globals` second. Throws TemplateError for the
    // first tag whose key neither has (tags in a list section are checked against each item,
    // tags in a section not rendered all the same). Unescaped tags ({{{x}}}) are refused at
    // parse time unless their key starts with "asset.": data is always escaped.
    std::string render(const MustacheData& globals, const MustacheData& view) const;
    // The same with a scope between the two: `shared` holds what many views have in common.
    std::string render(const MustacheData& globals, const MustacheData& shared,
                       const MustacheData& view) const;

    // Every key used by a tag, once each, in order of appearance (for tests of the labels).
    std::vector<std::string> keys() const;
    const std::string& file() const;

    struct Tag;

  private:
    HtmlTemplate();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace portalgen
