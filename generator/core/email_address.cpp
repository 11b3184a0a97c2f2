#include "core/email_address.h"

#include <algorithm>

#include "core/link_characters.h"

namespace portalgen {

namespace {

constexpr std::string_view kExample = " (one address, like name@example.com)";

bool is_alnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// RFC 5322 atext.
bool is_atext(char c) {
    return is_alnum(c) || std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

// A dot-atom: atext runs separated by single dots.
bool is_dot_atom(std::string_view text) {
    if (text.empty() || text.front() == '.' || text.back() == '.') return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '.') {
            if (text[i - 1] == '.') return false;
        } else if (!is_atext(text[i])) {
            return false;
        }
    }
    return true;
}

// A host name (RFC 1035, with digits first allowed as in RFC 1123). One label is allowed, as
// RFC 5322 allows it (a local host); a typo such as "gmailcom" is not ours to guess.
bool is_domain(std::string_view domain) {
    if (domain.empty() || domain.size() > 253) return false;
    std::size_t labels = 0;
    for (std::size_t start = 0; start <= domain.size(); ++labels) {
        std::size_t end = std::min(domain.find('.', start), domain.size());
        std::string_view label = domain.substr(start, end - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
            return false;
        if (!std::all_of(label.begin(), label.end(),
                         [](char c) { return is_alnum(c) || c == '-'; }))
            return false;
        start = end + 1;
    }
    return labels >= 1;
}

}  // namespace

std::optional<std::string> email_address_problem(std::string_view address) {
    if (address.empty()) return "is empty" + std::string(kExample);
    if (auto problem = link_character_problem(address)) return *problem + std::string(kExample);
    if (address.find_first_of(",;") != std::string_view::npos)
        return "holds more than one address" + std::string(kExample);
    if (address.find_first_of("<>\"()[]\\:") != std::string_view::npos)
        return "is not a plain address: no name, quotes, brackets or comments" +
               std::string(kExample);
    if (std::any_of(address.begin(), address.end(),
                    [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
        return "is not ASCII (an international domain is written in its xn-- form)";
    std::size_t at = address.rfind('@');
    if (at == std::string_view::npos) return "has no @" + std::string(kExample);
    if (address.find('@') != at) return "has more than one @" + std::string(kExample);
    if (address.size() > 254) return "is longer than 254 characters";
    std::string_view local = address.substr(0, at), domain = address.substr(at + 1);
    if (local.size() > 64) return "has more than 64 characters before the @";
    if (!is_dot_atom(local))
        return "has a part before the @ that is not letters, digits and ! # $ % & ' * + - / = ? "
               "^ _ ` { | } ~ with single dots between them";
    if (!is_domain(domain))
        return "has a domain that is not a name like example.com (letters, digits, hyphens and "
               "dots)";
    return std::nullopt;
}

}  // namespace portalgen
