// Catalogue: the labels of one language (templates/i18n/<lang>.yaml), looked up by dotted key.
// Every word a customer reads comes from here; C++ only chooses keys and fills placeholders.
#pragma once

#include <filesystem>
#include <initializer_list>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "view/locale_format.h"

namespace portalgen {

// A label a page needs is not in the catalogue: the theme is incomplete, for every customer.
class MissingLabel : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Placeholder values of a label: {{"number", "INV/1"}, {"date", "23 nov. 2026"}}.
using LabelArgs = std::initializer_list<std::pair<std::string_view, std::string>>;

class Catalogue {
  public:
    // Nested YAML mappings of strings; a key's path joined by '.' is its name
    // ("status.invoice.paid"). A mapping whose keys are CLDR plural categories (one, other, ...) or
    // exact counts ("0") is a plural label. Throws std::runtime_error "catalogue FILE:LINE:
    // message" on anything else.
    static Catalogue parse(const std::string& yaml, const std::string& source_name);
    static Catalogue load(const std::filesystem::path& file);
    // This catalogue with the labels of `regional` (a locale's catalogue, say fr-CA, holding only
    // the labels whose usage differs) in place of its own. Throws std::runtime_error "catalogue
    // FILE: label \"key\" is not in BASE" for a regional label the language does not have: a
    // typo there would otherwise never be seen.
    Catalogue with_regional(const Catalogue& regional) const;

    const std::string& source_name() const { return source_; }
    bool has(std::string_view key) const;
    // Throws MissingLabel "catalogue FILE: no label \"key\"" when absent.
    const std::string& text(std::string_view key) const;
    // The label with each {name} replaced by its value; unknown placeholders stay as written.
    std::string format(std::string_view key, LabelArgs args) const;
    // The plural form of `key` for `count` in the formatter's locale (falling back to "other"),
    // or its exact form when the label has one ("key.0"), with {n} replaced by the formatted count
    // and the other placeholders by `args`.
    std::string plural(std::string_view key, long long count, const LocaleFormat& format,
                       LabelArgs args = {}) const;
    // The same for a decimal count (a quantity), {n} written by format.number().
    std::string plural(std::string_view key, Decimal count, const LocaleFormat& format,
                       LabelArgs args = {}) const;

    // Every label, by full key (plural forms as "key.one", "key.other").
    const std::map<std::string, std::string, std::less<>>& entries() const { return entries_; }

  private:
    std::string source_;
    std::map<std::string, std::string, std::less<>> entries_;
};

// Replaces each {name} of `pattern` by its value.
std::string fill_placeholders(std::string_view pattern, LabelArgs args);

}  // namespace portalgen
