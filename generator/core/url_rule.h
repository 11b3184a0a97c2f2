// The one rule for a URL from the data (SPEC section 7): a company's `portal_url` and `website`,
// and its action link templates. A link on a page or in a message must go where it says: no
// control, white-space or invisible character, an allowed scheme, and for http(s) a plain host.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace portalgen {

enum class UrlUse {
    // portal_url, website: https:// or http:// only (web pages; the portal link in every e-mail).
    web,
    // An action link template (`actions`): also mailto: (one address, as email_address.h checks)
    // and tel: (a phone number), which the samples use for support and account deletion.
    // {customer} and {number} stand for text and are checked as if they were a plain word.
    action_template,
};

// What is wrong with `url`, or nothing. An http(s) URL needs a host after "//": letters, digits,
// dots and hyphens (an international domain in its xn-- form) or an IPv6 literal in brackets,
// then an optional port; no user name or password before it ("https://bank.example@evil").
std::optional<std::string> url_problem(std::string_view url, UrlUse use);

}  // namespace portalgen
