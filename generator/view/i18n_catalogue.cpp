#include "view/i18n_catalogue.h"

#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace portalgen {

namespace {

bool valid_key(const std::string& key) {
    if (key.empty()) return false;
    for (char c : key)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

class Reader {
  public:
    Reader(const std::string& source, std::map<std::string, std::string, std::less<>>& out)
        : source_(source), out_(out) {}

    void mapping(const YAML::Node& node, const std::string& prefix) {
        if (!node.IsMap()) fail(node, "expected a mapping of labels");
        for (const auto& pair : node) {
            const std::string key = pair.first.Scalar();
            if (!valid_key(key)) fail(pair.first, "a label key is lower case: a-z, 0-9 and _");
            const std::string name = prefix.empty() ? key : prefix + "." + key;
            if (pair.second.IsScalar()) {
                if (!out_.emplace(name, pair.second.Scalar()).second)
                    fail(pair.first, "duplicate label \"" + name + "\"");
            } else if (pair.second.IsMap()) {
                mapping(pair.second, name);
            } else {
                fail(pair.second, "label \"" + name + "\" must be text or a mapping");
            }
        }
    }

    [[noreturn]] void fail(const YAML::Node& node, const std::string& message) const {
        throw std::runtime_error("catalogue " + source_ + ":" +
                                 std::to_string(node.Mark().line + 1) + ": " + message);
    }

  private:
    const std::string& source_;
    std::map<std::string, std::string, std::less<>>& out_;
};

}  // namespace

std::string fill_placeholders(std::string_view pattern, LabelArgs args) {
    std::string out;
    out.reserve(pattern.size() + 32);
    size_t pos = 0;
    while (pos < pattern.size()) {
        size_t open = pattern.find('{', pos);
        size_t close = open == std::string_view::npos ? open : pattern.find('}', open);
        if (close == std::string_view::npos) break;
        std::string_view name = pattern.substr(open + 1, close - open - 1);
        const std::string* value = nullptr;
        for (const auto& [key, text] : args)
            if (key == name) value = &text;
        out.append(pattern.substr(pos, open - pos));
        if (value)
            out += *value;
        else
            out.append(pattern.substr(open, close - open + 1));
        pos = close + 1;
    }
    out.append(pattern.substr(pos));
    return out;
}

Catalogue Catalogue::parse(const std::string& yaml, const std::string& source_name) {
    Catalogue catalogue;
    catalogue.source_ = source_name;
    YAML::Node root;
    try {
        root = YAML::Load(yaml);
    } catch (const YAML::Exception& e) {
        throw std::runtime_error("catalogue " + source_name + ":" +
                                 std::to_string(e.mark.line + 1) + ": " + e.msg);
    }
    Reader(catalogue.source_, catalogue.entries_).mapping(root, "");
    return catalogue;
}

Catalogue Catalogue::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("catalogue " + file.string() + ": cannot read the file");
    std::ostringstream text;
    text << in.rdbuf();
    return parse(text.str(), file.string());
}

Catalogue Catalogue::with_regional(const Catalogue& regional) const {
    Catalogue merged = *this;
    merged.source_ = source_ + " with " + regional.source_;
    for (const auto& [key, text] : regional.entries_) {
        auto found = merged.entries_.find(key);
        if (found == merged.entries_.end())
            throw std::runtime_error("catalogue " + regional.source_ + ": label \"" + key +
                                     "\" is not in " + source_);
        found->second = text;
    }
    return merged;
}

bool Catalogue::has(std::string_view key) const {
    return entries_.find(key) != entries_.end();
}

const std::string& Catalogue::text(std::string_view key) const {
    auto found = entries_.find(key);
    if (found == entries_.end())
        throw MissingLabel("catalogue " + source_ + ": no label \"" + std::string(key) + "\"");
    return found->second;
}

std::string Catalogue::format(std::string_view key, LabelArgs args) const {
    return fill_placeholders(text(key), args);
}

std::string Catalogue::plural(std::string_view key, long long count, const LocaleFormat& format,
                              LabelArgs args) const {
    std::string base(key);
    // An exact count ("0": "expires today") wins over its category, as "=0" does in ICU messages.
    std::string exact = base + "." + std::to_string(count);
    std::string chosen = has(exact) ? exact : base + "." + format.plural_category(count);
    const std::string& pattern = has(chosen) ? text(chosen) : text(base + ".other");
    std::string with_count = fill_placeholders(pattern, {{"n", format.integer(count)}});
    return fill_placeholders(with_count, args);
}

std::string Catalogue::plural(std::string_view key, Decimal count, const LocaleFormat& format,
                              LabelArgs args) const {
    std::string base(key);
    std::string chosen = base + "." + format.plural_category(count);
    const std::string& pattern = has(chosen) ? text(chosen) : text(base + ".other");
    std::string with_count = fill_placeholders(pattern, {{"n", format.number(count)}});
    return fill_placeholders(with_count, args);
}

}  // namespace portalgen
