#include "import/field_reader.h"

#include "core/text_value.h"

namespace portalgen {

namespace {
std::string_view kind_name(YamlNode::Kind kind) {
    switch (kind) {
        case YamlNode::Kind::null:
            return "nothing";
        case YamlNode::Kind::scalar:
            return "a single value";
        case YamlNode::Kind::sequence:
            return "a list";
        case YamlNode::Kind::map:
            return "a mapping";
    }
    return "?";
}
}  // namespace

bool check_text_value(const ReadContext& context, const YamlNode& node) {
    // The file's bytes are valid UTF-8 without NUL, but an escape ("\0", "\uD800") may add one.
    std::optional<std::string> problem = text_value_problem(node.value);
    if (problem) context.error(node, std::move(*problem));
    return !problem;
}

FieldReader::FieldReader(const ReadContext& context, const YamlNode& node, std::string path,
                         std::string what)
    : context_(context),
      node_(node),
      path_(std::move(path)),
      what_(std::move(what)),
      is_map_(node.kind == YamlNode::Kind::map) {
    if (context_.record) context_.positions.set(path_, context_.loc(node_));
    if (!is_map_)
        context_.error(node_, what_ + " must be a mapping of keys, found " +
                                  std::string(kind_name(node_.kind)));
    else
        read_.assign(node_.entries.size(), false);
}

FieldReader::~FieldReader() {
    if (!is_map_) return;
    for (size_t i = 0; i < node_.entries.size(); ++i)
        if (!read_[i])
            context_.error(node_.entries[i].key,
                           "unknown key \"" + node_.entries[i].key.value + "\" in " + what_);
}

std::string FieldReader::item_path(std::string_view key, size_t index) const {
    if (!context_.record) return {};
    std::string path = path_;
    path += '.';
    path += key;
    path += '.';
    path += std::to_string(index);
    return path;
}

const YamlNode* FieldReader::value(std::string_view key, bool required) {
    if (!is_map_) return nullptr;
    const YamlNode* found = nullptr;
    for (size_t i = 0; i < node_.entries.size(); ++i) {
        if (node_.entries[i].key.value == key) {
            read_[i] = true;
            found = &node_.entries[i].value;
            break;
        }
    }
    if (found && found->kind != YamlNode::Kind::null) {
        if (context_.record) {
            std::string path = path_;
            path += '.';
            path += key;
            context_.positions.set(std::move(path), context_.loc(*found));
        }
        return found;
    }
    if (required)
        context_.error(found ? *found : node_, "missing " + std::string(key) + " in " + what_);
    return nullptr;
}

const YamlNode* FieldReader::scalar(std::string_view key, bool required) {
    const YamlNode* found = value(key, required);
    if (!found) return nullptr;
    if (found->kind != YamlNode::Kind::scalar) {
        context_.error(*found, std::string(key) + " must be a single value, found " +
                                   std::string(kind_name(found->kind)));
        return nullptr;
    }
    return found;
}

const YamlNode* FieldReader::sequence(std::string_view key) {
    const YamlNode* found = value(key, false);
    if (!found) return nullptr;
    if (found->kind != YamlNode::Kind::sequence) {
        context_.error(*found, std::string(key) + " must be a list, found " +
                                   std::string(kind_name(found->kind)));
        return nullptr;
    }
    return found;
}

std::string FieldReader::text(std::string_view key, bool required) {
    const YamlNode* node = scalar(key, required);
    if (!node || !check_text_value(context_, *node)) return {};
    if (required && node->value.empty())
        context_.error(*node, std::string(key) + " must not be empty");
    return node->value;
}

std::optional<Date> FieldReader::date(std::string_view key, bool required) {
    const YamlNode* node = scalar(key, required);
    if (!node) return std::nullopt;
    auto parsed = Date::parse(node->value);
    if (!parsed)
        context_.error(*node, std::string(key) + " must be a real date YYYY-MM-DD, not \"" +
                                  node->value.substr(0, 40) + "\"");
    return parsed;
}

std::optional<Month> FieldReader::month(std::string_view key, bool required) {
    const YamlNode* node = scalar(key, required);
    if (!node) return std::nullopt;
    auto parsed = Month::parse(node->value);
    if (!parsed)
        context_.error(*node, std::string(key) + " must be a month YYYY-MM, not \"" +
                                  node->value.substr(0, 40) + "\"");
    return parsed;
}

std::optional<Timestamp> FieldReader::timestamp(std::string_view key, bool required) {
    const YamlNode* node = scalar(key, required);
    if (!node) return std::nullopt;
    auto parsed = Timestamp::parse(node->value);
    if (!parsed)
        context_.error(*node, std::string(key) +
                                  " must be an ISO 8601 timestamp with offset like "
                                  "2026-11-10T14:03:00Z, not \"" +
                                  node->value.substr(0, 40) + "\"");
    return parsed;
}

std::optional<Decimal> FieldReader::decimal(std::string_view key, bool required) {
    const YamlNode* node = scalar(key, required);
    if (!node) return std::nullopt;
    std::string_view text = node->value;
    auto parsed = Decimal::parse(text.size() > 40 ? text.substr(0, 40) : text);
    if (text.size() > 40 && parsed.value) parsed = {std::nullopt, "number too large"};
    if (!parsed.value) context_.error(*node, std::string(key) + ": " + parsed.error);
    return parsed.value;
}

std::optional<int> FieldReader::integer(std::string_view key, int min, int max, bool required) {
    const YamlNode* node = scalar(key, required);
    if (!node) return std::nullopt;
    const std::string& text = node->value;
    bool digits = !text.empty() && text.size() <= 9 &&
                  text.find_first_not_of("0123456789") == std::string::npos;
    int value = digits ? std::stoi(text) : -1;
    if (!digits || value < min || value > max) {
        context_.error(*node, std::string(key) + " must be a whole number from " +
                                  std::to_string(min) + " to " + std::to_string(max) + ", not \"" +
                                  text.substr(0, 40) + "\"");
        return std::nullopt;
    }
    return value;
}

std::vector<std::string> FieldReader::text_list(std::string_view key) {
    std::vector<std::string> out;
    const YamlNode* list = sequence(key);
    if (!list) return out;
    for (size_t i = 0; i < list->items.size(); ++i) {
        const YamlNode& item = list->items[i];
        if (context_.record) context_.positions.set(item_path(key, i), context_.loc(item));
        if (item.kind != YamlNode::Kind::scalar) {
            context_.error(item, "each item of " + std::string(key) + " must be a single value");
        } else if (check_text_value(context_, item)) {
            out.push_back(item.value);
        }
    }
    return out;
}

LocalizedText FieldReader::localized(std::string_view key, bool required) {
    const YamlNode* node = value(key, required);
    if (!node) return {};
    FieldReader texts(context_, *node, context_.record ? path_ + "." + std::string(key) : "",
                      std::string(key));
    LocalizedText out;
    // Once the mapping is given, both languages are: a portal is never half translated.
    out.en = texts.text("en", true);
    out.fr = texts.text("fr", true);
    return out;
}

std::string FieldReader::sub_path(std::string_view key) const {
    return context_.record ? path_ + "." + std::string(key) : std::string();
}

CustomerText FieldReader::customer_text(std::string_view key, bool required) {
    const YamlNode* node = value(key, required);
    if (!node) return {};
    if (node->kind == YamlNode::Kind::scalar) return CustomerText(text(key, required));
    // Once the mapping is given, both languages are, and not empty.
    LocalizedText both = localized(key, required);
    return CustomerText(both.en, both.fr);
}

std::optional<Address> FieldReader::address(std::string_view key) {
    const YamlNode* node = value(key, false);
    if (!node) return std::nullopt;
    Address out;
    if (node->kind == YamlNode::Kind::sequence) {
        out.lines = text_list(key);
        return out;
    }
    FieldReader parts(context_, *node, sub_path(key), std::string(key));
    if (!parts.ok()) return std::nullopt;
    out.lines = parts.text_list("lines");
    if (out.lines.empty()) context_.error(*node, std::string(key) + " needs its street lines");
    out.postcode = parts.text("postcode", false);
    out.city = parts.text("city", true);
    out.region = parts.text("region", false);
    out.country = parts.text("country", true);
    return out;
}

SchemeId FieldReader::scheme_id(std::string_view key) {
    const YamlNode* node = value(key, false);
    if (!node) return {};
    FieldReader parts(context_, *node, sub_path(key), std::string(key));
    return {parts.text("scheme", true), parts.text("value", true)};
}

std::pair<std::optional<Date>, std::optional<Date>> FieldReader::period(std::string_view key) {
    const YamlNode* node = value(key, false);
    if (!node) return {};
    FieldReader parts(context_, *node, sub_path(key), std::string(key));
    auto start = parts.date("start", true);
    auto end = parts.date("end", true);
    if (start && end && *end < *start)
        context_.error(*node, std::string(key) + ": start " + start->to_string() +
                                  " is after end " + end->to_string());
    return {start, end};
}

std::optional<bool> FieldReader::boolean(std::string_view key) {
    const YamlNode* node = scalar(key, false);
    if (!node) return std::nullopt;
    if (node->value == "true") return true;
    if (node->value == "false") return false;
    context_.error(*node, std::string(key) + " must be true or false, not \"" +
                              node->value.substr(0, 40) + "\"");
    return std::nullopt;
}

}  // namespace portalgen
