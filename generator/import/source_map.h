// SourceMap: where each value of an imported Dataset was written, so that problems found after
// parsing (a dangling reference, payments above a total) still point at FILE:LINE:COL.
//
// Paths name values inside the Dataset by position, dot-separated:
//   companies.0.taxes.1.rate     customers.3.invoices.0.lines.2.taxes.1
//   customers.3                  (the customer's mapping itself)
// The SQLite reader records the table row of each value. The YAML reader records each value's
// position too, or, when it streams, leaves the customer's YAML tree to answer: nothing is
// recorded for a customer then, its tree is walked for the rare position asked.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostics.h"
#include "import/yaml_tree.h"

namespace portalgen {

class SourceMap {
  public:
    void set(std::string path, const Loc& loc);
    // The position of `path`, or of its nearest recorded parent (a missing key has no position of
    // its own: it is reported at the mapping that lacks it).
    Loc at(std::string path) const;
    void clear();

    // From now on, `node` (read from `file`) answers for `prefix` and the paths under it, as the
    // positions recorded while reading it would have. Both must outlive the lookups.
    void attach(std::string prefix, const YamlNode& node, const std::string& file);

  private:
    struct Packed {
        uint32_t file;
        int64_t line;
        int column;
    };
    uint32_t file_index(const std::string& file);
    Loc in_tree(std::string_view rest) const;

    std::unordered_map<std::string, Packed> locs_;
    std::vector<std::string> files_;  // few: one per input file
    std::string tree_prefix_;
    const YamlNode* tree_ = nullptr;
    const std::string* tree_file_ = nullptr;
};

}  // namespace portalgen
