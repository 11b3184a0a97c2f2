// CustomerSelection: which customers a command works on (--customer, repeatable).
#pragma once

#include <string>
#include <vector>

namespace portalgen {

// The customers named in `wanted`, each checked to be in `all` (sorted), sorted and without
// repeats; all of them when none is named. Throws std::runtime_error "unknown customer \"X\"".
std::vector<std::string> select_customers(const std::vector<std::string>& all,
                                          const std::vector<std::string>& wanted);

}  // namespace portalgen
