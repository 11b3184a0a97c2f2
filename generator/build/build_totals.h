// BuildTotals: what a build counts as it records its customers, for its last line of log.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace portalgen {

struct BuildTotals {
    std::size_t built = 0, unchanged = 0, failed = 0, pages = 0, pdfs = 0, archived = 0;
    std::vector<std::string> conflicts;  // archived invoices that would change
};

}  // namespace portalgen
