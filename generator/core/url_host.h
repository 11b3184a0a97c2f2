// The host of a URL, for identifiers that must not depend on a customer's link (Message-IDs,
// calendar UIDs).
#pragma once

#include <string>

namespace portalgen {

// "portal.example" of "https://portal.example/x/"; "portalgen.invalid" when there is none.
std::string url_host(const std::string& url);

}  // namespace portalgen
