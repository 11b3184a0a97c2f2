// Output paths: the one place that says where each file of OUT/ lives (SPEC sections 3 and 5).
#pragma once

#include <string>

namespace portalgen {

// "site/<token>/": a customer's portal folder, relative to OUT.
inline std::string portal_folder(const std::string& token) {
    return "site/" + token + "/";
}

}  // namespace portalgen
