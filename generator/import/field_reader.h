// FieldReader: reads the typed fields of one YAML mapping (strings, dates, decimals, lists ...),
// records where each value was written, and reports missing, unknown and malformed keys.
#pragma once

#include <optional>
#include <set>
#include <string>
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
    Loc loc(const YamlNode& node) const { return {file, node.line, node.column}; }
    void error(const YamlNode& node, std::string message) const {
        diagnostics.error(loc(node), std::move(message));
    }
};

inline constexpr size_t kMaxStringLength = 10'000;

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

    // The raw value of `key`, or nullptr if absent or null (a required key then gets an error).
    const YamlNode* value(const std::string& key, bool required);

    std::string text(const std::string& key, bool required);
    std::optional<Date> date(const std::string& key, bool required);
    std::optional<Month> month(const std::string& key, bool required);
    std::optional<Timestamp> timestamp(const std::string& key, bool required);
    std::optional<Decimal> decimal(const std::string& key, bool required);
    std::optional<int> integer(const std::string& key, int min, int max, bool required);
    std::vector<std::string> text_list(const std::string& key);
    // A { en: ..., fr: ... } mapping.
    LocalizedText localized(const std::string& key, bool required);

    template <typename T>
    std::optional<T> choice(const std::string& key, bool required) {
        const YamlNode* node = scalar(key, required);
        if (!node) return std::nullopt;
        auto parsed = parse_enum<T>(node->value);
        if (!parsed)
            context_.error(*node, key + " must be one of " + std::string(enum_choices<T>()) +
                                      ", not \"" + node->value + "\"");
        return parsed;
    }

    // A sequence of mappings; calls read(FieldReader&, index) for each item.
    template <typename Read>
    void each(const std::string& key, const std::string& what, Read read) {
        const YamlNode* list = sequence(key);
        if (!list) return;
        for (size_t i = 0; i < list->items.size(); ++i) {
            std::string item_path = path_ + "." + key + "." + std::to_string(i);
            FieldReader item(context_, list->items[i], item_path, what);
            if (item.ok()) read(item, i);
        }
    }

  private:
    const YamlNode* scalar(const std::string& key, bool required);
    const YamlNode* sequence(const std::string& key);

    const ReadContext& context_;
    const YamlNode& node_;
    std::string path_;
    std::string what_;
    bool is_map_;
    std::set<std::string, std::less<>> read_keys_;
};

// A string read from a scalar: the length limit is checked here.
bool check_text_length(const ReadContext& context, const YamlNode& node);

}  // namespace portalgen
