#include "model/customer_selection.h"

#include <algorithm>
#include <stdexcept>

namespace portalgen {

std::vector<std::string> select_customers(const std::vector<std::string>& all,
                                          const std::vector<std::string>& wanted) {
    if (wanted.empty()) return all;
    for (const std::string& id : wanted)
        if (!std::binary_search(all.begin(), all.end(), id))
            throw std::runtime_error("unknown customer \"" + id + "\"");
    std::vector<std::string> chosen = wanted;
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    return chosen;
}

}  // namespace portalgen
