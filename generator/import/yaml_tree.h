// YamlTree: a YAML document read through yaml-cpp's event parser into a small tree that keeps
// every position, rejects duplicate keys, anchors/aliases and explicit tags, and remembers
// whether a scalar was quoted (so `017` stays the text "017").
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"

namespace portalgen {

struct YamlEntry;

struct YamlNode {
    enum class Kind { null, scalar, sequence, map };
    Kind kind = Kind::null;
    int line = 0;    // 1-based
    int column = 0;  // 1-based
    bool quoted = false;
    std::string value;               // scalars
    std::vector<YamlNode> items;     // sequences
    std::vector<YamlEntry> entries;  // maps, in file order

    const YamlNode* find(std::string_view key) const;
};

// A vector of an incomplete type is allowed, a std::pair of one is not: hence a struct.
struct YamlEntry {
    YamlNode key;
    YamlNode value;
};

// Parses one YAML document. On any problem, records it in `diagnostics` (with `file` as the
// file name) and returns nullptr. Also checks the bytes: valid UTF-8, no NUL; a UTF-8 byte
// order mark is skipped.
std::unique_ptr<YamlNode> parse_yaml(std::string_view text, const std::string& file,
                                     Diagnostics& diagnostics);

}  // namespace portalgen
