// SourceMap: where each value of an imported Dataset was written, so that problems found after
// parsing (a dangling reference, payments above a total) still point at FILE:LINE:COL.
//
// Paths name values inside the Dataset by position, dot-separated:
//   companies.0.taxes.1.rate     customers.3.invoices.0.lines.2.taxes.1
//   customers.3                  (the customer's mapping itself)
// The YAML reader records the position of every value; the SQLite reader records the table row.
#pragma once

#include <string>
#include <unordered_map>

#include "core/diagnostics.h"

namespace portalgen {

class SourceMap {
  public:
    void set(std::string path, Loc loc) { locs_.insert_or_assign(std::move(path), std::move(loc)); }
    // The position of `path`, or of its nearest recorded parent (a missing key has no position of
    // its own: it is reported at the mapping that lacks it).
    Loc at(std::string path) const {
        for (;;) {
            if (auto it = locs_.find(path); it != locs_.end()) return it->second;
            size_t dot = path.rfind('.');
            if (dot == std::string::npos) return {};
            path.resize(dot);
        }
    }

  private:
    std::unordered_map<std::string, Loc> locs_;
};

}  // namespace portalgen
