#include "core/url_rule.h"

#include <algorithm>
#include <cctype>

#include "core/email_address.h"
#include "core/link_characters.h"

namespace portalgen {

namespace {

bool is_alnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// The scheme in lower case ("https"), or "" when the URL does not start with one.
std::string scheme_of(std::string_view url) {
    std::size_t colon = url.find(':');
    if (colon == std::string_view::npos || colon == 0) return "";
    std::string scheme;
    for (char c : url.substr(0, colon)) {
        if (!is_alnum(c) && c != '+' && c != '-' && c != '.') return "";
        scheme += lower(c);
    }
    return scheme;
}

std::string fill_placeholders(std::string_view text) {
    std::string out(text);
    for (std::string_view name : {"{customer}", "{number}"})
        for (std::size_t at = out.find(name); at != std::string::npos; at = out.find(name, at))
            out.replace(at, name.size(), "x");
    return out;
}

std::optional<std::string> authority_problem(std::string_view rest) {
    if (!rest.starts_with("//")) return "needs // and a host after the scheme";
    rest.remove_prefix(2);
    std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
    if (authority.find('@') != std::string_view::npos)
        return "must not hold a user name or password before its host";
    std::string_view host = authority, port;
    if (authority.starts_with("[")) {  // IPv6 literal
        std::size_t close = authority.find(']');
        if (close == std::string_view::npos) return "has a host [ without ]";
        host = authority.substr(1, close - 1);
        port = authority.substr(close + 1);
        if (host.empty() || !std::all_of(host.begin(), host.end(), [](char c) {
                return std::isxdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.';
            }))
            return "has a host in brackets that is not an IPv6 address";
    } else {
        std::size_t colon = authority.find(':');
        host = authority.substr(0, colon);
        port = colon == std::string_view::npos ? "" : authority.substr(colon);
        if (host.empty()) return "has no host";
        if (!std::all_of(host.begin(), host.end(),
                         [](char c) { return is_alnum(c) || c == '.' || c == '-'; }))
            return "has a host that is not letters, digits, dots and hyphens (an international "
                   "domain is written in its xn-- form)";
    }
    if (!port.empty() &&
        (port.size() < 2 || port[0] != ':' ||
         !std::all_of(port.begin() + 1, port.end(), [](char c) { return c >= '0' && c <= '9'; })))
        return "has a port that is not a number";
    return std::nullopt;
}

}  // namespace

std::optional<std::string> url_problem(std::string_view url, UrlUse use) {
    if (auto problem = link_character_problem(url)) return problem;
    const std::string filled = use == UrlUse::action_template ? fill_placeholders(url) : "";
    if (use == UrlUse::action_template) url = filled;
    const std::string scheme = scheme_of(url);
    std::string_view rest = url.substr(std::min(url.size(), scheme.size() + 1));
    if (scheme == "https" || scheme == "http") return authority_problem(rest);
    if (use == UrlUse::web) return "must start with https:// or http://";
    if (scheme == "mailto") {
        std::string_view address = rest.substr(0, rest.find('?'));
        if (auto problem = email_address_problem(address))
            return "has a mailto: address that " + *problem;
        return std::nullopt;
    }
    if (scheme == "tel") {
        bool ok =
            std::any_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
            std::all_of(rest.begin(), rest.end(), [](char c) {
                return (c >= '0' && c <= '9') ||
                       std::string_view("+-.()").find(c) != std::string_view::npos;
            });
        if (!ok) return "has a tel: number that is not digits, + - . ( ) (like tel:+33123456789)";
        return std::nullopt;
    }
    return "must start with https://, http://, mailto: or tel:";
}

}  // namespace portalgen
