// Action links: the company's URL templates (SPEC section 1, `actions`) made into links for one
// customer and document, {customer} and {number} percent-encoded.
#pragma once

#include <string>
#include <string_view>

namespace portalgen {

// Every byte outside the unreserved characters A-Z a-z 0-9 - . _ ~ becomes %XX.
std::string percent_encode(std::string_view text);

// The link, or "" when the template is empty or does not start with an allowed scheme
// (https, http, mailto, tel): a static page must never carry a javascript: or data: link.
std::string action_url(const std::string& url_template, const std::string& customer_id,
                       const std::string& number = "");

// "mailto:ADDRESS?subject=SUBJECT", both percent-encoded (RFC 6068; the address keeps its "@"),
// or "" without an address.
std::string mailto_url(const std::string& address, const std::string& subject);

// `url` when it is an http(s) address, else "" (a company website from the data).
std::string web_url(const std::string& url);

}  // namespace portalgen
