// FieldReader: reads the typed fields of one YAML mapping (strings, dates, decimals, lists ...),
// records where each value was written, and reports missing, unknown and malformed keys.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/decimal.h"
#include "core/diagnostics.h"
#include "import/source_map.h"
#include "import/yaml_tree.h"
#include "model/enums.h"

namespace portalgen {

// The context shared by every reader of one file.
struct ReadContext {
    const std::string& file;
    SourceMap& positions;
    Diagnostics& diagnostics;
    // Off when the YAML tree itself answers for positions (SourceMap::attach).
    bool record = true;
    Loc loc(const YamlNode& node) const { return {file, node.line, node.column}; }
    void error(const YamlNode& node, std::string message) const {
        diagnostics.error(loc(node), std::move(message));
    }
};

class FieldReader {
  public:
    // `node` must be a mapping (otherwise one error is reported and every read returns nothing).
    FieldReader(const ReadContext& context, const YamlNode& node, std::string path,
                std::string what);
    // Reports every key that was never read.
    ~FieldReader();
    FieldReader(const FieldReader&) = delete;
    FieldReader& operator=(const FieldReader&) = delete;

    bool ok() const { return is_map_; }
    const std::string& path() const { return path_; }
    const ReadContext& context() const { return context_; }

    // The raw value of `key`, or nullptr if absent or null (a required key then gets an error).
    const YamlNode* value(std::string_view key, bool required);

    std::string text(std::string_view key, bool required);
    std::optional<Date> date(std::string_view key, bool required);
    std::optional<Month> month(std::string_view key, bool required);
    std::optional<Timestamp> timestamp(std::string_view key, bool required);
    std::optional<Decimal> decimal(std::string_view key, bool required);
    std::optional<int> integer(std::string_view key, int min, int max, bool required);
    std::vector<std::string> text_list(std::string_view key);
    // A { en: ..., fr: ... } mapping.
    LocalizedText localized(std::string_view key, bool required);
    // A text a customer reads: one string (both languages) or a { en: ..., fr: ... } mapping.
    CustomerText customer_text(std::string_view key, bool required);
    // A list of printed lines, or a mapping { lines, postcode, city, region, country } (SPEC 1b);
    // nullopt when absent.
    std::optional<Address> address(std::string_view key);
    // A { scheme, value } mapping; empty when absent.
    SchemeId scheme_id(std::string_view key);
    // A { start, end } mapping of two dates, start not after end; both nullopt when absent.
    std::pair<std::optional<Date>, std::optional<Date>> period(std::string_view key);
    // true or false.
    std::optional<bool> boolean(std::string_view key);

    template <typename T>
    std::optional<T> choice(std::string_view key, bool required) {
        const YamlNode* node = scalar(key, required);
        if (!node) return std::nullopt;
        auto parsed = parse_enum<T>(node->value);
        if (!parsed)
            context_.error(*node, std::string(key) + " must be one of " +
                                      std::string(enum_choices<T>()) + ", not \"" + node->value +
                                      "\"");
        return parsed;
    }

    // A sequence of mappings; calls read(FieldReader&, index) for each item.
    template <typename Read>
    void each(std::string_view key, const char* what, Read read) {
        const YamlNode* list = sequence(key);
        if (!list) return;
        for (size_t i = 0; i < list->items.size(); ++i) {
            FieldReader item(context_, list->items[i], item_path(key, i), what);
            if (item.ok()) read(item, i);
        }
    }

  private:
    const YamlNode* scalar(std::string_view key, bool required);
    const YamlNode* sequence(std::string_view key);
    std::string item_path(std::string_view key, size_t index) const;
    std::string sub_path(std::string_view key) const;

    const ReadContext& context_;
    const YamlNode& node_;
    std::string path_;
    std::string what_;
    bool is_map_;
    // Which entries of the mapping were read (the others are unknown keys).
    std::vector<bool> read_;
};

// A string read from a scalar: the rules of every text value (core/text_value.h) are checked here.
bool check_text_value(const ReadContext& context, const YamlNode& node);

}  // namespace portalgen
