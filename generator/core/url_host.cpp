#include "core/url_host.h"

namespace portalgen {

std::string url_host(const std::string& url) {
    std::size_t start = url.find("://");
    start = start == std::string::npos ? 0 : start + 3;
    std::size_t end = url.find_first_of("/:?#", start);
    std::string host = url.substr(start, end == std::string::npos ? end : end - start);
    return host.empty() ? "portalgen.invalid" : host;
}

}  // namespace portalgen
