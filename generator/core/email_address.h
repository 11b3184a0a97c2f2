// The one rule for an e-mail address from the data (a customer's or a company's `email`, the
// address of a mailto: link): exactly one plain addr-spec, local@domain, that a mail header can
// carry as it is. It is checked at import, and again by the message writer.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace portalgen {

// What is wrong with `address`, or nothing when it is one address: ASCII only (an international
// domain in its xn-- form); the local part a dot-atom of RFC 5322 (letters, digits and
// ! # $ % & ' * + - / = ? ^ _ ` { | } ~, dots between them), at most 64 characters; the domain
// one or more dot-separated labels of letters, digits and inner hyphens, each at most 63
// characters; at most 254 characters in all. No display name, comment, quoted local part or address
// literal.
std::optional<std::string> email_address_problem(std::string_view address);

inline bool is_email_address(std::string_view address) {
    return !email_address_problem(address).has_value();
}

}  // namespace portalgen
