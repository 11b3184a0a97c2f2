#include "view/action_links.h"

#include <algorithm>
#include <cctype>

namespace portalgen {

namespace {

bool starts_with_scheme(const std::string& url, std::string_view scheme) {
    if (url.size() < scheme.size()) return false;
    return std::equal(scheme.begin(), scheme.end(), url.begin(), [](char a, char b) {
        return a == std::tolower(static_cast<unsigned char>(b));
    });
}

}  // namespace

std::string percent_encode(std::string_view text) {
    static const char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size() * 3);
    for (unsigned char c : text) {
        bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                          (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 0x0F];
        }
    }
    return out;
}

std::string action_url(const std::string& url_template, const std::string& customer_id,
                       const std::string& number) {
    bool allowed = starts_with_scheme(url_template, "https://") ||
                   starts_with_scheme(url_template, "http://") ||
                   starts_with_scheme(url_template, "mailto:") ||
                   starts_with_scheme(url_template, "tel:");
    if (!allowed) return "";
    std::string url;
    url.reserve(url_template.size() + 32);
    for (size_t i = 0; i < url_template.size();) {
        if (url_template.compare(i, 10, "{customer}") == 0) {
            url += percent_encode(customer_id);
            i += 10;
        } else if (url_template.compare(i, 8, "{number}") == 0) {
            url += percent_encode(number);
            i += 8;
        } else {
            url += url_template[i++];
        }
    }
    return url;
}

std::string mailto_url(const std::string& address, const std::string& subject) {
    if (address.empty()) return "";
    const size_t at = address.rfind('@');
    const std::string encoded =
        at == std::string::npos
            ? percent_encode(address)
            : percent_encode(address.substr(0, at)) + "@" + percent_encode(address.substr(at + 1));
    return "mailto:" + encoded + "?subject=" + percent_encode(subject);
}

std::string web_url(const std::string& url) {
    return starts_with_scheme(url, "https://") || starts_with_scheme(url, "http://") ? url : "";
}

}  // namespace portalgen
