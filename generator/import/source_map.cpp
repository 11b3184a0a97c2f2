#include "import/source_map.h"

#include <charconv>

namespace portalgen {

uint32_t SourceMap::file_index(const std::string& file) {
    // Values come file by file: the last file is nearly always the one.
    for (size_t i = files_.size(); i-- > 0;)
        if (files_[i] == file) return static_cast<uint32_t>(i);
    files_.push_back(file);
    return static_cast<uint32_t>(files_.size() - 1);
}

void SourceMap::set(std::string path, const Loc& loc) {
    locs_.insert_or_assign(std::move(path), Packed{file_index(loc.file), loc.line, loc.column});
}

void SourceMap::clear() {
    locs_.clear();
    tree_ = nullptr;
    tree_file_ = nullptr;
    tree_prefix_.clear();
}

void SourceMap::attach(std::string prefix, const YamlNode& node, const std::string& file) {
    tree_prefix_ = std::move(prefix);
    tree_ = &node;
    tree_file_ = &file;
}

// Walks down the tree as far as the path goes; a key that is absent or null stops the walk at
// its mapping, as a value that was never recorded would.
Loc SourceMap::in_tree(std::string_view rest) const {
    const YamlNode* node = tree_;
    while (!rest.empty()) {
        rest.remove_prefix(1);  // the '.'
        size_t dot = rest.find('.');
        std::string_view part = rest.substr(0, dot);
        rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot);
        const YamlNode* next = nullptr;
        if (node->kind == YamlNode::Kind::map) {
            next = node->find(part);
            if (next && next->kind == YamlNode::Kind::null) next = nullptr;
        } else if (node->kind == YamlNode::Kind::sequence) {
            size_t index = 0;
            auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), index);
            if (error == std::errc() && end == part.data() + part.size() &&
                index < node->items.size())
                next = &node->items[index];
        }
        if (!next) break;
        node = next;
    }
    return {*tree_file_, node->line, node->column};
}

Loc SourceMap::at(std::string path) const {
    if (tree_ && path.starts_with(tree_prefix_) &&
        (path.size() == tree_prefix_.size() || path[tree_prefix_.size()] == '.'))
        return in_tree(std::string_view(path).substr(tree_prefix_.size()));
    for (;;) {
        if (auto it = locs_.find(path); it != locs_.end())
            return {files_[it->second.file], it->second.line, it->second.column};
        size_t dot = path.rfind('.');
        if (dot == std::string::npos) return {};
        path.resize(dot);
    }
}

}  // namespace portalgen
