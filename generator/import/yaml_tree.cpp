#include "import/yaml_tree.h"

#include <yaml-cpp/mark.h>

#include "import/yaml_stream.h"

namespace portalgen {

const YamlNode* YamlNode::find(std::string_view key) const {
    for (const auto& [k, v] : entries)
        if (k.value == key) return &v;
    return nullptr;
}

namespace {

// A node without its contents: what is kept of values that are not needed.
YamlNode stub_of(const YamlNode& node) {
    YamlNode stub;
    stub.kind = node.kind;
    stub.line = node.line;
    stub.column = node.column;
    stub.quoted = node.quoted;
    return stub;
}

}  // namespace

YamlTreeBuilder::YamlTreeBuilder(const std::string& file, Diagnostics& diagnostics)
    : file_(file), diagnostics_(diagnostics) {}

YamlTreeBuilder::YamlTreeBuilder(const std::string& file, Diagnostics& diagnostics,
                                 YamlTopLevel& top)
    : file_(file), diagnostics_(diagnostics), top_(&top) {}

YamlTreeBuilder::~YamlTreeBuilder() = default;

YamlTreeBuilder::Checkpoint YamlTreeBuilder::checkpoint() const {
    return {open_.size(), diagnostics_.size(), sent_, !open_.empty() && open_.back().has_key};
}

bool YamlTreeBuilder::rollback(const Checkpoint& checkpoint) {
    if (sent_ != checkpoint.sent || open_.size() < checkpoint.open) return false;
    open_.resize(checkpoint.open);
    if (!open_.empty()) open_.back().has_key = checkpoint.has_key;
    if (diagnostics_.size() != checkpoint.errors) {
        Diagnostics kept;
        for (size_t i = 0; i < checkpoint.errors; ++i)
            kept.error(diagnostics_.items()[i].loc, diagnostics_.items()[i].message);
        diagnostics_ = std::move(kept);
    }
    return true;
}

void YamlTreeBuilder::OnDocumentEnd() {
    ++documents_;
}

void YamlTreeBuilder::OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) {
    check_anchor(mark, anchor);
    add(make(YamlNode::Kind::null, mark));
}

void YamlTreeBuilder::OnAlias(const YAML::Mark& mark, YAML::anchor_t) {
    error(mark, "aliases (*name) are not supported: write the value out");
    add(make(YamlNode::Kind::null, mark));
}

void YamlTreeBuilder::OnScalar(const YAML::Mark& mark, const std::string& tag,
                               YAML::anchor_t anchor, const std::string& value) {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    YamlNode node = make(YamlNode::Kind::scalar, mark);
    node.quoted = tag == "!";
    node.value = value;
    add(std::move(node));
}

void YamlTreeBuilder::OnSequenceStart(const YAML::Mark& mark, const std::string& tag,
                                      YAML::anchor_t anchor, YAML::EmitterStyle::value) {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    open(make(YamlNode::Kind::sequence, mark));
}

void YamlTreeBuilder::OnMapStart(const YAML::Mark& mark, const std::string& tag,
                                 YAML::anchor_t anchor, YAML::EmitterStyle::value) {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    open(make(YamlNode::Kind::map, mark));
}

YamlNode YamlTreeBuilder::make(YamlNode::Kind kind, const YAML::Mark& mark) const {
    YamlNode node;
    node.kind = kind;
    node.line = mark.line + 1;
    node.column = mark.column + 1;
    return node;
}

void YamlTreeBuilder::error(const YAML::Mark& mark, std::string message) {
    diagnostics_.error({file_, mark.line + 1, mark.column + 1}, std::move(message));
}

void YamlTreeBuilder::check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) error(mark, "anchors (&name) are not supported");
}

void YamlTreeBuilder::check_tag(const YAML::Mark& mark, const std::string& tag) {
    if (!tag.empty() && tag != "?" && tag != "!")
        error(mark, "explicit tags (" + tag + ") are not supported");
}

YamlTreeBuilder::Keep YamlTreeBuilder::keep_for_child(YamlNode::Kind kind) const {
    if (!top_) return Keep::all;
    if (open_.empty())
        return documents_ == 0 && kind == YamlNode::Kind::map ? Keep::top_level : Keep::stubs;
    const Open& parent = open_.back();
    switch (parent.keep) {
        case Keep::all:
            return Keep::all;
        case Keep::stubs:
            return Keep::stubs;
        case Keep::customers:
            return Keep::all;
        case Keep::top_level:
            break;
    }
    if (!parent.has_key || parent.pending_key.kind != YamlNode::Kind::scalar) return Keep::stubs;
    const std::string& key = parent.pending_key.value;
    if (key == "company" || key == "taxes") return Keep::all;
    if (key == "customers" && kind == YamlNode::Kind::sequence) return Keep::customers;
    return Keep::stubs;
}

void YamlTreeBuilder::open(YamlNode node) {
    last_opened_ = {node.line, node.column};
    Keep keep = keep_for_child(node.kind);
    if (open_.empty()) root_seen_ = true;
    if (top_ && open_.empty() && documents_ == 0) {
        ++sent_;
        top_->root(stub_of(node));
    }
    if (keep == Keep::customers) {
        ++sent_;
        top_->entry(open_.back().pending_key, stub_of(node));
    }
    open_.push_back({std::move(node), {}, false, keep});
}

void YamlTreeBuilder::close() {
    YamlNode done = std::move(open_.back().node);
    open_.pop_back();
    add(std::move(done));
}

void YamlTreeBuilder::add(YamlNode node) {
    if (open_.empty()) {
        root_seen_ = true;
        if (!top_) {
            root_ = std::make_unique<YamlNode>(std::move(node));
        } else if (documents_ == 0 &&
                   (node.kind == YamlNode::Kind::scalar || node.kind == YamlNode::Kind::null)) {
            top_->root(stub_of(node));
        }
        return;
    }
    Open& parent = open_.back();
    if (parent.keep == Keep::customers) {
        ++sent_;
        top_->customer(std::move(node));
        return;
    }
    if (parent.node.kind == YamlNode::Kind::sequence) {
        if (parent.keep == Keep::all) parent.node.items.push_back(std::move(node));
        return;
    }
    if (!parent.has_key) {
        parent.pending_key = std::move(node);
        parent.has_key = true;
        return;
    }
    parent.has_key = false;
    const YamlNode& key = parent.pending_key;
    if (key.kind != YamlNode::Kind::scalar) {
        diagnostics_.error({file_, key.line, key.column}, "a key must be a plain name");
        return;
    }
    if (parent.node.find(key.value) != nullptr) {
        diagnostics_.error({file_, key.line, key.column}, "duplicate key \"" + key.value + "\"");
        return;
    }
    if (parent.keep == Keep::all) {
        parent.node.entries.push_back({std::move(parent.pending_key), std::move(node)});
        return;
    }
    // Only the key stays, to find duplicates; the value goes on or away.
    YamlNode stub = stub_of(node);
    bool streamed = parent.keep == Keep::top_level && key.value == "customers" &&
                    node.kind == YamlNode::Kind::sequence;
    if (parent.keep == Keep::top_level && !streamed) {
        ++sent_;
        top_->entry(key, std::move(node));
    }
    parent.node.entries.push_back({std::move(parent.pending_key), std::move(stub)});
}

std::unique_ptr<YamlNode> parse_yaml(std::string_view text, const std::string& file,
                                     Diagnostics& diagnostics) {
    std::unique_ptr<YamlTreeBuilder> builder;
    YamlFileResult result =
        read_yaml_document([&] { return LineReader::from_text(text, file); },
                           [&](Diagnostics& errors) -> YamlTreeBuilder& {
                               builder = std::make_unique<YamlTreeBuilder>(file, errors);
                               return *builder;
                           });
    std::unique_ptr<YamlNode> root = builder->take_root();
    for (Diagnostic& d : result.errors) diagnostics.error(d.loc, std::move(d.message));
    if (!result.errors.empty()) return nullptr;
    if (!root) {
        root = std::make_unique<YamlNode>();
        root->line = root->column = 1;
    }
    return root;
}

}  // namespace portalgen
