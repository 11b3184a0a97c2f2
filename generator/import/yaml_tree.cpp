#include "import/yaml_tree.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <sstream>

namespace portalgen {

const YamlNode* YamlNode::find(std::string_view key) const {
    for (const auto& [k, v] : entries)
        if (k.value == key) return &v;
    return nullptr;
}

namespace {

// Finds the first byte that is not valid UTF-8, or a NUL; returns its offset or npos.
size_t find_bad_byte(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        unsigned char c = text[i];
        if (c == 0) return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t length = (c & 0xE0) == 0xC0   ? 2
                        : (c & 0xF0) == 0xE0 ? 3
                        : (c & 0xF8) == 0xF0 ? 4
                                             : 0;
        if (length == 0 || c == 0xC0 || c == 0xC1 || c > 0xF4 || i + length > text.size()) return i;
        uint32_t code = c & (0x7F >> length);
        for (size_t k = 1; k < length; ++k) {
            unsigned char next = text[i + k];
            if ((next & 0xC0) != 0x80) return i;
            code = (code << 6) | (next & 0x3F);
        }
        bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
        if (overlong || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return i;
        i += length;
    }
    return std::string_view::npos;
}

Loc loc_of_offset(std::string_view text, size_t offset, const std::string& file) {
    int line = 1, column = 1;
    for (size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {file, line, column};
}

// Builds the tree from parser events; collects problems instead of throwing.
class TreeBuilder : public YAML::EventHandler {
  public:
    TreeBuilder(const std::string& file, Diagnostics& diagnostics)
        : file_(file), diagnostics_(diagnostics) {}

    std::unique_ptr<YamlNode> take_root() { return std::move(root_); }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        check_anchor(mark, anchor);
        add(make(YamlNode::Kind::null, mark));
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        error(mark, "aliases (*name) are not supported: write the value out");
        add(make(YamlNode::Kind::null, mark));
    }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        check_anchor(mark, anchor);
        check_tag(mark, tag);
        YamlNode node = make(YamlNode::Kind::scalar, mark);
        node.quoted = tag == "!";
        node.value = value;
        add(std::move(node));
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        check_anchor(mark, anchor);
        check_tag(mark, tag);
        open_.push_back({make(YamlNode::Kind::sequence, mark), {}, false});
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        check_anchor(mark, anchor);
        check_tag(mark, tag);
        open_.push_back({make(YamlNode::Kind::map, mark), {}, false});
    }
    void OnMapEnd() override { close(); }

  private:
    struct Open {
        YamlNode node;
        YamlNode pending_key;
        bool has_key = false;
    };

    YamlNode make(YamlNode::Kind kind, const YAML::Mark& mark) {
        YamlNode node;
        node.kind = kind;
        node.line = mark.line + 1;
        node.column = mark.column + 1;
        return node;
    }
    void error(const YAML::Mark& mark, std::string message) {
        diagnostics_.error({file_, mark.line + 1, mark.column + 1}, std::move(message));
    }
    void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
        if (anchor != YAML::NullAnchor) error(mark, "anchors (&name) are not supported");
    }
    void check_tag(const YAML::Mark& mark, const std::string& tag) {
        if (!tag.empty() && tag != "?" && tag != "!")
            error(mark, "explicit tags (" + tag + ") are not supported");
    }
    void close() {
        YamlNode done = std::move(open_.back().node);
        open_.pop_back();
        add(std::move(done));
    }
    void add(YamlNode node) {
        if (open_.empty()) {
            root_ = std::make_unique<YamlNode>(std::move(node));
            return;
        }
        Open& parent = open_.back();
        if (parent.node.kind == YamlNode::Kind::sequence) {
            parent.node.items.push_back(std::move(node));
        } else if (!parent.has_key) {
            parent.pending_key = std::move(node);
            parent.has_key = true;
        } else {
            const YamlNode& key = parent.pending_key;
            if (key.kind != YamlNode::Kind::scalar) {
                diagnostics_.error({file_, key.line, key.column}, "a key must be a plain name");
            } else if (parent.node.find(key.value) != nullptr) {
                diagnostics_.error({file_, key.line, key.column},
                                   "duplicate key \"" + key.value + "\"");
            } else {
                parent.node.entries.push_back({std::move(parent.pending_key), std::move(node)});
            }
            parent.has_key = false;
        }
    }

    const std::string& file_;
    Diagnostics& diagnostics_;
    std::vector<Open> open_;
    std::unique_ptr<YamlNode> root_;
};

}  // namespace

std::unique_ptr<YamlNode> parse_yaml(std::string_view text, const std::string& file,
                                     Diagnostics& diagnostics) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    if (size_t bad = find_bad_byte(text); bad != std::string_view::npos) {
        diagnostics.error(loc_of_offset(text, bad, file),
                          text[bad] == 0 ? "NUL byte in the file" : "invalid UTF-8");
        return nullptr;
    }
    size_t before = diagnostics.size();
    std::istringstream stream{std::string(text)};
    TreeBuilder builder(file, diagnostics);
    try {
        YAML::Parser parser(stream);
        parser.HandleNextDocument(builder);
        if (parser.HandleNextDocument(builder)) {
            diagnostics.error({file, 1, 1}, "several YAML documents in one file: use one per file");
        }
    } catch (const YAML::DeepRecursion& e) {
        // yaml-cpp's own guard: its parser recurses once per level of nesting.
        diagnostics.error(
            {file, e.mark.line + 1, e.mark.column + 1},
            "malformed YAML: nested too deeply (" + std::to_string(e.depth()) + " levels)");
        return nullptr;
    } catch (const YAML::ParserException& e) {
        diagnostics.error({file, e.mark.line + 1, e.mark.column + 1}, "malformed YAML: " + e.msg);
        return nullptr;
    }
    auto root = builder.take_root();
    if (diagnostics.size() != before) return nullptr;
    if (!root) {
        root = std::make_unique<YamlNode>();
        root->line = root->column = 1;
    }
    return root;
}

}  // namespace portalgen
