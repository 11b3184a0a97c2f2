// join_non_empty: the non-empty parts joined by a separator ("a, c" for {"a", "", "c"}).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace portalgen {

inline std::string join_non_empty(const std::vector<std::string>& parts,
                                  std::string_view separator) {
    std::string joined;
    for (const auto& part : parts) {
        if (part.empty()) continue;
        if (!joined.empty()) joined += separator;
        joined += part;
    }
    return joined;
}

}  // namespace portalgen
